import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportIssue, IssueLevel } from '../core/model/issues';
import { useAtlas } from '../state/useAtlas';
import { isolate, shorten, UserText } from './UserText';

/** An issue in the reader's language, from its code and params; the core's English otherwise. */
function useIssueText() {
  const { t, i18n } = useTranslation();
  return (issue: ImportIssue) => {
    const key =
      issue.code === 'unknown_endpoint' &&
      issue.params.count !== undefined &&
      issue.params.value === undefined
        ? 'issue.unknown_endpoint_summary'
        : `issue.${issue.code}`;
    // With its params: a sentence that names a count exists in its plural forms only.
    const params = isolatedParams(issue.params);
    return i18n.exists(key, params) ? t(key, params) : issue.message;
  };
}

/**
 * The values a message names come from the files (ids, names, columns): each is isolated inside
 * the sentence, and shortened (a 10,000-character value is no help in a message). Numbers stay
 * numbers, for the plural forms.
 */
function isolatedParams(params: ImportIssue['params']): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] = typeof value === 'string' ? isolate(shorten(value)) : value;
  }
  return out;
}

/** The core's sentence with the file's name (the data's own text) isolated where it appears. */
function isolateIn(sentence: string, file: string): string {
  return file === '' ? sentence : sentence.split(file).join(isolate(file));
}

const LEVELS: IssueLevel[] = ['error', 'warning', 'info'];

/** Messages drawn at first, and added by each "more": a file may give a million of them. */
const PAGE = 200;

/** What the last import found: a summary line and, on demand, one row per message. */
export function ImportMessages() {
  const { t, i18n } = useTranslation();
  const issues = useAtlas((s) => s.importIssues);
  const failure = useAtlas((s) => s.importFailure);
  const status = useAtlas((s) => s.importStatus);
  // Opened by the reader, or by default when something needs their attention.
  const [openedByReader, setOpen] = useState<boolean | null>(null);
  const [shown, setShown] = useState(PAGE);
  const text = useIssueText();
  const open = openedByReader ?? issues.some((issue) => issue.level !== 'info');

  const counts = LEVELS.map(
    (level) => [level, issues.filter((i) => i.level === level).length] as const,
  );
  const summary = counts
    .filter(([, count]) => count > 0)
    .map(([level, count]) => t(`import.summary_${level}`, { count }))
    .join(', ');

  return (
    <section className="import-messages" aria-label={t('import.messages')}>
      {failure && (
        <p className="alert" role="alert" data-testid="import-error">
          {/* The core's sentence is the most precise; other languages get its translated gist. */}
          {failure.reason === 'failed' || failure.reason === 'unavailable'
            ? t(`import.${failure.reason}`, { detail: failure.message })
            : i18n.language === 'en' || !failure.file
              ? isolateIn(failure.message, failure.file)
              : t(`unusable.${failure.reason}`, { file: isolate(failure.file) })}
        </p>
      )}
      {status === 'cancelled' && <p className="note">{t('import.cancelled')}</p>}
      {issues.length > 0 && (
        <div data-testid="import-messages">
          <p className="summary">
            <strong>{t('punctuation.colon', { label: t('import.messages') })}</strong> {summary}{' '}
            <button
              type="button"
              className="link"
              aria-expanded={open}
              onClick={() => setOpen(!open)}
            >
              {open ? t('import.hide') : t('import.show')}
            </button>
          </p>
          {open && (
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('import.levelHeader')}</th>
                    <th scope="col">{t('import.file')}</th>
                    <th scope="col">{t('import.row')}</th>
                    <th scope="col">{t('import.column')}</th>
                    <th scope="col">{t('import.message')}</th>
                  </tr>
                </thead>
                <tbody>
                  {issues.slice(0, shown).map((issue, index) => (
                    <tr key={index} data-testid="import-message" className={issue.level}>
                      <td>
                        <span className={`badge ${issue.level}`}>
                          {t(`import.level.${issue.level}`)}
                        </span>
                      </td>
                      <td>
                        <UserText text={issue.file} short />
                      </td>
                      <td>{issue.row === null ? '' : `${t('import.row')} ${issue.row}`}</td>
                      <td>{issue.column !== null && <UserText text={issue.column} short />}</td>
                      <td>{text(issue)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {issues.length > shown && (
                <p className="more">
                  {t('import.shownOf', { shown, count: issues.length })}{' '}
                  <button
                    type="button"
                    className="link"
                    data-testid="import-more"
                    onClick={() => setShown(shown + 5 * PAGE)}
                  >
                    {t('import.more', { count: Math.min(5 * PAGE, issues.length - shown) })}
                  </button>
                </p>
              )}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
