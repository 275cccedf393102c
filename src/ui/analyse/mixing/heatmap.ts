/**
 * The sector-mixing heatmap (observed ties, or observed ÷ expected), drawn with Observable Plot:
 * one drawing for the Sector mixing section and the Gap report.
 */
import * as Plot from '@observablehq/plot';
import type { ReportMixing } from '../../../core/report/reportTypes';
import { ratioMatrixOf, ratioPosition } from '../../../state/selectors/mixing';
import { formatCount, formatMeasure } from '../format';
import type { ChartTheme } from '../ChartFigure';

/**
 * Colour-blind-safe blue–orange diverging colours (ColorBrewer PuOr's orange end, RdBu's blue
 * end): orange for fewer ties than expected, blue for more, near white for as many.
 */
export const FEWER = '#b35806';
export const AS_EXPECTED = '#f7f7f7';
export const MORE = '#2166ac';
const ratioColour = Plot.scale({
  color: { type: 'linear', domain: [-2, 0, 2], range: [FEWER, AS_EXPECTED, MORE], clamp: true },
});
const countColour = (max: number) =>
  Plot.scale({ color: { type: 'linear', domain: [0, Math.max(1, max)], scheme: 'blues' } });

/** White text on a dark cell, the app's ink on a pale one. */
function isDark(colour: string): boolean {
  const [r = 255, g = 255, b = 255] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 140;
}

export type HeatmapMode = 'observed' | 'ratio';

export interface Heatmap {
  names: string[];
  cells: { row: string; column: string; fill: string; label: string }[];
  ratios: (number | null)[][];
}

/** The heatmap's cells: each sector pair's colour and label, in the language shown. */
export function heatmapOf(
  mixing: ReportMixing,
  mode: HeatmapMode,
  language: string,
  sectorName: (sector: string | null) => string,
): Heatmap {
  const names = mixing.sectors.map(sectorName);
  const ratios = ratioMatrixOf(mixing);
  const max = Math.max(0, ...mixing.observed.flat());
  const counts = countColour(max);
  const cells = mixing.sectors.flatMap((_, i) =>
    mixing.sectors.map((__, j) => {
      const observed = mixing.observed[i]?.[j] ?? 0;
      const ratio = ratios[i]?.[j] ?? null;
      const fill =
        mode === 'observed'
          ? (counts.apply(observed) as string)
          : ratio === null
            ? AS_EXPECTED
            : (ratioColour.apply(ratioPosition(ratio)) as string);
      return {
        row: names[i] ?? '',
        column: names[j] ?? '',
        fill,
        label:
          mode === 'observed' ? formatCount(observed, language) : formatMeasure(ratio, language),
      };
    }),
  );
  return { names, cells, ratios };
}

/** The heatmap as an SVG for the width available and the app's colours. */
export function drawSectorHeatmap(
  heatmap: Heatmap | null,
  width: number,
  theme: ChartTheme,
): SVGSVGElement | HTMLElement {
  const names = heatmap?.names ?? [];
  // Room for the longest sector name beside the rows and, slanted, below the columns.
  const label = labelRoom(names);
  const size = Math.max(26, Math.min(48, (width - label) / Math.max(1, names.length)));
  return Plot.plot({
    width: label + size * names.length + 10,
    height: label + size * names.length,
    marginLeft: label,
    marginBottom: label,
    marginTop: 10,
    marginRight: 10,
    style: { color: theme.ink, background: theme.paper, fontFamily: theme.fontFamily },
    x: { domain: names, label: null, tickRotate: -40, tickSize: 0 },
    y: { domain: names, label: null, tickSize: 0 },
    color: { type: 'identity' },
    marks: [
      Plot.cell(heatmap?.cells ?? [], {
        x: 'column',
        y: 'row',
        fill: 'fill',
        inset: 0.5,
      }),
      Plot.text(heatmap?.cells ?? [], {
        x: 'column',
        y: 'row',
        text: 'label',
        fill: (cell: { fill: string }) => (isDark(cell.fill) ? '#ffffff' : theme.ink),
        fontSize: 11,
        className: 'cell-labels',
      }),
    ],
  });
}

/** Pixels for a sector name at the charts' 10 px font (about 6 px a character), within bounds. */
function labelRoom(names: readonly string[]): number {
  const longest = names.reduce((most, name) => Math.max(most, name.length), 0);
  return Math.max(90, Math.min(260, longest * 6 + 16));
}
