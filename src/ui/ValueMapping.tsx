import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { valueReadings, type ValueMapping, type Vocabulary } from '../core/model/valueReadings';
import { LINK_TYPES, SECTORS } from '../core/model/types';
import { rememberedValueMapping } from '../state/clients/valueMemory';
import { atlasState, useAtlas } from '../state/useAtlas';
import { UserText } from './UserText';

/** What a value may be read as: a code of the vocabulary, or KEEP (as written, a custom value). */
const KEEP = '';
const CODES: Record<Vocabulary, readonly string[]> = { sector: SECTORS, linkType: LINK_TYPES };
const VOCABULARIES: readonly Vocabulary[] = ['sector', 'linkType'];

/**
 * The value-mapping step: each sector and alliance type as the files write it, what it was read
 * as and how many hold it, each reading changeable. Applying reads the files again with the
 * choices, which are remembered on this machine for the next import holding the same values.
 */
export function ValueMappingStep() {
  const { t } = useTranslation();
  const dataset = useAtlas((s) => s.dataset);
  const canRead = useAtlas((s) => s.lastImport !== null);
  const [open, setOpen] = useState(false);
  const [choices, setChoices] = useState<Record<Vocabulary, Map<string, string>>>({
    sector: new Map(),
    linkType: new Map(),
  });
  const readings = useMemo(
    () => (dataset && open ? valueReadings(dataset, rememberedValueMapping()) : null),
    [dataset, open],
  );
  if (!dataset?.rawValues || !canRead) return null;
  const held = dataset.rawValues.sector.length + dataset.rawValues.linkType.length;
  if (held === 0) return null;

  const name = (vocabulary: Vocabulary, code: string) =>
    t(`${vocabulary === 'sector' ? 'sector' : 'linkType'}.${code}`);

  function apply() {
    const mapping: ValueMapping = {};
    for (const vocabulary of VOCABULARIES) {
      mapping[vocabulary] = new Map(
        [...choices[vocabulary]].map(([raw, code]) => [raw, code === KEEP ? null : code]),
      );
    }
    setOpen(false);
    setChoices({ sector: new Map(), linkType: new Map() });
    void atlasState().applyValueMapping(mapping);
  }

  if (!open) {
    return (
      <button
        type="button"
        className="link"
        data-testid="value-mapping-open"
        onClick={() => setOpen(true)}
      >
        {t('valueMapping.open')}
      </button>
    );
  }
  const changed = choices.sector.size + choices.linkType.size;
  // Over the page, outside the line of text that opens it.
  return createPortal(
    <section
      role="dialog"
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
      className="value-mapping"
      data-testid="value-mapping"
      aria-labelledby="value-mapping-title"
    >
      <h2 id="value-mapping-title">{t('valueMapping.title')}</h2>
      <p className="note">{t('valueMapping.intro')}</p>
      {readings &&
        VOCABULARIES.map((vocabulary) =>
          readings[vocabulary].length === 0 ? null : (
            <table key={vocabulary} data-vocabulary={vocabulary}>
              <caption>{t(`valueMapping.${vocabulary}`)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('valueMapping.written')}</th>
                  <th scope="col">{t('valueMapping.count')}</th>
                  <th scope="col">{t('valueMapping.readAs')}</th>
                </tr>
              </thead>
              <tbody>
                {readings[vocabulary].map((reading) => {
                  const chosen = choices[vocabulary].get(reading.raw);
                  const current = chosen ?? (reading.custom ? KEEP : reading.readAs);
                  return (
                    <tr key={reading.raw} data-raw={reading.raw}>
                      <td>
                        <UserText text={reading.raw} short />
                      </td>
                      <td>{reading.count}</td>
                      <td>
                        <select
                          aria-label={t('valueMapping.readAsFor', { value: reading.raw })}
                          value={current}
                          onChange={(event) => {
                            const next = new Map(choices[vocabulary]);
                            next.set(reading.raw, event.target.value);
                            setChoices({ ...choices, [vocabulary]: next });
                          }}
                        >
                          <option value={KEEP}>{t('valueMapping.keep')}</option>
                          {CODES[vocabulary].map((code) => (
                            <option key={code} value={code}>
                              {name(vocabulary, code)}
                            </option>
                          ))}
                        </select>
                        {reading.mapped && chosen === undefined && (
                          <span className="note"> {t('valueMapping.remembered')}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ),
        )}
      <p className="actions">
        <button
          type="button"
          className="primary"
          data-testid="value-mapping-apply"
          disabled={changed === 0}
          onClick={apply}
        >
          {t('valueMapping.apply')}
        </button>{' '}
        <button type="button" onClick={() => setOpen(false)}>
          {t('valueMapping.close')}
        </button>
      </p>
    </section>,
    document.body,
  );
}
