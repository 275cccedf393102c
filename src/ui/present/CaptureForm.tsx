/**
 * Live capture while presenting: the short form an alliance a participant mentions is typed in
 * (its two ends — an organisation of the network, or a new one with its sector, city and country —
 * its type and year), added in place as one edit (saved at once, undone by one Ctrl+Z), and the
 * list of what was added in this session, with the way back to the two CSV files.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organizationNamed, type Capture, type CaptureEnd } from '../../core/edit/capture';
import type { ImportIssue } from '../../core/issues/issues';
import { LINK_TYPES, SECTORS } from '../../core/model/types';
import { formReaders } from '../../state/clients/formReading';
import { atlasState, useAtlas } from '../../state/useAtlas';
import { useIssueText } from '../ImportMessages';
import { OrganizationPicker } from '../OrganizationPicker';
import { useGroupName } from '../useGroupName';
import { CaptureList } from './CaptureList';
import { useOverlay } from '../graph/overlays';

interface EndText {
  /** The organisation picked from the suggestions; null while the text is as typed. */
  id: string | null;
  text: string;
  sector: string;
  city: string;
  country: string;
}

const EMPTY_END: EndText = { id: null, text: '', sector: '', city: '', country: '' };

type Part = 'source' | 'target';

export function CaptureForm({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const groupName = useGroupName();
  const issueText = useIssueText();
  const dataset = useAtlas((s) => s.dataset);
  const [ends, setEnds] = useState<Record<Part, EndText>>({
    source: EMPTY_END,
    target: EMPTY_END,
  });
  const [type, setType] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [issues, setIssues] = useState<{ part: string; issue: ImportIssue }[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  /** Each capture empties the form: new pickers, the cursor back in the first. */
  const [round, setRound] = useState(0);
  const box = useRef<HTMLFormElement>(null);
  const panel = useRef<HTMLElement>(null);
  useOverlay(panel);

  useEffect(() => {
    box.current?.querySelector('input')?.focus();
  }, [round]);

  if (!dataset) return null;
  const setEnd = (part: Part, change: Partial<EndText>) =>
    setEnds((current) => ({ ...current, [part]: { ...current[part], ...change } }));
  /** The organisation an end names, or null for a new one. */
  const known = (end: EndText) =>
    end.id ?? (end.text.trim() === '' ? null : (organizationNamed(dataset, end.text)?.id ?? null));
  const captureEnd = (end: EndText): CaptureEnd => {
    const id = known(end);
    if (id !== null) return { id };
    return { name: end.text.trim(), sector: end.sector, city: end.city, country: end.country };
  };

  async function submit() {
    let readers: Awaited<ReturnType<typeof formReaders>>;
    try {
      readers = await formReaders();
    } catch {
      setIssues([]);
      setAdded(t('edit.unavailable'));
      return;
    }
    const state = atlasState();
    if (!state.dataset) return;
    const capture: Capture = {
      source: captureEnd(ends.source),
      target: captureEnd(ends.target),
      type,
      year,
    };
    const read = readers.readCapture(state.dataset, capture);
    setIssues(read.issues);
    if (!read.edit) {
      setAdded(null);
      return;
    }
    state.commitEdit(read.edit);
    const names = (['source', 'target'] as const).map((part) => {
      const end = ends[part];
      const id = known(end);
      return id === null
        ? end.text.trim()
        : (state.dataset?.organizations.find((o) => o.id === id)?.name ?? id);
    });
    setAdded(t('capture.added', { source: names[0], target: names[1] }));
    setEnds({ source: EMPTY_END, target: EMPTY_END });
    setType('');
    setRound((r) => r + 1);
  }

  const endFields = (part: Part) => {
    const end = ends[part];
    const isNew = end.text.trim() !== '' && known(end) === null;
    return (
      <fieldset className="capture-end" data-part={part}>
        <legend>{t(`capture.${part}`)}</legend>
        <OrganizationPicker
          key={round}
          testId={`capture-${part}`}
          label={t(`capture.${part}`)}
          placeholder={t('capture.pick')}
          chosen={null}
          onChoose={(hit) => setEnd(part, { id: hit.id, text: hit.name })}
          onType={(text) => setEnd(part, { id: null, text })}
        />
        {isNew && (
          <div className="capture-new" data-testid={`capture-${part}-new`}>
            <p className="note">{t('capture.new')}</p>
            <label>
              <span>{t('edit.field.sector')}</span>
              <select
                data-testid={`capture-${part}-sector`}
                value={end.sector}
                onChange={(event) => setEnd(part, { sector: event.target.value })}
              >
                <option value="">—</option>
                {SECTORS.map((s) => (
                  <option key={s} value={s}>
                    {groupName('sector', s)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>{t('edit.field.city')}</span>
              <input
                data-testid={`capture-${part}-city`}
                value={end.city}
                onChange={(event) => setEnd(part, { city: event.target.value })}
              />
            </label>
            <label>
              <span>{t('edit.field.country')}</span>
              <input
                data-testid={`capture-${part}-country`}
                value={end.country}
                onChange={(event) => setEnd(part, { country: event.target.value })}
              />
            </label>
          </div>
        )}
      </fieldset>
    );
  };

  return (
    <section
      ref={panel}
      className="capture"
      aria-labelledby="capture-title"
      data-graph-overlay="left"
    >
      <form
        ref={box}
        data-testid="capture-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          // Escape in a list of suggestions closes the list; here, with none open, the form.
          if ((event.target as HTMLElement).getAttribute('aria-expanded') === 'true') return;
          event.stopPropagation();
          onClose();
        }}
      >
        <h2 id="capture-title">{t('capture.title')}</h2>
        {endFields('source')}
        {endFields('target')}
        <div className="capture-link">
          <label>
            <span>{t('edit.field.type')}</span>
            <select
              data-testid="capture-type"
              value={type}
              onChange={(event) => setType(event.target.value)}
            >
              <option value="">—</option>
              {LINK_TYPES.map((s) => (
                <option key={s} value={s}>
                  {groupName('linkType', s)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('capture.year')}</span>
            <input
              data-testid="capture-year"
              inputMode="numeric"
              value={year}
              onChange={(event) => setYear(event.target.value)}
            />
          </label>
        </div>
        {issues.length > 0 && (
          <ul className="capture-issues" data-testid="capture-issues" role="alert">
            {issues.map(({ part, issue }, i) => (
              <li key={i} className={issue.level}>
                <strong>{t('punctuation.colon', { label: t(`capture.${part}`) })}</strong>{' '}
                {issueText(issue)}
              </li>
            ))}
          </ul>
        )}
        <p className="capture-status" data-testid="capture-status" aria-live="polite">
          {added}
        </p>
        <div className="capture-actions">
          <button type="submit" className="primary" data-testid="capture-add">
            {t('capture.add')}
          </button>
          <button type="button" onClick={onClose}>
            {t('capture.close')}
          </button>
        </div>
      </form>
      <CaptureList />
    </section>
  );
}
