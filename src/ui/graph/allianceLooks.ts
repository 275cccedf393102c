/**
 * What the alliance layer of a large network draws, from the view's state: each alliance's look
 * (hidden, plain, faded, highlighted, on or off a chain of introductions), colour and width. The
 * same rules as the stylesheet gives Cytoscape's edges on small networks.
 */
import { ALLIANCE_LOOK } from '../../core/drawing/allianceDrawing';
import type { Link } from '../../core/model/types';
import type { HighlightMembers, Introductions, ShownSet } from '../../state/explore';
import type { ColourEncoding } from '../../state/exploreSlice';
import { LINK_COLOR, SCOPE_COLORS } from '../palette';
import { LINK_WIDTH } from './stylesheet';

/** Node indices of each alliance's two ends, in the order given to the nodes. */
export function allianceEnds(links: readonly Link[], nodeIndex: Map<string, number>): Uint32Array {
  const ends = new Uint32Array(links.length * 2);
  links.forEach((link, i) => {
    // An end not drawn is out of range: the drawing skips the line.
    ends[2 * i] = nodeIndex.get(link.source) ?? 0xffffffff;
    ends[2 * i + 1] = nodeIndex.get(link.target) ?? 0xffffffff;
  });
  return ends;
}

/** Line width by weight, as the stylesheet's mapData(weight, 1, heaviest, min, max). */
export function allianceWidths(links: readonly Link[]): Float32Array {
  let heaviest = 2;
  for (const link of links) heaviest = Math.max(heaviest, link.weight);
  return Float32Array.from(links, (link) => {
    const t = Math.min(Math.max((link.weight - 1) / (heaviest - 1), 0), 1);
    return LINK_WIDTH.min + t * (LINK_WIDTH.max - LINK_WIDTH.min);
  });
}

export interface AllianceLooks {
  looks: Uint8Array;
  colours: Uint8Array;
  palette: string[];
}

/** Plain grey, then the four scope colours. */
const PALETTE = [LINK_COLOR, ...Object.values(SCOPE_COLORS)];
const SCOPE_INDEX = new Map(Object.keys(SCOPE_COLORS).map((scope, i) => [scope, i + 1]));

export function allianceLooks(
  links: readonly Link[],
  view: {
    shown: ShownSet | null;
    highlighted: HighlightMembers | null;
    path: Introductions | null;
    colourBy: ColourEncoding;
  },
): AllianceLooks {
  const { shown, highlighted, colourBy } = view;
  const path = view.path && view.path.distance !== null ? view.path : null;
  const looks = new Uint8Array(links.length);
  const colours = new Uint8Array(links.length);
  links.forEach((link, i) => {
    if (colourBy === 'scope') colours[i] = SCOPE_INDEX.get(link.scope) ?? 0;
    if (shown && !shown.links.has(link.key)) {
      looks[i] = ALLIANCE_LOOK.hidden;
    } else if (path) {
      looks[i] = path.links.has(link.key) ? ALLIANCE_LOOK.onPath : ALLIANCE_LOOK.offPath;
    } else if (highlighted) {
      looks[i] = highlighted.links.has(link.key) ? ALLIANCE_LOOK.highlighted : ALLIANCE_LOOK.faded;
    } else {
      looks[i] = ALLIANCE_LOOK.plain;
    }
  });
  return { looks, colours, palette: PALETTE };
}
