/**
 * What drawing a picture of the view takes: the canvas calls the network's drawing makes
 * (core/drawing), and a few of a picture's own — text with its outline, boxes, map paths, a clip.
 * Two painters implement it: one over a 2D canvas (PNG, canvasPainter.ts) and one writing SVG
 * (svgPainter.ts), so that both pictures come from one drawing.
 *
 * Pure: the canvas comes in as the methods of CanvasRenderingContext2D used here.
 */
import type { DiscPainter } from '../drawing/organizationDrawing';

export type TextAlign = 'left' | 'center' | 'right';
export type TextBaseline = 'top' | 'middle' | 'bottom';

export interface TextStyle {
  /** Font size in pixels of the picture. */
  size: number;
  weight: 400 | 500 | 700;
  colour: string;
  align: TextAlign;
  baseline: TextBaseline;
  /** A halo around the letters, so that a name stays readable over lines. */
  outline?: { colour: string; width: number };
}

export interface BoxStyle {
  fill: string;
  opacity?: number;
  stroke?: { colour: string; width: number };
  /** A dashed rim. */
  dash?: readonly number[];
  radius?: number;
}

/** A map path (SVG path data) in model units, drawn with the view's transform. */
export interface MapPathStyle {
  fill: string | null;
  stroke: string;
  /** Rim width in pixels of the picture, whatever the zoom. */
  width: number;
  evenOdd: boolean;
}

/** The family every text of a picture is set in (the app's). */
export const PICTURE_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export interface PicturePainter extends DiscPainter {
  /**
   * Where (0, 0) of what follows lies in the picture, in its pixels at 1× (the network's area
   * starts under the title): the network's drawing sets its own transforms from there.
   */
  origin(x: number, y: number): void;
  /** Width in pixels of `text` set in this size and weight. */
  measureText(text: string, size: number, weight: TextStyle['weight']): number;
  text(x: number, y: number, text: string, style: TextStyle): void;
  box(x: number, y: number, width: number, height: number, style: BoxStyle): void;
  /** A full circle's rim, in pixels of the picture. */
  ring(x: number, y: number, radius: number, colour: string, width: number): void;
  /** Map paths under the view's transform: screen = pan + zoom · model. */
  mapPath(d: string, style: MapPathStyle, zoom: number, panX: number, panY: number): void;
  /** What follows is drawn inside this rectangle (from the origin) only, until `unclip`. */
  clip(x: number, y: number, width: number, height: number): void;
  unclip(): void;
}

/** Cuts `text` to `maxWidth` with an ellipsis, as the view cuts long names. */
export function fitText(
  painter: Pick<PicturePainter, 'measureText'>,
  text: string,
  size: number,
  weight: TextStyle['weight'],
  maxWidth: number,
): string {
  if (painter.measureText(text, size, weight) <= maxWidth) return text;
  // Whole code points only, so that a name is never cut inside a character.
  const characters = Array.from(text);
  let low = 0;
  let high = characters.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    const candidate = `${characters.slice(0, middle).join('').trimEnd()}…`;
    if (painter.measureText(candidate, size, weight) <= maxWidth) low = middle;
    else high = middle - 1;
  }
  return `${characters.slice(0, low).join('').trimEnd()}…`;
}
