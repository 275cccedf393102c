import * as Plot from '@observablehq/plot';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import {
  BROKERAGE_ROLES,
  brokerageBySector,
  degreeHistogramOf,
} from '../../../state/selectors/mixing';
import { useAtlas } from '../../../state/useAtlas';
import { useGroupName } from '../../useGroupName';
import { formatCount, formatMeasure } from '../format';
import { ChartFigure, type ChartTheme } from '../ChartFigure';
import { drawSectorHeatmap, FEWER, heatmapOf, MORE, type HeatmapMode } from './heatmap';

/** The sections of the brokerage profile (README, the sectors). */
const BROKER_SECTORS = ['government', 'international'];

/**
 * How the sectors mix: who allies with whom (observed ties and observed ÷ expected), how open
 * each sector is (E-I index), how government and international organisations broker, and how
 * many partners organisations have.
 */
export default function MixingSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const groupName = useGroupName();
  const dataset = useAtlas((s) => s.analysedDataset);
  const metrics = useAtlas((s) => s.metrics);
  const [mode, setMode] = useState<HeatmapMode>('observed');
  const mixing = metrics?.mixing;
  const sectorRows = metrics?.sectors;
  const sectorName = useCallback(
    (sector: string | null) => groupName('sector', sector ?? ''),
    [groupName],
  );

  const heatmap = useMemo(
    () => (mixing ? heatmapOf(mixing, mode, language, sectorName) : null),
    [mixing, mode, language, sectorName],
  );
  const drawHeatmap = useCallback(
    (width: number, theme: ChartTheme) => drawSectorHeatmap(heatmap, width, theme),
    [heatmap],
  );

  const eiRows = useMemo(
    () =>
      (sectorRows ?? []).map((row) => ({
        name: sectorName(row.sector),
        ei: row.ei_index,
        label: formatMeasure(row.ei_index, language),
      })),
    [sectorRows, sectorName, language],
  );

  const drawEi = useCallback(
    (width: number, theme: ChartTheme) =>
      Plot.plot({
        width,
        height: 40 + 26 * eiRows.length,
        marginLeft: 150,
        marginRight: 40,
        style: { color: theme.ink, background: theme.paper, fontFamily: theme.fontFamily },
        x: { domain: [-1, 1], label: t('mixing.ei.axis'), grid: true, ticks: 5 },
        y: { domain: eiRows.map((row) => row.name), label: null, tickSize: 0 },
        color: { type: 'identity' },
        marks: [
          Plot.barX(
            eiRows.filter((row) => row.ei !== null),
            {
              x1: 0,
              x2: 'ei',
              y: 'name',
              fill: (row: { ei: number }) => (row.ei < 0 ? FEWER : MORE),
              inset: 3,
            },
          ),
          Plot.ruleX([0], { stroke: theme.ink }),
          // Each value beside its bar's end: to the left of negative bars, to the right of others.
          ...[true, false].map((negative) =>
            Plot.text(
              eiRows.filter((row) => (row.ei ?? 0) < 0 === negative),
              {
                x: (row: { ei: number | null }) => row.ei ?? 0,
                y: 'name',
                text: 'label',
                textAnchor: negative ? 'end' : 'start',
                dx: negative ? -4 : 4,
                fill: theme.ink,
                className: 'ei-labels',
              },
            ),
          ),
        ],
      }),
    [eiRows, t],
  );

  const brokerage = useMemo(
    () =>
      brokerageBySector(dataset?.organizations ?? [], metrics?.brokerage, BROKER_SECTORS).map(
        (row) => ({ ...row, name: sectorName(row.sector) }),
      ),
    [dataset, metrics, sectorName],
  );

  const drawBrokerage = useCallback(
    (width: number, theme: ChartTheme) => {
      // One panel per sector side by side, the sector's name above it; the roles down the side.
      const roles = BROKERAGE_ROLES.map((role) => t(`mixing.brokerage.short.${role}`));
      const bars = brokerage.flatMap((row) =>
        BROKERAGE_ROLES.map((role, i) => ({
          sector: row.name,
          role: roles[i],
          value: row.roles[role],
          label: formatCount(row.roles[role], language),
        })),
      );
      return Plot.plot({
        width,
        height: 80 + 30 * roles.length,
        marginLeft: 120,
        marginRight: 50,
        marginTop: 30,
        style: { color: theme.ink, background: theme.paper, fontFamily: theme.fontFamily },
        x: { label: t('mixing.brokerage.axis'), grid: true, nice: true, ticks: 4 },
        y: { domain: roles, label: null, tickSize: 0 },
        fx: { label: null, domain: brokerage.map((row) => row.name), axis: 'top', padding: 0.2 },
        color: { type: 'identity' },
        marks: [
          Plot.barX(bars, { x: 'value', y: 'role', fx: 'sector', fill: theme.accent, inset: 3 }),
          Plot.ruleX([0], { stroke: theme.ink }),
          Plot.text(bars, {
            x: 'value',
            y: 'role',
            fx: 'sector',
            text: 'label',
            textAnchor: 'start',
            dx: 4,
            fill: theme.ink,
          }),
        ],
      });
    },
    [brokerage, t, language],
  );

  const degree = metrics?.organizations?.degree;
  const bins = useMemo(() => degreeHistogramOf(degree), [degree]);
  const drawDegrees = useCallback(
    (width: number, theme: ChartTheme) =>
      Plot.plot({
        width,
        height: 260,
        marginLeft: 60,
        style: { color: theme.ink, background: theme.paper, fontFamily: theme.fontFamily },
        x: { label: t('mixing.degrees.axis'), labelAnchor: 'center', labelArrow: 'none' },
        y: { label: t('mixing.degrees.count'), grid: true, labelArrow: 'none' },
        color: { type: 'identity' },
        marks: [
          Plot.rectY(bins, {
            // Each bin spans its degrees' half-units, so a tick at a degree is under its bar.
            x1: (bin: { from: number }) => bin.from - 0.5,
            x2: (bin: { to: number }) => bin.to + 0.5,
            y: 'count',
            fill: theme.accent,
            inset: 0.5,
          }),
          Plot.ruleY([0], { stroke: theme.ink }),
        ],
      }),
    [bins, t],
  );

  if (!dataset) return null;
  if (!metrics?.mixing) {
    return (
      <section className="mixing" data-testid="mixing">
        <h2>{t('analyse.section.mixing')}</h2>
        <p className="note">{t('summary.waiting')}</p>
      </section>
    );
  }

  const names = heatmap?.names ?? [];
  const binLabel = (bin: { from: number; to: number }) =>
    bin.from === bin.to
      ? formatCount(bin.from, language)
      : `${formatCount(bin.from, language)}–${formatCount(bin.to, language)}`;

  return (
    <section className="mixing" data-testid="mixing" aria-labelledby="mixing-title">
      <h2 id="mixing-title">{t('analyse.section.mixing')}</h2>

      <ChartFigure
        testId="mixing-heatmap"
        fileName={t('mixing.heatmap.file')}
        caption={mode === 'observed' ? t('mixing.heatmap.observed') : t('mixing.heatmap.ratio')}
        note={
          mode === 'observed' ? t('mixing.heatmap.observedNote') : t('mixing.heatmap.ratioNote')
        }
        controls={
          <div className="chart-controls" role="group" aria-label={t('mixing.heatmap.show')}>
            {(['observed', 'ratio'] as const).map((each) => (
              <button
                key={each}
                type="button"
                aria-pressed={mode === each}
                data-testid={`mixing-mode-${each}`}
                onClick={() => setMode(each)}
              >
                {t(`mixing.heatmap.mode.${each}`)}
              </button>
            ))}
          </div>
        }
        draw={drawHeatmap}
        table={
          <table>
            <caption>
              {mode === 'observed' ? t('mixing.heatmap.observed') : t('mixing.heatmap.ratio')}
            </caption>
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
              {names.map((name, i) => (
                <tr key={i}>
                  <th scope="row">{name}</th>
                  {names.map((_, j) => (
                    <td key={j} data-testid={`mixing-cell-${i}-${j}`}>
                      {heatmap?.cells[i * names.length + j]?.label}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />

      <ChartFigure
        testId="mixing-ei"
        fileName={t('mixing.ei.file')}
        caption={t('mixing.ei.title')}
        note={t('mixing.ei.note')}
        draw={drawEi}
        table={
          <table>
            <caption>{t('mixing.ei.title')}</caption>
            <tbody>
              {eiRows.map((row, i) => (
                <tr key={i} data-testid="mixing-ei-row" data-value={row.ei ?? undefined}>
                  <th scope="row">{row.name}</th>
                  <td>{row.label}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />

      <ChartFigure
        testId="mixing-brokerage"
        fileName={t('mixing.brokerage.file')}
        caption={t('mixing.brokerage.title')}
        note={t('mixing.brokerage.note')}
        draw={drawBrokerage}
        table={
          <table>
            <caption>{t('mixing.brokerage.title')}</caption>
            <thead>
              <tr>
                <td />
                <th scope="col">{t('mixing.brokerage.organizations')}</th>
                {BROKERAGE_ROLES.map((role) => (
                  <th key={role} scope="col">
                    {t(`mixing.brokerage.role.${role}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {brokerage.map((row) => (
                <tr key={row.sector} data-testid={`mixing-brokerage-${row.sector}`}>
                  <th scope="row">{row.name}</th>
                  <td>{formatCount(row.organizations, language)}</td>
                  {BROKERAGE_ROLES.map((role) => (
                    <td key={role} data-role={role}>
                      {formatCount(row.roles[role], language)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />

      <ChartFigure
        testId="mixing-degrees"
        fileName={t('mixing.degrees.file')}
        caption={t('mixing.degrees.title')}
        note={t('mixing.degrees.note')}
        draw={drawDegrees}
        table={
          <table>
            <caption>{t('mixing.degrees.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mixing.degrees.axis')}</th>
                <th scope="col">{t('mixing.degrees.count')}</th>
              </tr>
            </thead>
            <tbody>
              {bins.map((bin) => (
                <tr key={bin.from}>
                  <td>{binLabel(bin)}</td>
                  <td>{formatCount(bin.count, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </section>
  );
}
