/**
 * What the layer of a large network draws, from the view's state: each alliance's look (hidden,
 * plain, faded, highlighted, on or off a chain of introductions), colour and width, and each
 * organisation's look, colour and diameter. The same rules as the stylesheet gives Cytoscape's
 * elements on small networks.
 */
import type { Link, Organization } from '../../core/model/types';
import type { HighlightMembers, Introductions, ShownSet } from '../../state/explore';
import type { ColourEncoding } from '../../state/exploreSlice';
import {
  ALLIANCE_LOOK,
  ORGANIZATION_LOOK,
  type OrganizationLooks,
} from '../../state/networkLayerClient';
import { LINK_COLOR, SCOPE_COLORS } from '../palette';
import type { OrganizationEncodings } from './encodings';
import { LINK_WIDTH, nodeDiameter } from './stylesheet';

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

/** What hides, fades or picks out alliances and organisations. */
export interface LayerView {
  shown: ShownSet | null;
  highlighted: HighlightMembers | null;
  path: Introductions | null;
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
  view: LayerView & { colourBy: ColourEncoding },
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

export function organizationLooks(
  organizations: readonly Organization[],
  view: LayerView,
  encodings: Pick<OrganizationEncodings, 'colourOf' | 'prominenceOf'>,
): OrganizationLooks {
  const { shown, highlighted } = view;
  const path = view.path && view.path.distance !== null ? view.path : null;
  const count = organizations.length;
  const looks = new Uint8Array(count);
  const colours = new Uint8Array(count);
  const placeholders = new Uint8Array(count);
  const diameters = new Float32Array(count);
  const palette: string[] = [];
  const paletteIndex = new Map<string, number>();
  organizations.forEach((organization, i) => {
    const { id } = organization;
    diameters[i] = nodeDiameter(encodings.prominenceOf(id));
    placeholders[i] = organization.placeholder ? 1 : 0;
    const colour = encodings.colourOf(id);
    let index = paletteIndex.get(colour);
    if (index === undefined) {
      index = palette.push(colour) - 1;
      paletteIndex.set(colour, index);
    }
    colours[i] = Math.min(index, 255);
    if (shown && !shown.organizations.has(id)) looks[i] = ORGANIZATION_LOOK.hidden;
    else if (path) {
      looks[i] = path.organizations.has(id) ? ORGANIZATION_LOOK.onPath : ORGANIZATION_LOOK.offPath;
    } else if (highlighted && !highlighted.organizations.has(id)) {
      looks[i] = ORGANIZATION_LOOK.faded;
    } else looks[i] = ORGANIZATION_LOOK.plain;
  });
  return { diameters, looks, colours, placeholders, palette };
}
