import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BinaryKind, ImportIssue, IssueLevel, UnusableCode } from '../core/issues/issues';
import type { UnusableFile } from '../state/slices/importSlice';
import { useAtlas } from '../state/useAtlas';
import { isolatedParams, isolate, shorten, UserText } from './UserText';
import { ValueMappingStep } from './ValueMapping';

/** An issue in the reader's language, from its code and params; the core's English otherwise. */
export function useIssueText() {
  const { t, i18n } = useTranslation();
  return (issue: ImportIssue) => {
    const params = isolatedParams(issue.params);
    // A notice said once for several rows: what it is, then how many and the first ones.
    if (issue.rows !== undefined && i18n.exists(`issueGroup.${issue.code}`)) {
      const rows = t('issueGroup.rows', { count: issue.rows.length, rows: issue.params.rows });
      return `${t(`issueGroup.${issue.code}`, params)} ${rows}`;
    }
    const key =
      issue.code === 'unknown_endpoint' &&
      issue.params.count !== undefined &&
      issue.params.value === undefined
        ? 'issue.unknown_endpoint_summary'
        : issue.code === 'pair_already_linked' && issue.params.count !== undefined
          ? 'issue.pair_already_linked_summary'
          : issue.code === 'alias_column' && issue.params.count
            ? 'issue.alias_column_filled'
            : `issue.${issue.code}`;
    // With its params: a sentence that names a count exists in its plural forms only.
    return i18n.exists(key, params) ? t(key, params) : issue.message;
  };
}

/**
 * Why a file is unusable, in the reader's language, naming all the core names (English too: the
 * three say the same). The file's name and its first cells are its own text, isolated.
 */
function useUnusableText() {
  const { t } = useTranslation();
  return (failure: UnusableFile & { code: UnusableCode }) => {
    const { firstRow, first, lookedFor, kind } = failure.params;
    return t(`unusable.${failure.code}`, {
      file: isolate(failure.file),
      ...(firstRow !== undefined && { firstRow: isolate(shorten(firstRow)) }),
      ...(first !== undefined && { first: isolate(first) }),
      ...(lookedFor !== undefined && { lookedFor }),
      ...(kind !== undefined && { kind: t(`binaryKind.${kind as BinaryKind}`) }),
    });
  };
}

/** Rows listed when a grouped message is opened; a million would be no help on screen. */
const ROWS_LISTED = 10_000;

/** The row of a message, or the first of a grouped one's and, opened, every row it names. */
function IssueRows({ issue }: { issue: ImportIssue }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (issue.row === null) return null;
  const rows = issue.rows;
  if (rows === undefined) return <>{`${t('import.row')} ${issue.row}`}</>;
  const more = rows.length - ROWS_LISTED;
  return (
    <details
      className="issue-rows"
      data-testid="import-message-rows"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{t('import.rowsOf', { first: issue.row, count: rows.length - 1 })}</summary>
      {open && (
        <p>
          {rows.slice(0, ROWS_LISTED).join(', ')}
          {more > 0 && ` ${t('import.rowsMore', { count: more })}`}
        </p>
      )}
    </details>
  );
}

const LEVELS: IssueLevel[] = ['error', 'warning', 'info'];

/** Messages drawn at first, and added by each "more": a file may give a million of them. */
const PAGE = 200;

/** What the last import found: a summary line and, on demand, one row per message. */
export function ImportMessages() {
  const { t } = useTranslation();
  const issues = useAtlas((s) => s.importIssues);
  const failure = useAtlas((s) => s.importFailure);
  const status = useAtlas((s) => s.importStatus);
  // Opened by the reader, or by default when something needs their attention.
  const [openedByReader, setOpen] = useState<boolean | null>(null);
  const [shown, setShown] = useState(PAGE);
  const text = useIssueText();
  const unusableText = useUnusableText();
  const open = openedByReader ?? issues.some((issue) => issue.level !== 'info');
  const replaced = useAtlas((s) => s.messagesReplaced);
  const running = status === 'reading' || status === 'importing';

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
          {failure.code === null
            ? t(`import.${failure.reason === 'unavailable' ? 'unavailable' : 'failed'}`, {
                detail: failure.message,
              })
            : unusableText({ ...failure, code: failure.code })}
        </p>
      )}
      {status === 'cancelled' && <p className="note">{t('import.cancelled')}</p>}
      {running && replaced && <p className="summary">{t('import.reading')}</p>}
      {issues.length === 0 && !running && <ValueMappingStep />}
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
            </button>{' '}
            {/* On the same line: the network's area keeps its size (a resize redraws it). */}
            <ValueMappingStep />
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
                      <td>
                        <IssueRows issue={issue} />
                      </td>
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
