import { useTranslation } from 'react-i18next';
import { SCOPES } from '../../core/model/types';
import { scopeCounts } from '../../core/report/analysisReport';
import { useLanguage } from '../../i18n';
import { measureTitle, SUMMARY_FIGURES } from '../../state/selectors/metricInfo';
import { useAtlas } from '../../state/useAtlas';
import { formatCount, formatMeasure, formatPercent } from './format';

/** Figures that are counts (shown whole); the others are measures. */
const COUNTS: ReadonlySet<string> = new Set([
  'components',
  'largest_component',
  'communities',
  'diameter',
]);

/** One summary figure: its value as shown, the raw value, a sentence and its definition. */
export interface SummaryCard {
  key: string;
  raw: number | null | undefined;
  value: string;
  sentence: string;
  definition: string;
}

/** The summary figures as cards, in the language shown (null without a dataset). */
export function useSummaryCards(): SummaryCard[] | null {
  const { t } = useTranslation();
  const language = useLanguage();
  const dataset = useAtlas((s) => s.analysedDataset);
  const metrics = useAtlas((s) => s.metrics);
  if (!dataset) return null;
  const organizations = dataset.organizations.length;
  const summary = metrics?.summary;

  const cards: SummaryCard[] = [
    {
      key: 'organizations',
      raw: organizations,
      value: formatCount(organizations, language),
      sentence: t('summary.sentence.organizations'),
      definition: t('summary.definition.organizations'),
    },
    {
      key: 'links',
      raw: dataset.links.length,
      value: formatCount(dataset.links.length, language),
      sentence: t('summary.sentence.links'),
      definition: t('summary.definition.links'),
    },
    {
      key: 'ties',
      raw: metrics?.ties,
      value: formatCount(metrics?.ties, language),
      sentence: t('summary.sentence.ties'),
      definition: t('summary.definition.ties'),
    },
  ];
  for (const { key, metric } of SUMMARY_FIGURES) {
    const raw = summary?.[key];
    const value = raw ?? null;
    cards.push({
      key,
      raw: value,
      value: COUNTS.has(key) ? formatCount(value, language) : formatMeasure(value, language),
      sentence:
        value === null
          ? t('summary.undefined')
          : t(`summary.sentence.${key}`, {
              value: COUNTS.has(key)
                ? formatCount(value, language)
                : formatMeasure(value, language),
              percent: formatPercent(
                key === 'largest_component' ? value / Math.max(1, organizations) : value,
                language,
              ),
            }),
      definition: measureTitle(metric, language),
    });
  }

  return cards;
}

/** One card: the figure's name (its definition on hover and focus), value and sentence. */
export function SummaryCardItem({ card }: { card: SummaryCard }) {
  const { t } = useTranslation();
  return (
    <li className="card" data-figure={card.key}>
      <span className="figure-name" tabIndex={0} aria-describedby={`definition-${card.key}`}>
        {t(`summary.name.${card.key}`)}
      </span>
      <span
        className="value"
        data-testid={`summary-${card.key}`}
        data-value={card.raw ?? undefined}
      >
        {card.value}
      </span>
      <span className="sentence">{card.sentence}</span>
      <span id={`definition-${card.key}`} className="definition" role="tooltip">
        {card.definition}
      </span>
    </li>
  );
}

/**
 * The network at a glance: every summary figure as a card, with a sentence for readers who are
 * not network specialists and the figure's definition (on hover and keyboard focus).
 */
export function NetworkSummary() {
  const { t } = useTranslation();
  const language = useLanguage();
  const dataset = useAtlas((s) => s.analysedDataset);
  const summary = useAtlas((s) => s.metrics?.summary);
  const cards = useSummaryCards();
  if (!dataset || !cards) return null;
  const scopes = scopeCounts(dataset);

  return (
    <section
      className="network-summary"
      data-testid="network-summary"
      aria-labelledby="summary-title"
    >
      <h2 id="summary-title">{t('summary.title')}</h2>
      {!summary && <p className="note">{t('summary.waiting')}</p>}
      <ul className="cards">
        {cards.map((card) => (
          <SummaryCardItem key={card.key} card={card} />
        ))}
        <li className="card scopes" data-figure="scopes">
          <span className="figure-name">{t('summary.name.scopes')}</span>
          <ul className="scope-counts">
            {[...SCOPES, 'unknown' as const].map((scope) => (
              <li key={scope}>
                <span>{t(`scope.${scope}`)}</span>{' '}
                <span className="value" data-testid={`summary-scope-${scope}`}>
                  {formatCount(scopes[scope], language)}
                </span>
              </li>
            ))}
          </ul>
          <span className="sentence">{t('summary.sentence.scopes')}</span>
        </li>
      </ul>
    </section>
  );
}
