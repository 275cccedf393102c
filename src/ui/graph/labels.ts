/**
 * Which organisations are named at which zoom. Names of all 200 organisations at once would be
 * unreadable: the hubs are named at the fitted zoom and the others as one zooms in (the way a map
 * names capitals first), and a name that would overlap one already placed waits for more room.
 * Tiers come from the looks (core/looks).
 */
import type { LabelTier } from '../../core/looks/encodings';
import { THEMES } from '../../core/looks/themes';

/** Emitted on the Cytoscape instance when the looks change: names are chosen again. */
export const SIZES_CHANGED = 'atlas:sizes-changed';

/** Zoom, relative to the zoom that fits the whole network, from which a tier is named. */
export const TIER_FROM_ZOOM: Record<LabelTier, number> = { 1: 0, 2: 1.3, 3: 2 };

/** Longer names end in an ellipsis on a screen; pointing at one shows it whole. */
export const LABEL_MAX_WIDTH_PX = THEMES.default.names.maxWidth;

/** Size on screen of each tier's names, whatever the zoom (set again when the view settles). */
export const TIER_LABEL_PX: Record<LabelTier, number> = { 1: 13, 2: 12, 3: 11 };

/** The highest tier named at `zoom`, given the zoom that fits the network. */
export function namedTier(zoom: number, fitZoom: number): LabelTier {
  const relative = zoom / fitZoom;
  if (relative >= TIER_FROM_ZOOM[3]) return 3;
  if (relative >= TIER_FROM_ZOOM[2]) return 2;
  return 1;
}

/**
 * A whole name set on lines at most `maxWidth` wide, broken at spaces the way Cytoscape's
 * `text-wrap: wrap` breaks them (a word longer than a line keeps a line of its own, uncut).
 */
export function wrapName(
  name: string,
  maxWidth: number,
  widthOf: (text: string) => number,
): string[] {
  const lines: string[] = [];
  for (const paragraph of name.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const longer = line === '' ? word : `${line} ${word}`;
      if (line !== '' && widthOf(longer) > maxWidth) {
        lines.push(line);
        line = word;
      } else {
        line = longer;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** A rectangle on screen, in rendered pixels. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where a name may go around its disc, in order of preference (as cartographers place them). */
export const LABEL_SPOTS = ['below', 'right', 'above', 'left'] as const;
export type LabelSpot = (typeof LABEL_SPOTS)[number];

/** An organisation that may be named: where its disc is and where its name could go. */
export interface LabelCandidate {
  id: string;
  disc: Rect;
  /** One rectangle per spot of LABEL_SPOTS, in the same order. */
  spots: Rect[];
}

/** Room kept between two names, in pixels. */
const GAP = 3;

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.left < b.right + GAP &&
    b.left < a.right + GAP &&
    a.top < b.bottom + GAP &&
    b.top < a.bottom + GAP
  );
}

function inside(rect: Rect, view: Rect): boolean {
  return (
    rect.left >= view.left &&
    rect.right <= view.right &&
    rect.top >= view.top &&
    rect.bottom <= view.bottom
  );
}

/**
 * Greedy placement: candidates come most important first; each is named at the first spot where
 * its name covers no name or disc already named and lies wholly inside `view` (a name cut at the
 * edge of the drawing is no name), unless its disc lies under a name already placed. Returns the
 * spot of each organisation named. Grid buckets keep it close to linear.
 */
export function placeLabels(
  candidates: Iterable<LabelCandidate>,
  view: Rect = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity },
  cell = 64,
): Map<string, LabelSpot> {
  const kept = new Map<string, LabelSpot>();
  const grid = new Map<string, { rect: Rect; isLabel: boolean }[]>();
  const cellsOf = (rect: Rect) => {
    const keys: string[] = [];
    for (let x = Math.floor(rect.left / cell); x <= Math.floor(rect.right / cell); x += 1) {
      for (let y = Math.floor(rect.top / cell); y <= Math.floor(rect.bottom / cell); y += 1) {
        keys.push(`${x}:${y}`);
      }
    }
    return keys;
  };
  const hits = (rect: Rect, labelsOnly: boolean) =>
    cellsOf(rect).some((key) =>
      (grid.get(key) ?? []).some(
        (other) => (other.isLabel || !labelsOnly) && overlaps(rect, other.rect),
      ),
    );
  const insert = (rect: Rect, isLabel: boolean) => {
    for (const key of cellsOf(rect)) {
      const list = grid.get(key);
      if (list) list.push({ rect, isLabel });
      else grid.set(key, [{ rect, isLabel }]);
    }
  };
  for (const candidate of candidates) {
    if (hits(candidate.disc, true)) continue;
    const index = candidate.spots.findIndex((rect) => inside(rect, view) && !hits(rect, false));
    const spot = LABEL_SPOTS[index];
    const rect = candidate.spots[index];
    if (spot === undefined || rect === undefined) continue;
    kept.set(candidate.id, spot);
    insert(rect, true);
    insert(candidate.disc, false);
  }
  return kept;
}
