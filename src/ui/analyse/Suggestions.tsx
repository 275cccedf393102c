import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../core/model/types';
import type { ReportChange, ReportEffects, ReportSuggestion } from '../../core/report/reportTypes';
import { useLanguage } from '../../i18n';
import { atlasState, useAtlas } from '../../state/useAtlas';
import { isolate, UserText } from '../UserText';
import { useGroupName } from '../useGroupName';
import { ShowAll } from './ShowAll';
import { formatCount, formatMeasure, formatPercent } from './format';

const ORDERS = ['score', 'gaps'] as const;
type Order = (typeof ORDERS)[number];

/** Suggestions shown; the rest are counted. */
const SHOWN = 50;
/** Shared partners named in a suggestion's reasons. */
const NAMED = 3;

function choose(s: ReportSuggestion) {
  const state = atlasState();
  state.selectOrganization(s.source);
  state.highlightOrganizations([s.source, s.target, ...s.shared_partners]);
  void state.askEffects({ source: s.source, target: s.target });
}

function nameOfIn(dataset: Dataset): (id: string) => string {
  const names = new Map(dataset.organizations.map((o) => [o.id, o.name]));
  return (id) => names.get(id) ?? id;
}

/**
 * A suggestion's reasons in a sentence: its shared partners (the first few named), the sector
 * pair below expectation it would join, its score.
 */
export function useSuggestionReasons(): (s: ReportSuggestion) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  const groupName = useGroupName();
  const dataset = useAtlas((s) => s.analysedDataset);
  const pairs = useAtlas((s) => s.metrics?.gaps?.sector_pairs);
  const organizations = new Map((dataset?.organizations ?? []).map((o) => [o.id, o]));
  const nameOf = (id: string) => organizations.get(id)?.name ?? id;
  const sectorOf = (id: string) => organizations.get(id)?.sector ?? null;
  const sector = (name: string | null) =>
    name === null ? t('legend.other') : groupName('sector', name);
  const ratios = new Map<string, number | null>();
  for (const p of pairs ?? []) {
    ratios.set(`${p.sectors[0]}\u0000${p.sectors[1]}`, p.ratio);
    ratios.set(`${p.sectors[1]}\u0000${p.sectors[0]}`, p.ratio);
  }
  return (s) => {
    const a = sectorOf(s.source);
    const b = sectorOf(s.target);
    const ratio = a !== null && b !== null ? ratios.get(`${a}\u0000${b}`) : undefined;
    const shared = s.shared_partners;
    return (
      t('suggestions.shared', {
        count: shared.length,
        number: formatCount(shared.length, language),
        names:
          shared
            .slice(0, NAMED)
            .map((id) => isolate(nameOf(id)))
            .join(', ') + (shared.length > NAMED ? '…' : ''),
      }) +
      (s.cross_sector && ratio !== undefined
        ? `${t('suggestions.separator')}${t(
            ratio === null ? 'suggestions.joinsUnexpected' : 'suggestions.joins',
            {
              pair: `${isolate(sector(a))} ↔ ${isolate(sector(b))}`,
              percent: formatPercent(ratio, language),
            },
          )}`
        : '') +
      ' · ' +
      t('suggestions.score', { score: formatMeasure(s.score, language) })
    );
  };
}

/**
 * The suggested alliances (suggestions of analyze --json), by score or in the "close sector gaps"
 * order (suggestions_for_gaps), each with its reasons; the one chosen shows itself in the network
 * and what making it would change, computed in a worker.
 */
export function Suggestions() {
  const { t } = useTranslation();
  const reasonsOf = useSuggestionReasons();
  const [order, setOrder] = useState<Order>('score');
  const dataset = useAtlas((s) => s.analysedDataset);
  const metrics = useAtlas((s) => s.metrics);
  const effects = useAtlas((s) => s.allianceEffects);
  if (!dataset) return null;
  const nameOf = nameOfIn(dataset);
  const suggestions = metrics?.suggestions;
  const rows: ReportSuggestion[] = !suggestions
    ? []
    : order === 'score'
      ? suggestions
      : (metrics?.suggestionsForGaps ?? []).flatMap((g) => suggestions[g.suggestion] ?? []);

  return (
    <section
      className="analyse-list suggested-alliances"
      data-testid="suggestions-list"
      aria-labelledby="suggestions-title"
    >
      <h2 id="suggestions-title">{t('suggestions.title')}</h2>
      <p className="note">{t('suggestions.intro')}</p>
      <ShowAll />
      <div className="order-switch" role="group" aria-label={t('suggestions.order')}>
        {ORDERS.map((each) => (
          <button
            key={each}
            type="button"
            aria-pressed={order === each}
            data-testid={`suggestions-order-${each}`}
            onClick={() => setOrder(each)}
          >
            {t(`suggestions.by.${each}`)}
          </button>
        ))}
      </div>
      {!suggestions ? (
        <p className="note">{t('summary.waiting')}</p>
      ) : rows.length === 0 ? (
        <p className="note">{t('suggestions.none')}</p>
      ) : (
        <ol className="suggestion-rows">
          {rows.slice(0, SHOWN).map((s) => {
            const chosen = effects?.source === s.source && effects.target === s.target;
            return (
              <li key={`${s.source}\u0000${s.target}`}>
                <button
                  type="button"
                  className="suggested-alliance"
                  aria-pressed={chosen}
                  data-source={s.source}
                  data-target={s.target}
                  onClick={() => choose(s)}
                >
                  <span className="entry-name">
                    <UserText text={nameOf(s.source)} short /> ↔{' '}
                    <UserText text={nameOf(s.target)} short />
                  </span>
                  <span className="entry-note reasons">{reasonsOf(s)}</span>
                </button>
                {chosen && <Effects />}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** What the chosen alliance would change, each measure before → after. */
export function Effects() {
  const { t } = useTranslation();
  const language = useLanguage();
  const groupName = useGroupName();
  const state = useAtlas((s) => s.allianceEffects);
  const dataset = useAtlas((s) => s.analysedDataset);
  if (!state || !dataset) return null;
  const nameOf = (id: string) => dataset.organizations.find((o) => o.id === id)?.name ?? id;
  const effects: ReportEffects | null = state.effects;
  const row = (key: string, label: string, change: ReportChange, format = formatMeasure) => (
    <tr key={key} data-effect={key}>
      <th scope="row">{label}</th>
      <td data-testid={`effect-${key}-before`} data-value={change.before ?? ''}>
        {format(change.before, language)}
      </td>
      <td aria-hidden="true">→</td>
      <td data-testid={`effect-${key}-after`} data-value={change.after ?? ''}>
        {format(change.after, language)}
      </td>
    </tr>
  );
  return (
    <div className="suggestion-effects" data-testid="suggestion-effects" data-status={state.status}>
      <h3>{t('effects.title')}</h3>
      {state.status === 'running' && (
        <p className="note" role="status">
          {t('effects.computing')}
        </p>
      )}
      {(state.status === 'failed' || state.status === 'unavailable') && (
        <p className="note" role="alert">
          {t(`effects.${state.status}`)}
        </p>
      )}
      {effects && (
        <table>
          <tbody>
            {row('pair_ratio', t('effects.pairRatio'), effects.pair_ratio, formatPercent)}
            {effects.ei.map((e, i) =>
              row(
                `ei-${i}`,
                t('effects.ei', {
                  sector: isolate(
                    e.sector === null ? t('legend.other') : groupName('sector', e.sector),
                  ),
                }),
                e,
              ),
            )}
            {row(
              'betweenness-source',
              t('effects.betweenness', { name: isolate(nameOf(state.source)) }),
              effects.betweenness.source,
            )}
            {row(
              'betweenness-target',
              t('effects.betweenness', { name: isolate(nameOf(state.target)) }),
              effects.betweenness.target,
            )}
            {row('sector_distance', t('effects.sectorDistance'), effects.sector_distance)}
            <tr data-effect="components_joined">
              <th scope="row">{t('effects.components')}</th>
              <td
                colSpan={3}
                data-testid="effect-components_joined"
                data-value={String(effects.components_joined)}
              >
                {t(effects.components_joined ? 'effects.joined' : 'effects.notJoined')}
              </td>
            </tr>
          </tbody>
        </table>
      )}
    </div>
  );
}
