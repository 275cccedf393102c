import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { useAtlas } from '../../../state/useAtlas';
import { NAMED_DATASETS } from '../../datasetName';
import { useGroupName } from '../../useGroupName';
import { UserText } from '../../UserText';
import { formatCount, formatMeasure, formatPercent } from '../format';
import { ChartFigure, type ChartTheme } from '../ChartFigure';
import { drawSectorHeatmap, heatmapOf } from '../mixing/heatmap';
import { SummaryCardItem, useSummaryCards } from '../NetworkSummary';
import { Effects, useSuggestionReasons } from '../Suggestions';

/** The summary figures a report keeps. */
const FIGURES = ['organizations', 'links', 'density', 'components', 'ei_index', 'modularity'];
/** Sector pairs and suggestions a report lists. */
const PAIRS = 5;
const SUGGESTIONS = 5;

/**
 * One page to circulate after a session, in the language shown: the network's headline figures,
 * how the sectors mix (observed ÷ expected), where alliances are missing and the best suggested
 * alliances with their reasons (and what the one chosen would change, once computed). Printed
 * (or saved as PDF) through the print stylesheet, which keeps the report alone on A4.
 */
export default function GapReport() {
  const { t } = useTranslation();
  const language = useLanguage();
  const groupName = useGroupName();
  const dataset = useAtlas((s) => s.analysedDataset);
  const datasetName = useAtlas((s) => s.datasetName);
  const metrics = useAtlas((s) => s.metrics);
  const effects = useAtlas((s) => s.allianceEffects);
  const cards = useSummaryCards();
  const reasonsOf = useSuggestionReasons();
  const sectorName = useCallback(
    (sector: string | null) => (sector === null ? t('legend.other') : groupName('sector', sector)),
    // groupName is made anew each render; the language decides the names.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [language, t],
  );
  const mixing = metrics?.mixing;
  const heatmap = useMemo(
    () => (mixing ? heatmapOf(mixing, 'ratio', language, sectorName) : null),
    [mixing, language, sectorName],
  );
  const drawHeatmap = useCallback(
    (width: number, theme: ChartTheme) => drawSectorHeatmap(heatmap, Math.min(width, 640), theme),
    [heatmap],
  );
  if (!dataset) return null;
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date());
  const gaps = metrics?.gaps;
  const names = new Map(dataset.organizations.map((o) => [o.id, o.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const pairs = (gaps?.sector_pairs ?? []).filter((p) => p.ratio === null || p.ratio < 1);
  const shown = new Set(FIGURES);

  return (
    <article className="gap-report" data-testid="gap-report" aria-labelledby="report-title">
      <header className="report-header">
        <h2 id="report-title">
          {t('report.title')}
          {' — '}
          <span data-testid="report-dataset">
            {datasetName !== null && NAMED_DATASETS.has(datasetName) ? (
              t(datasetName)
            ) : (
              <UserText text={datasetName ?? dataset.name} />
            )}
          </span>
        </h2>
        <p className="report-date" data-testid="report-date">
          {date}
        </p>
        <p className="note">{t('report.intro')}</p>
        <button
          type="button"
          className="primary report-print"
          data-testid="report-print"
          onClick={() => window.print()}
        >
          {t('report.print')}
        </button>
      </header>

      {!metrics ? (
        <p className="note">{t('summary.waiting')}</p>
      ) : (
        <>
          <section className="report-part network-summary" aria-labelledby="report-summary">
            <h3 id="report-summary">{t('summary.title')}</h3>
            <ul className="cards">
              {(cards ?? [])
                .filter((card) => shown.has(card.key))
                .map((card) => (
                  <SummaryCardItem key={card.key} card={card} />
                ))}
            </ul>
          </section>

          {heatmap && (
            <section className="report-part report-mixing mixing" aria-labelledby="report-mixing">
              <h3 id="report-mixing">{t('analyse.section.mixing')}</h3>
              <ChartFigure
                testId="report-heatmap"
                fileName={t('mixing.heatmap.file')}
                caption={t('mixing.heatmap.ratio')}
                note={t('mixing.heatmap.ratioNote')}
                draw={drawHeatmap}
                table={
                  <table>
                    <caption>{t('mixing.heatmap.ratio')}</caption>
                    <thead>
                      <tr>
                        <td />
                        {heatmap.names.map((name, j) => (
                          <th key={j} scope="col">
                            {name}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {heatmap.names.map((name, i) => (
                        <tr key={i}>
                          <th scope="row">{name}</th>
                          {heatmap.names.map((_, j) => (
                            <td key={j}>{heatmap.cells[i * heatmap.names.length + j]?.label}</td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                }
              />
            </section>
          )}

          {gaps && (
            <section className="report-part report-gaps" aria-labelledby="report-gaps">
              <h3 id="report-gaps">{t('gaps.title')}</h3>
              <h4>{t('report.topPairs')}</h4>
              {pairs.length === 0 ? (
                <p className="note">{t('gaps.none')}</p>
              ) : (
                <table className="report-table" data-testid="report-pairs">
                  <tbody>
                    {pairs.slice(0, PAIRS).map((p) => (
                      <tr key={p.sectors.join('\u0000')} data-sectors={p.sectors.join(' ')}>
                        <th scope="row" className="pair">
                          <UserText text={sectorName(p.sectors[0])} /> ↔{' '}
                          <UserText text={sectorName(p.sectors[1])} />
                        </th>
                        <td>
                          {t('gaps.pair', {
                            count: p.observed,
                            observed: formatCount(p.observed, language),
                            expected: formatMeasure(p.expected, language),
                          })}{' '}
                          {p.ratio === null
                            ? t('gaps.nothingExpected')
                            : t('gaps.ratio', { percent: formatPercent(p.ratio, language) })}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {gaps.isolated_regions && (
                <>
                  <h4>{t('gaps.isolatedRegions')}</h4>
                  {gaps.isolated_regions.length === 0 ? (
                    <p className="note">{t('gaps.none')}</p>
                  ) : (
                    <ul className="report-list" data-testid="report-regions">
                      {gaps.isolated_regions.map((g) => (
                        <li key={`${g.kind} ${g.name}`}>
                          <UserText
                            text={groupName(
                              g.kind === 'country' ? 'country' : 'worldRegion',
                              g.name,
                            )}
                          />{' '}
                          ({t(`gaps.kind.${g.kind}`)} ·{' '}
                          {t('gaps.groupSize', {
                            count: g.organizations,
                            organizations: formatCount(g.organizations, language),
                            ties: formatCount(g.ties_within, language),
                          })}
                          )
                        </li>
                      ))}
                    </ul>
                  )}
                </>
              )}
              {gaps.sectors_without_international && (
                <>
                  <h4>{t('gaps.withoutInternational')}</h4>
                  <p data-testid="report-without-international">
                    {gaps.sectors_without_international.length === 0
                      ? t('gaps.none')
                      : gaps.sectors_without_international.map((name, i) => (
                          <span key={name}>
                            {i > 0 && ', '}
                            <UserText text={sectorName(name)} />
                          </span>
                        ))}
                  </p>
                </>
              )}
              <h4>{t('report.counts')}</h4>
              <table className="report-table report-counts">
                <tbody>
                  <tr>
                    <th scope="row">{t('gaps.isolated')}</th>
                    <td data-testid="report-isolated">
                      {formatCount(gaps.isolated_organizations.length, language)}
                    </td>
                  </tr>
                  <tr>
                    <th scope="row">{t('gaps.smallComponents')}</th>
                    <td data-testid="report-small-components">
                      {formatCount(gaps.small_components.length, language)}
                    </td>
                  </tr>
                </tbody>
              </table>
            </section>
          )}

          {metrics.suggestions && (
            <section className="report-part report-suggestions" aria-labelledby="report-sugg">
              <h3 id="report-sugg">{t('report.suggestions')}</h3>
              {metrics.suggestions.length === 0 ? (
                <p className="note">{t('suggestions.none')}</p>
              ) : (
                <ol data-testid="report-suggestions">
                  {metrics.suggestions.slice(0, SUGGESTIONS).map((s) => (
                    <li key={`${s.source}\u0000${s.target}`} className="report-suggestion">
                      <span className="entry-name">
                        <UserText text={nameOf(s.source)} short /> ↔{' '}
                        <UserText text={nameOf(s.target)} short />
                      </span>
                      <span className="entry-note">{reasonsOf(s)}</span>
                      {effects?.status === 'done' &&
                        effects.source === s.source &&
                        effects.target === s.target && <Effects />}
                    </li>
                  ))}
                </ol>
              )}
            </section>
          )}
        </>
      )}
    </article>
  );
}
