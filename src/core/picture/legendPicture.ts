/**
 * The legend of a picture: the colour groups with their counts, the placeholder style, what the
 * size and width of things say, and the alliance types with their line patterns — the app's
 * legend (ui/Legend.tsx), drawn in a box over the right of the network.
 */
import { THEMES, type Theme } from '../looks/themes';
import { fitText, type PicturePainter } from './painter';

export interface LegendKey {
  colour: string;
  name: string;
  /** How many of it are shown; null when the legend gives no count (placeholders). */
  count: number | null;
  placeholder: boolean;
}

export interface LegendLineKey {
  name: string;
  count: number;
  /** The type's line pattern; drawn only when the picture's lines are dashed. */
  dashes: readonly number[];
}

/** Every text of the legend comes translated from the page. */
export interface PictureLegend {
  title: string;
  keys: LegendKey[];
  /** One line each: what disc size and line width encode, notes. */
  encodings: string[];
  lineTitle: string | null;
  lines: LegendLineKey[];
  dashed: boolean;
}

const PADDING = 12;
const MAX_WIDTH = 300;
const TITLE_PX = 14;
const TEXT_PX = 12;
const ROW = 20;
const SWATCH = 12;
const SAMPLE = 26;
const GAP = 8;

interface Row {
  kind: 'title' | 'key' | 'encoding' | 'lineTitle' | 'line';
  index: number;
}

function rowsOf(legend: PictureLegend): Row[] {
  return [
    { kind: 'title', index: 0 },
    ...legend.keys.map((_, index) => ({ kind: 'key' as const, index })),
    ...legend.encodings.map((_, index) => ({ kind: 'encoding' as const, index })),
    ...(legend.lineTitle !== null && legend.lines.length > 0
      ? [{ kind: 'lineTitle' as const, index: 0 }]
      : []),
    ...legend.lines.map((_, index) => ({ kind: 'line' as const, index })),
  ];
}

/** The width that holds the widest line (within a limit; longer names are cut) and the height. */
export function legendSize(
  legend: PictureLegend,
  painter: Pick<PicturePainter, 'measureText'>,
): { width: number; height: number } {
  const measure = (text: string, size: number, weight: 400 | 700) =>
    painter.measureText(text, size, weight);
  const widths = [
    measure(legend.title, TITLE_PX, 700),
    ...legend.keys.map(
      (k) => SWATCH + GAP + measure(k.name, TEXT_PX, 400) + countWidth(painter, k.count),
    ),
    ...legend.encodings.map((e) => measure(e, TEXT_PX, 400)),
    legend.lineTitle === null ? 0 : measure(legend.lineTitle, TEXT_PX, 700),
    ...legend.lines.map(
      (l) => SAMPLE + GAP + measure(l.name, TEXT_PX, 400) + countWidth(painter, l.count),
    ),
  ];
  const width = Math.ceil(Math.min(MAX_WIDTH, Math.max(...widths) + 2 * PADDING));
  return { width, height: rowsOf(legend).length * ROW + 2 * PADDING };
}

function countWidth(painter: Pick<PicturePainter, 'measureText'>, count: number | null): number {
  return count === null ? 0 : GAP + painter.measureText(String(count), TEXT_PX, 400);
}

export function drawLegend(
  painter: PicturePainter,
  legend: PictureLegend,
  box: { x: number; y: number; width: number; height: number },
  themeName: Theme,
): void {
  const theme = THEMES[themeName];
  const ink = theme.text.colour;
  painter.box(box.x, box.y, box.width, box.height, {
    fill: theme.background,
    opacity: 0.94,
    stroke: { colour: theme.rim.colour === '#ffffff' ? '#d9e2ec' : ink, width: 1 },
    radius: 6,
  });
  const left = box.x + PADDING;
  const right = box.x + box.width - PADDING;
  const inner = right - left;
  const text = (x: number, y: number, value: string, weight: 400 | 700, size = TEXT_PX) =>
    painter.text(x, y, value, { size, weight, colour: ink, align: 'left', baseline: 'middle' });
  const count = (y: number, value: number | null) => {
    if (value === null) return;
    painter.text(right, y, String(value), {
      size: TEXT_PX,
      weight: 400,
      colour: ink,
      align: 'right',
      baseline: 'middle',
    });
  };

  rowsOf(legend).forEach((row, r) => {
    const y = box.y + PADDING + r * ROW + ROW / 2;
    switch (row.kind) {
      case 'title':
        text(left, y, fitText(painter, legend.title, TITLE_PX, 700, inner), 700, TITLE_PX);
        break;
      case 'key': {
        const key = legend.keys[row.index]!;
        painter.box(left, y - SWATCH / 2, SWATCH, SWATCH, {
          fill: key.placeholder ? theme.placeholder.fill : key.colour,
          radius: SWATCH / 2,
          ...(key.placeholder
            ? { stroke: { colour: key.colour, width: 1.5 }, dash: theme.placeholder.dash }
            : {}),
        });
        const room = inner - SWATCH - GAP - countWidth(painter, key.count);
        text(left + SWATCH + GAP, y, fitText(painter, key.name, TEXT_PX, 400, room), 400);
        count(y, key.count);
        break;
      }
      case 'encoding':
        text(left, y, fitText(painter, legend.encodings[row.index]!, TEXT_PX, 400, inner), 400);
        break;
      case 'lineTitle':
        text(left, y, fitText(painter, legend.lineTitle ?? '', TEXT_PX, 700, inner), 700);
        break;
      case 'line': {
        const line = legend.lines[row.index]!;
        painter.setTransform(1, 0, 0, 1, 0, 0);
        painter.globalAlpha = 1;
        painter.strokeStyle = ink;
        painter.lineWidth = 2;
        painter.setLineDash(legend.dashed ? [...line.dashes] : []);
        painter.beginPath();
        painter.moveTo(left, y);
        painter.lineTo(left + SAMPLE, y);
        painter.stroke();
        painter.setLineDash([]);
        const room = inner - SAMPLE - GAP - countWidth(painter, line.count);
        text(left + SAMPLE + GAP, y, fitText(painter, line.name, TEXT_PX, 400, room), 400);
        count(y, line.count);
        break;
      }
    }
  });
}
