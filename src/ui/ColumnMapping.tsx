import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileKind } from '../core/csv/headers';
import { FIELDS_BY_KIND } from '../state/clients/columnMapping';
import type { PendingMapping } from '../state/slices/importSlice';
import { atlasState, useAtlas } from '../state/useAtlas';
import { isolate, UserText } from './UserText';

const KEEP = '';

/**
 * When a file's headers match none of the known names, the reader says which column is which
 * (README, the data format: a mapping step instead of a failure). Unmapped columns stay as attributes.
 */
export function ColumnMapping() {
  const pending = useAtlas((s) => s.pendingMapping);
  if (!pending) return null;
  return <MappingForm key={pending.file} pending={pending} />;
}

function MappingForm({ pending }: { pending: PendingMapping }) {
  const { t, i18n } = useTranslation();
  const { inspection } = pending;
  const [kind, setKind] = useState<FileKind>(inspection.kind ?? 'organizations');
  const [fields, setFields] = useState<string[]>(() =>
    inspection.fields.map((field) => field ?? KEEP),
  );
  const options = FIELDS_BY_KIND[kind];
  const required = kind === 'organizations' ? ['id'] : ['source', 'target'];
  const missing = required.filter((field) => !fields.includes(field));
  // The fields are the app's own closed list: each is named in the reader's language.
  const fieldName = (field: string) => t(`mapping.fields.${kind}.${field}`);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const mapping = new Map<string, string | null>();
    inspection.headers.forEach((header, index) => {
      const field = fields[index] ?? KEEP;
      mapping.set(header.trim(), field === KEEP ? null : field);
    });
    const state = atlasState();
    // Files chosen with Add files are still added to the network, not put in its place.
    const read = pending.append ? state.appendFiles : state.importFiles;
    void read(pending.files, pending.name, new Map([[pending.file, mapping]]));
  }

  return (
    <form className="column-mapping" data-testid="column-mapping" onSubmit={submit}>
      <h2>{t('mapping.title', { file: isolate(pending.file) })}</h2>
      <p>{t('mapping.explain')}</p>
      <fieldset className="kind">
        <legend>{t('mapping.kind')}</legend>
        {(['organizations', 'links'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="kind"
              value={option}
              checked={kind === option}
              onChange={() => {
                setKind(option);
                setFields(inspection.headers.map(() => KEEP));
              }}
            />
            {t(`mapping.${option}`)}
          </label>
        ))}
      </fieldset>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('mapping.column')}</th>
            <th scope="col">{t('mapping.field')}</th>
          </tr>
        </thead>
        <tbody>
          {inspection.headers.map((header, index) => (
            <tr key={index}>
              <td>
                <label htmlFor={`mapping-${index}`}>
                  {header ? (
                    <UserText text={header} short />
                  ) : (
                    t('mapping.unnamed', { n: index + 1 })
                  )}
                </label>
              </td>
              <td>
                <select
                  id={`mapping-${index}`}
                  value={fields[index] ?? KEEP}
                  onChange={(event) =>
                    setFields(fields.map((f, i) => (i === index ? event.target.value : f)))
                  }
                >
                  <option value={KEEP}>{t('mapping.keep')}</option>
                  {options.map((field) => (
                    <option key={field} value={field}>
                      {fieldName(field)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {missing.length > 0 && (
        <p className="note">
          {t('mapping.required', {
            fields: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
              missing.map(fieldName),
            ),
          })}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={missing.length > 0}>
          {t('mapping.apply')}
        </button>
        <button type="button" onClick={() => atlasState().dismissMapping()}>
          {t('mapping.dismiss')}
        </button>
      </div>
    </form>
  );
}
