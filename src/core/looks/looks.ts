/**
 * The one look function: from the dataset, the metrics and the view (what is shown, the colour
 * and size encodings, the legend pick, the chains of introductions, the selection, the theme),
 * how every organisation and alliance is drawn, as typed arrays in dataset order. Renderers only
 * apply it: Cytoscape's stylesheet for small networks, the layer worker for large ones. As in
 * sigma.js's node and edge reducers, no renderer decides anything.
 *
 * The rules, in order:
 * 1. What the scope layer, the filters or the ego network leave out is hidden.
 * 2. While a chain of introductions is asked for and found, what is on a chain stands out (named,
 *    ringed, dark lines) and everything else steps back.
 * 3. Otherwise, while a legend group is picked, or a set of organisations chosen in the Analyse
 *    area (`organizationSetMembers`), its members stand out and the rest fade.
 * 4. Otherwise everything is plain.
 * The selected organisation (and the one in a presenter's spotlight) is ringed and named unless
 * it is hidden. Faded and stepped-back
 * organisations are never named; the others are named as room and zoom allow, by tier.
 */
import type { ShownSet } from '../explore/filters';
import type { Introductions } from '../explore/introductions';
import type { Dataset } from '../model/types';
import type { AnalysisMetrics } from '../report/reportTypes';
import {
  colourGroups,
  labelTiers,
  linkWidth,
  nodeDiameter,
  prominenceOf,
  sizeValues,
  type ColourEncoding,
  type HighlightMembers,
  type SizeEncoding,
} from './encodings';
import { CUSTOM_TYPE_DASHES, groupColours, LINK_TYPE_DASHES, scopeColor } from './palette';
import { THEMES, type Theme } from './themes';

/** How an organisation is drawn. Codes are stored in a Uint8Array. */
export const ORGANIZATION_LOOK = {
  /** Left out by the layer, the filters or the ego network. */
  hidden: 0,
  plain: 1,
  /** Outside the legend group picked. */
  faded: 2,
  /** Off every chain of "who can introduce whom". */
  offPath: 3,
  /** On a chain of "who can introduce whom". */
  onPath: 4,
} as const;
export type OrganizationLook = (typeof ORGANIZATION_LOOK)[keyof typeof ORGANIZATION_LOOK];

/** How an alliance is drawn. Codes are stored in a Uint8Array. */
export const ALLIANCE_LOOK = {
  hidden: 0,
  plain: 1,
  faded: 2,
  /** Inside the legend group picked. */
  highlighted: 3,
  offPath: 4,
  onPath: 5,
} as const;
export type AllianceLook = (typeof ALLIANCE_LOOK)[keyof typeof ALLIANCE_LOOK];

/** Whether an organisation shows its name. */
export const LABEL = {
  never: 0,
  /** When the zoom reaches its tier and there is room. */
  ranked: 1,
  /** Whatever the zoom (selected, on a chain of introductions). */
  always: 2,
} as const;

export interface LookView {
  colourBy: ColourEncoding;
  sizeBy: SizeEncoding;
  /** What is on screen; null when everything is. */
  shown: ShownSet | null;
  /** A legend pick's members, or a chosen set's; null when nothing is picked. */
  highlighted: HighlightMembers | null;
  /** Chains of introductions asked for; they count once found (a distance). */
  path: Introductions | null;
  selected: string | null;
  /** The organisation a presenter found (core of what stands out): ringed and named as selected. */
  spotlight?: string | null;
  theme: Theme;
}

export interface OrganizationLooks {
  looks: Uint8Array;
  /** Index into `palette`. */
  colours: Uint8Array;
  palette: string[];
  /** 1 for a placeholder (a link end no organisations file lists): white, dashed rim. */
  placeholders: Uint8Array;
  /** Size on a 0–1 scale, and the disc diameter in model units. */
  prominence: Float32Array;
  diameters: Float32Array;
  /** LABEL code, and the tier of the name (1–3) among those named by rank. */
  labels: Uint8Array;
  tiers: Uint8Array;
  /** 1 for a dark ring: the selected organisation, those on a chain. */
  rings: Uint8Array;
}

export interface AllianceLooks {
  looks: Uint8Array;
  colours: Uint8Array;
  palette: string[];
  /** Line width in model units. */
  widths: Float32Array;
  /** Index into `dashPatterns` (0: a solid line). */
  dashes: Uint8Array;
  dashPatterns: (readonly number[])[];
}

/** Only a chain that was found changes the looks. */
function foundPath(path: Introductions | null): Introductions | null {
  return path && path.distance !== null ? path : null;
}

export function organizationLooks(
  dataset: Dataset,
  metrics: AnalysisMetrics | null,
  view: LookView,
): OrganizationLooks {
  const { organizations } = dataset;
  const n = organizations.length;
  const theme = THEMES[view.theme];
  const { groupOf, groups } = colourGroups(dataset, metrics, view.colourBy);
  const groupColour = groupColours(view.colourBy, groups, theme.groups);
  const values = sizeValues(dataset, metrics, view.sizeBy);
  let max = 0;
  for (const value of values.values()) if (value !== null && value > max) max = value;
  const path = foundPath(view.path);
  const { shown, highlighted, selected } = view;

  const looks = new Uint8Array(n);
  const colours = new Uint8Array(n);
  const palette: string[] = [];
  const paletteIndex = new Map<string, number>();
  const placeholders = new Uint8Array(n);
  const prominence = new Float32Array(n);
  const diameters = new Float32Array(n);
  const labels = new Uint8Array(n);
  const rings = new Uint8Array(n);
  const sizes = new Float64Array(n);
  organizations.forEach((organization, i) => {
    const { id } = organization;
    const value = values.get(id) ?? null;
    sizes[i] = value ?? 0;
    prominence[i] = prominenceOf(value, max);
    diameters[i] = nodeDiameter(prominence[i]!);
    placeholders[i] = organization.placeholder ? 1 : 0;
    const group = groupOf.get(id);
    const colour = (group !== undefined && groupColour.get(group)) || theme.other;
    let index = paletteIndex.get(colour);
    if (index === undefined) {
      index = palette.push(colour) - 1;
      paletteIndex.set(colour, index);
    }
    colours[i] = Math.min(index, 255);

    let look: OrganizationLook;
    if (shown && !shown.organizations.has(id)) look = ORGANIZATION_LOOK.hidden;
    else if (path) {
      look = path.organizations.has(id) ? ORGANIZATION_LOOK.onPath : ORGANIZATION_LOOK.offPath;
    } else if (highlighted && !highlighted.organizations.has(id)) look = ORGANIZATION_LOOK.faded;
    else look = ORGANIZATION_LOOK.plain;
    looks[i] = look;
    const isSelected =
      (id === selected || id === view.spotlight) && look !== ORGANIZATION_LOOK.hidden;
    rings[i] = isSelected || look === ORGANIZATION_LOOK.onPath ? 1 : 0;
    labels[i] =
      look === ORGANIZATION_LOOK.hidden ||
      look === ORGANIZATION_LOOK.faded ||
      look === ORGANIZATION_LOOK.offPath
        ? isSelected
          ? LABEL.always
          : LABEL.never
        : isSelected || look === ORGANIZATION_LOOK.onPath
          ? LABEL.always
          : LABEL.ranked;
  });
  return {
    looks,
    colours,
    palette,
    placeholders,
    prominence,
    diameters,
    labels,
    tiers: labelTiers(sizes),
    rings,
  };
}

/** Pattern index per alliance type: the standard types' own, then the others by frequency. */
function typePatterns(dataset: Dataset): {
  indexOf: Map<string, number>;
  patterns: (readonly number[])[];
} {
  const patterns: (readonly number[])[] = [[]];
  const indexOf = new Map<string, number>();
  for (const [type, dashes] of LINK_TYPE_DASHES) {
    if (dashes.length === 0) {
      indexOf.set(type, 0);
      continue;
    }
    indexOf.set(type, patterns.push(dashes) - 1);
  }
  const counts = new Map<string, number>();
  for (const link of dataset.links) {
    const type = link.type ?? '';
    if (type === '' || indexOf.has(type)) continue;
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  const custom = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const first = patterns.length;
  CUSTOM_TYPE_DASHES.forEach((dashes) => patterns.push(dashes));
  custom.forEach(([type], rank) =>
    indexOf.set(type, first + Math.min(rank, CUSTOM_TYPE_DASHES.length - 1)),
  );
  return { indexOf, patterns };
}

/** The line pattern of each alliance type present, for the legend (solid: an empty pattern). */
export function allianceTypePatterns(dataset: Dataset): Map<string, readonly number[]> {
  const { indexOf, patterns } = typePatterns(dataset);
  return new Map([...indexOf].map(([type, index]) => [type, patterns[index] ?? []]));
}

export function allianceLooks(
  dataset: Dataset,
  view: Pick<LookView, 'colourBy' | 'shown' | 'highlighted' | 'path' | 'theme'>,
): AllianceLooks {
  const { links } = dataset;
  const n = links.length;
  const theme = THEMES[view.theme];
  const path = foundPath(view.path);
  const { shown, highlighted } = view;
  const byScope = view.colourBy === 'scope';
  const palette = [theme.link];
  const paletteIndex = new Map<string, number>([[theme.link, 0]]);
  const { indexOf, patterns } = typePatterns(dataset);
  let heaviest = 1;
  for (const link of links) if (link.weight > heaviest) heaviest = link.weight;

  const looks = new Uint8Array(n);
  const colours = new Uint8Array(n);
  const widths = new Float32Array(n);
  const dashes = new Uint8Array(n);
  links.forEach((link, i) => {
    widths[i] = linkWidth(link.weight, heaviest);
    dashes[i] = indexOf.get(link.type ?? '') ?? 0;
    if (byScope) {
      const colour = scopeColor(link.scope, theme.groups) ?? theme.link;
      let index = paletteIndex.get(colour);
      if (index === undefined) {
        index = palette.push(colour) - 1;
        paletteIndex.set(colour, index);
      }
      colours[i] = index;
    }
    if (shown && !shown.links.has(link.key)) looks[i] = ALLIANCE_LOOK.hidden;
    else if (path) {
      looks[i] = path.links.has(link.key) ? ALLIANCE_LOOK.onPath : ALLIANCE_LOOK.offPath;
    } else if (highlighted) {
      looks[i] = highlighted.links.has(link.key) ? ALLIANCE_LOOK.highlighted : ALLIANCE_LOOK.faded;
    } else looks[i] = ALLIANCE_LOOK.plain;
  });
  return { looks, colours, palette, widths, dashes, dashPatterns: patterns };
}
