import { ALLIANCE_LOOK, type AllianceLook } from '../looks/looks';
import { THEMES, type LineStyle, type Theme, type ThemeStyle } from '../looks/themes';

/**
 * Draws the alliances of a large network as straight lines on a 2D canvas, in as few strokes as
 * possible: one path per look, colour and width. Cytoscape draws each edge as its own element
 * (seconds per redraw at 25,000 in software drawing); here the lines of one kind are a single
 * path, so the cost is the raster, and the raster can run in a worker on an OffscreenCanvas.
 *
 * Pure: the canvas comes in as the few methods of CanvasRenderingContext2D this needs.
 */

/** The style key of each drawn look, by code. */
const STYLE_OF: Record<Exclude<AllianceLook, 0>, keyof ThemeStyle['alliances']> = {
  [ALLIANCE_LOOK.plain]: 'plain',
  [ALLIANCE_LOOK.faded]: 'faded',
  [ALLIANCE_LOOK.highlighted]: 'highlighted',
  [ALLIANCE_LOOK.offPath]: 'offPath',
  [ALLIANCE_LOOK.onPath]: 'onPath',
};

/** How an alliance of this look is drawn in this theme. */
export function allianceStyle(theme: Theme, look: Exclude<AllianceLook, 0>): LineStyle {
  return THEMES[theme].alliances[STYLE_OF[look]];
}

/** Back to front: what stands out is drawn last, over the rest. */
const DRAWING_ORDER: readonly Exclude<AllianceLook, 0>[] = [
  ALLIANCE_LOOK.offPath,
  ALLIANCE_LOOK.faded,
  ALLIANCE_LOOK.plain,
  ALLIANCE_LOOK.highlighted,
  ALLIANCE_LOOK.onPath,
];

/** Widths are drawn to the nearest quarter of a model unit, so that few strokes are needed. */
const WIDTH_STEP = 0.25;
/** Dash patterns told apart in a drawing (alliance types beyond share the last). */
const DASH_KEYS = 64;
/** Thinner than this on screen, a line vanishes into the anti-aliasing. */
const THINNEST_PX = 0.5;

export interface AllianceScene {
  /** Node indices, two per alliance: [source0, target0, source1, target1, …]. */
  ends: Uint32Array;
  /** Line width of each alliance, in model units (the drawing scales with the zoom). */
  widths: Float32Array;
  /** Node positions in model units: [x0, y0, x1, y1, …]. */
  positions: Float32Array;
  /** ALLIANCE_LOOK code of each alliance. */
  looks: Uint8Array;
  /** Index into `palette` of each alliance's colour. */
  colours: Uint8Array;
  palette: readonly string[];
  theme: Theme;
  /**
   * Lines as Cytoscape draws a small network's (a picture of such a view): each alliance type's
   * dash pattern, and the opacity of a plain line. Without it, plain lines as the layer draws them.
   */
  elementLines?: ElementLines;
}

export interface ElementLines {
  /** Index into `patterns` of each alliance (0: a solid line). */
  dashes: Uint8Array;
  patterns: readonly (readonly number[])[];
  plainOpacity: number;
}

/** Cytoscape's viewport rule: screen = pan + zoom · model. Sizes in CSS pixels. */
export interface AllianceViewport {
  panX: number;
  panY: number;
  zoom: number;
  width: number;
  height: number;
}

/** The part of CanvasRenderingContext2D (and its OffscreenCanvas twin) the drawing uses. */
export interface LinePainter {
  globalAlpha: number;
  strokeStyle: unknown;
  lineWidth: number;
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  clearRect(x: number, y: number, width: number, height: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
  /** Only drawings of element lines (a small network's picture) use dashes. */
  setLineDash?(segments: number[]): void;
}

export function checkScene(scene: AllianceScene): void {
  const count = scene.looks.length;
  if (scene.ends.length !== 2 * count || scene.widths.length !== count) {
    throw new Error(
      `drawAlliances: ${count} looks for ${scene.ends.length / 2} alliances and ${scene.widths.length} widths`,
    );
  }
  if (scene.colours.length !== count) {
    throw new Error(`drawAlliances: ${scene.colours.length} colours for ${count} alliances`);
  }
  if (scene.elementLines && scene.elementLines.dashes.length !== count) {
    throw new Error(
      `drawAlliances: ${scene.elementLines.dashes.length} dash patterns for ${count} alliances`,
    );
  }
}

/**
 * Clears the canvas and draws every alliance not hidden, lines wholly on one side outside the
 * view skipped. Returns how many alliances are shown (drawn or out of view), the number the
 * status bar counts.
 */
export function drawAlliances(
  painter: LinePainter,
  scene: AllianceScene,
  viewport: AllianceViewport,
): number {
  checkScene(scene);
  const { ends, widths, positions, looks, colours, palette, elementLines } = scene;
  const { panX, panY, zoom, width, height } = viewport;
  painter.setTransform(1, 0, 0, 1, 0, 0);
  painter.clearRect(0, 0, width, height);
  if (!(zoom > 0)) return 0;

  // The view in model units, with a margin for line widths.
  const margin = 4 / zoom;
  const left = -panX / zoom - margin;
  const top = -panY / zoom - margin;
  const right = (width - panX) / zoom + margin;
  const bottom = (height - panY) / zoom + margin;
  const nodeCount = positions.length / 2;

  // Alliances grouped by stroke: look, colour, width step and dash pattern.
  const strokes = new Map<number, number[]>();
  let shown = 0;
  for (let i = 0; i < looks.length; i++) {
    const look = looks[i] as AllianceLook;
    if (look === ALLIANCE_LOOK.hidden) continue;
    shown++;
    const a = ends[2 * i] as number;
    const b = ends[2 * i + 1] as number;
    if (a >= nodeCount || b >= nodeCount) continue;
    const ax = positions[2 * a] as number;
    const ay = positions[2 * a + 1] as number;
    const bx = positions[2 * b] as number;
    const by = positions[2 * b + 1] as number;
    if (
      (ax < left && bx < left) ||
      (ax > right && bx > right) ||
      (ay < top && by < top) ||
      (ay > bottom && by > bottom)
    ) {
      continue;
    }
    const step = Math.max(1, Math.round((widths[i] as number) / WIDTH_STEP));
    const dash = Math.min(elementLines?.dashes[i] ?? 0, DASH_KEYS - 1);
    const key =
      ((look * 256 + (colours[i] as number)) * 4096 + Math.min(step, 4095)) * DASH_KEYS + dash;
    let members = strokes.get(key);
    if (!members) strokes.set(key, (members = []));
    members.push(i);
  }

  painter.setTransform(zoom, 0, 0, zoom, panX, panY);
  const lookOf = (key: number) =>
    Math.floor(key / (256 * 4096 * DASH_KEYS)) as Exclude<AllianceLook, 0>;
  const keys = [...strokes.keys()].sort(
    (x, y) => DRAWING_ORDER.indexOf(lookOf(x)) - DRAWING_ORDER.indexOf(lookOf(y)) || x - y,
  );
  for (const key of keys) {
    const look = lookOf(key);
    const colour = Math.floor(key / (4096 * DASH_KEYS)) % 256;
    const step = Math.floor(key / DASH_KEYS) % 4096;
    const dash = key % DASH_KEYS;
    const style = allianceStyle(scene.theme, look);
    painter.globalAlpha =
      elementLines && look === ALLIANCE_LOOK.plain ? elementLines.plainOpacity : style.opacity;
    if (elementLines) painter.setLineDash?.([...(elementLines.patterns[dash] ?? [])]);
    painter.strokeStyle = style.colour ?? palette[colour] ?? THEMES[scene.theme].link;
    painter.lineWidth = Math.max(style.width ?? step * WIDTH_STEP, THINNEST_PX / zoom);
    painter.beginPath();
    for (const i of strokes.get(key) ?? []) {
      const a = ends[2 * i] as number;
      const b = ends[2 * i + 1] as number;
      painter.moveTo(positions[2 * a] as number, positions[2 * a + 1] as number);
      painter.lineTo(positions[2 * b] as number, positions[2 * b + 1] as number);
    }
    painter.stroke();
  }
  if (elementLines) painter.setLineDash?.([]);
  painter.globalAlpha = 1;
  return shown;
}
