import * as Plot from '@observablehq/plot';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterFacets, type YearRange } from '../../../core/explore/filters';
import type { Dataset } from '../../../core/model/types';
import {
  comparePeriods,
  type PeriodComparison as Comparison,
  type PeriodFigures,
} from '../../../core/report/comparePeriods';
import { useLanguage } from '../../../i18n';
import { useAtlas } from '../../../state/useAtlas';
import { comparedDatasetOf } from '../../../state/selectors/explore';
import { useGroupName } from '../../useGroupName';
import { ChartFigure, type ChartTheme } from '../ChartFigure';
import { formatCount, formatMeasure, formatPercent } from '../format';

/** The year the COVID-19 question divides at: before it, and from it on. */
const DIVIDE = 2020;

/** The figures of `atlas compare` shown, in order, and how each is written. */
const ROWS = [
  ['links', 'count'],
  ['begun', 'count'],
  ['ended', 'count'],
  ['kept', 'count'],
  ['active_organizations', 'count'],
  ['ties', 'count'],
  ['density', 'measure'],
  ['components', 'count'],
  ['cross_sector_share', 'percent'],
  ['international_share', 'percent'],
] as const;
type Row = (typeof ROWS)[number][0];

/**
 * The two shares, drawn side by side for the two periods (density, a few hundredths, would be
 * invisible on their 0–100 % axis: the table gives it).
 */
const CHARTED = ['cross_sector_share', 'international_share'] as const;
const PERIOD_COLOURS = ['#1d4f91', '#b35806'];

type Inputs = [string, string, string, string];

/** Two periods from the four boxes, or why they are not usable. */
function periodsOf(inputs: Inputs): { periods: [YearRange, YearRange] } | { problem: string } {
  if (inputs.some((text) => !/^\d{1,4}$/.test(text.trim()))) return { problem: 'periods.notYear' };
  const [a, b, c, d] = inputs.map((text) => Number(text.trim())) as [
    number,
    number,
    number,
    number,
  ];
  if (a > b || c > d) return { problem: 'periods.backwards' };
  return {
    periods: [
      { from: a, to: b },
      { from: c, to: d },
    ],
  };
}

function span(range: YearRange): string {
  return range.from === range.to ? String(range.from) : `${range.from}–${range.to}`;
}

/**
 * Two periods of the network side by side (`atlas compare`): alliances begun, ended and kept,
 * the shape of each period's network, and its mixing matrix. The figures are computed in a
 * timer slice after the years change (about 40 ms for 5,000 organisations and 25,000 links), so
 * typing a year never waits for them.
 */
export default function PeriodComparison() {
  const { t } = useTranslation();
  const language = useLanguage();
  const groupName = useGroupName();
  const dataset = useAtlas(comparedDatasetOf);
  const years = useMemo(() => (dataset ? filterFacets(dataset).years : null), [dataset]);
  const [inputs, setInputs] = useState<Inputs | null>(null);
  const shown: Inputs = inputs ?? [
    String(years ? Math.min(years.from, DIVIDE - 1) : DIVIDE - 1),
    String(DIVIDE - 1),
    String(DIVIDE),
    String(years ? Math.max(years.to, DIVIDE) : DIVIDE),
  ];
  const parsed = periodsOf(shown);
  const key = 'periods' in parsed ? parsed.periods.map(span).join(' ') : null;
  const [result, setResult] = useState<{
    key: string;
    dataset: Dataset;
    comparison: Comparison;
  } | null>(null);

  useEffect(() => {
    if (!dataset || !('periods' in parsed) || key === null) return;
    const [first, second] = parsed.periods;
    const timer = setTimeout(() => {
      setResult({ key, dataset, comparison: comparePeriods(dataset, first, second) });
    }, 0);
    return () => clearTimeout(timer);
    // `parsed` follows from `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataset, key]);

  const comparison =
    result && result.key === key && result.dataset === dataset ? result.comparison : null;

  const bars = useMemo(
    () =>
      comparison
        ? comparison.periods.flatMap((period) =>
            CHARTED.map((figure) => ({
              figure: t(`periods.figure.${figure}`),
              period: span(period.years),
              value: period[figure] ?? 0,
              label: formatPercent(period[figure], language),
            })),
          )
        : [],
    [comparison, t, language],
  );

  const draw = useCallback(
    (width: number, theme: ChartTheme) => {
      const periods = [...new Set(bars.map((bar) => bar.period))];
      return Plot.plot({
        width,
        height: 260,
        marginTop: 30,
        style: { color: theme.ink, background: theme.paper, fontFamily: theme.fontFamily },
        fx: { label: null, domain: CHARTED.map((f) => t(`periods.figure.${f}`)), axis: 'top' },
        x: { domain: periods, label: null, axis: null },
        y: { domain: [0, 1], label: null, grid: true, tickFormat: '%' },
        color: { domain: periods, range: PERIOD_COLOURS, legend: true },
        marks: [
          Plot.barY(bars, { fx: 'figure', x: 'period', y: 'value', fill: 'period', inset: 2 }),
          Plot.ruleY([0], { stroke: theme.ink }),
          Plot.text(bars, {
            fx: 'figure',
            x: 'period',
            y: 'value',
            text: 'label',
            dy: -6,
            fill: theme.ink,
            className: 'bar-labels',
          }),
          Plot.text(bars, {
            fx: 'figure',
            x: 'period',
            y: 0,
            text: 'period',
            dy: 12,
            fill: theme.muted,
            fontSize: 9,
          }),
        ],
      });
    },
    [bars, t],
  );

  if (!dataset) return null;

  function cell(period: PeriodFigures, row: Row, kind: (typeof ROWS)[number][1]): string {
    const value = period[row];
    if (row === 'active_organizations') {
      return t('periods.ofAll', {
        active: formatCount(period.active_organizations, language),
        all: formatCount(period.organizations, language),
      });
    }
    return kind === 'count'
      ? formatCount(value, language)
      : kind === 'measure'
        ? formatMeasure(value, language)
        : formatPercent(value, language);
  }

  function change(first: PeriodFigures, second: PeriodFigures, row: Row, kind: string) {
    const a = first[row];
    const b = second[row];
    if (a === null || b === null) return { value: null, text: '—' };
    const delta = b - a;
    const sign = delta > 0 ? '+' : '';
    const text =
      kind === 'count'
        ? sign + formatCount(delta, language)
        : kind === 'measure'
          ? sign + formatMeasure(delta, language)
          : t('periods.points', { value: sign + formatMeasure(delta * 100, language) });
    return { value: delta, text };
  }

  const labels = [t('periods.from'), t('periods.to')];
  return (
    <section className="periods" data-testid="period-comparison" aria-labelledby="periods-title">
      <h2 id="periods-title">{t('periods.title')}</h2>
      <p className="note">{t('periods.intro')}</p>
      <div className="period-inputs">
        {[0, 1].map((period) => (
          <fieldset key={period}>
            <legend>{t('periods.period', { number: period + 1 })}</legend>
            {[0, 1].map((end) => {
              const at = period * 2 + end;
              return (
                <label key={end}>
                  <span>{labels[end]}</span>
                  <input
                    type="number"
                    inputMode="numeric"
                    data-testid={`period-${period + 1}-${end === 0 ? 'from' : 'to'}`}
                    value={shown[at]}
                    onChange={(event) => {
                      const next = [...shown] as Inputs;
                      next[at] = event.target.value;
                      setInputs(next);
                    }}
                  />
                </label>
              );
            })}
          </fieldset>
        ))}
      </div>

      {'problem' in parsed ? (
        <p className="note" role="status" data-testid="period-problem">
          {t(parsed.problem)}
        </p>
      ) : !comparison ? (
        <p className="note" role="status">
          {t('periods.computing')}
        </p>
      ) : (
        <>
          <table className="period-table" data-testid="period-table">
            <caption>{t('periods.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('periods.figureHeader')}</th>
                {comparison.periods.map((period, i) => (
                  <th key={i} scope="col" data-testid={`period-header-${i + 1}`}>
                    {span(period.years)}
                  </th>
                ))}
                <th scope="col">{t('periods.change')}</th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map(([row, kind]) => {
                const [first, second] = comparison.periods;
                const delta = change(first, second, row, kind);
                return (
                  <tr key={row} data-figure={row}>
                    <th scope="row">{t(`periods.figure.${row}`)}</th>
                    {comparison.periods.map((period, i) => (
                      <td
                        key={i}
                        data-testid={`period-${i + 1}-${row}`}
                        data-value={period[row] ?? ''}
                      >
                        {cell(period, row, kind)}
                      </td>
                    ))}
                    <td data-testid={`period-change-${row}`} data-value={delta.value ?? ''}>
                      {delta.text}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>

          <ChartFigure
            testId="period-chart"
            fileName={t('periods.file')}
            caption={t('periods.chart')}
            note={t('periods.chartNote')}
            draw={draw}
            table={
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('periods.figureHeader')}</th>
                    <th scope="col">{t('periods.periodHeader')}</th>
                    <th scope="col">{t('periods.valueHeader')}</th>
                  </tr>
                </thead>
                <tbody>
                  {bars.map((bar) => (
                    <tr key={`${bar.figure} ${bar.period}`}>
                      <td>{bar.figure}</td>
                      <td>{bar.period}</td>
                      <td>{bar.label}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />

          <h3>{t('periods.mixing')}</h3>
          <div className="period-mixing">
            {comparison.periods.map((period, p) => {
              const names = period.mixing.sectors.map((sector) =>
                groupName('sector', sector ?? ''),
              );
              return (
                <table key={p} className="compact" data-testid={`period-${p + 1}-mixing`}>
                  <caption>{t('periods.mixingOf', { years: span(period.years) })}</caption>
                  <thead>
                    <tr>
                      <td />
                      {names.map((name, j) => (
                        <th key={j} scope="col">
                          {name}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {period.mixing.observed.map((row, i) => (
                      <tr key={i}>
                        <th scope="row">{names[i]}</th>
                        {row.map((count, j) => (
                          <td key={j} data-value={count}>
                            {formatCount(count, language)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              );
            })}
          </div>
        </>
      )}
    </section>
  );
}
