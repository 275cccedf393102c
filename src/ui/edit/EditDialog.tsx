/**
 * The form an organisation or an alliance is edited in, added or changed: a modal dialog (focus
 * kept inside, Escape closes it) with one field per column the network's files have. Saving
 * reads the form as the import reads a row: an error keeps it open with the import's message;
 * a warning is shown first and saved on a second press ("Save anyway"), as the import would
 * have used the row with what it assumed.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { linkForm, organizationForm, type FormField } from '../../core/edit/editForms';
import { newOrganizationId } from '../../core/edit/edits';
import { formReaders } from '../../state/clients/formReading';
import type { ImportIssue } from '../../core/issues/issues';
import { LINK_TYPES, SCOPES, SECTORS, WORLD_REGIONS, type Dataset } from '../../core/model/types';
import type { EditTarget } from '../../state/slices/editSlice';
import { atlasState, useAtlas } from '../../state/useAtlas';
import { useIssueText } from '../ImportMessages';
import { useGroupName } from '../useGroupName';
import { UserText } from '../UserText';

/** The dialog, while the store has a form open. */
export function EditDialog() {
  const editing = useAtlas((s) => s.editing);
  const dataset = useAtlas((s) => s.dataset);
  if (!editing || !dataset) return null;
  return <EditForm key={JSON.stringify(editing)} target={editing} dataset={dataset} />;
}

/** The organisations a link's end may name, offered as the reader types (id, shown by name). */
const MAX_SUGGESTED_ENDS = 5_000;

function EditForm({ target, dataset }: { target: EditTarget; dataset: Dataset }) {
  const { t } = useTranslation();
  const groupName = useGroupName();
  const issueText = useIssueText();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const listId = useId();
  const organization =
    target.kind === 'organization' && target.id !== null
      ? (dataset.organizations.find((o) => o.id === target.id) ?? null)
      : null;
  const link =
    target.kind === 'link' && target.key !== null
      ? (dataset.links.find((l) => l.key === target.key) ?? null)
      : null;
  const gone =
    (target.kind === 'organization' && target.id !== null && organization === null) ||
    (target.kind === 'link' && target.key !== null && link === null);
  const [fields, setFields] = useState<FormField[]>(() =>
    target.kind === 'organization'
      ? organizationForm(dataset, organization, newOrganizationId(dataset))
      : linkForm(dataset, link, { source: target.source, target: target.target }),
  );
  const [issues, setIssues] = useState<ImportIssue[]>([]);
  /** The texts whose warnings were shown: saved as they are on the next press. */
  const [warned, setWarned] = useState<string | null>(null);
  /** The form's reader could not be loaded (offline without a cached copy). */
  const [unavailable, setUnavailable] = useState(false);
  const close = () => atlasState().closeEditor();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // The dialog focuses its first field, the id, which an edit cannot change: the first one it can.
    element?.querySelector<HTMLInputElement>('input:not([readonly])')?.focus();
  }, []);
  // Undone or removed while the form was open: nothing left to edit.
  useEffect(() => {
    if (gone) close();
  }, [gone]);

  const suggestions = useMemo(() => {
    const values = (field: string): { value: string; label: string }[] => {
      if (field === 'sector')
        return SECTORS.map((s) => ({ value: s, label: groupName('sector', s) }));
      if (field === 'type')
        return LINK_TYPES.map((s) => ({ value: s, label: groupName('linkType', s) }));
      if (field === 'scope') return SCOPES.map((s) => ({ value: s, label: t(`scope.${s}`) }));
      if (field === 'world_region')
        return WORLD_REGIONS.map((s) => ({ value: s, label: t(`worldRegion.${s}`) }));
      if (field === 'directed')
        return [
          { value: 'true', label: t('edit.directed') },
          { value: 'false', label: t('edit.undirected') },
        ];
      if (field === 'source' || field === 'target')
        return dataset.organizations
          .slice(0, MAX_SUGGESTED_ENDS)
          .map((o) => ({ value: o.id, label: o.name }));
      return [];
    };
    return values;
    // groupName changes with the language only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataset, t]);

  const label = (f: FormField) =>
    f.field === undefined ? <UserText text={f.column} short /> : t(`edit.field.${f.field}`);

  /** A message's column named as its field is labelled in the form. */
  const columnLabel = (column: string) => {
    const f = fields.find((g) => g.column === column);
    return f ? label(f) : <UserText text={column} short />;
  };

  const save = async () => {
    let readers: Awaited<ReturnType<typeof formReaders>>;
    try {
      readers = await formReaders();
    } catch {
      setUnavailable(true);
      return;
    }
    setUnavailable(false);
    const state = atlasState();
    const current = state.dataset;
    if (!current) return;
    const key = JSON.stringify(fields);
    if (target.kind === 'organization') {
      const read = readers.readOrganizationForm(current, fields, organization);
      if (!accept(read.issues, read.record !== null, key)) return;
      state.saveOrganization(read.record!);
      close();
      if (organization === null) state.selectOrganization(read.record!.id);
    } else {
      const read = readers.readLinkForm(current, fields, link);
      if (!accept(read.issues, read.record !== null, key)) return;
      state.saveLink(read.record!);
      close();
    }
  };
  /** Whether the reading may be saved; what stops it is shown. */
  const accept = (said: ImportIssue[], read: boolean, key: string): boolean => {
    setIssues(said);
    if (!read || said.some((i) => i.level === 'error')) {
      setWarned(null);
      return false;
    }
    if (said.some((i) => i.level === 'warning') && warned !== key) {
      setWarned(key);
      return false;
    }
    return true;
  };

  const title =
    target.kind === 'organization'
      ? organization
        ? t('edit.editOrganization')
        : t('edit.newOrganization')
      : link
        ? t('edit.editLink')
        : t('edit.newLink');
  const confirming = warned === JSON.stringify(fields);

  return (
    <dialog
      ref={dialog}
      className="edit-dialog"
      data-testid="edit-form"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id={titleId}>
          {title}
          {organization && (
            <>
              {' · '}
              <UserText text={organization.name} short />
            </>
          )}
        </h2>
        <div className="edit-fields">
          {fields.map((f, i) => {
            const offered = f.field === undefined ? [] : suggestions(f.field);
            const list = offered.length > 0 ? `${listId}-${i}` : undefined;
            return (
              <label key={i} className={f.field === undefined ? 'attribute' : undefined}>
                <span>{label(f)}</span>
                <input
                  data-field={f.column}
                  value={f.text}
                  list={list}
                  readOnly={f.field === 'id' && organization !== null}
                  onChange={(event) => {
                    const text = event.target.value;
                    setFields((all) => all.map((g, k) => (k === i ? { ...g, text } : g)));
                  }}
                />
                {list && (
                  <datalist id={list}>
                    {offered.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </datalist>
                )}
              </label>
            );
          })}
        </div>
        {issues.length > 0 && (
          <ul className="edit-messages" data-testid="edit-messages" aria-live="polite">
            {issues.map((issue, i) => (
              <li key={i} className={issue.level} data-code={issue.code}>
                <span className={`badge ${issue.level}`}>{t(`import.level.${issue.level}`)}</span>{' '}
                {issue.column !== null && (
                  <>
                    {columnLabel(issue.column)}
                    {t('punctuation.colon', { label: '' })}{' '}
                  </>
                )}
                {issueText(issue)}
              </li>
            ))}
          </ul>
        )}
        {confirming && <p className="note">{t('edit.warned')}</p>}
        {unavailable && (
          <p className="alert" role="alert">
            {t('edit.unavailable')}
          </p>
        )}
        <div className="edit-actions">
          <button type="button" data-testid="edit-cancel" onClick={close}>
            {t('edit.cancel')}
          </button>
          <button type="submit" className="primary" data-testid="edit-save">
            {confirming ? t('edit.saveAnyway') : t('edit.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
