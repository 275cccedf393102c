/**
 * The encodings a reader picks (colour by a grouping, size by a measure) and the values behind
 * them: each organisation's group, its size value, its disc diameter and the tier of its name.
 */
import { partnerCounts } from '../explore/filters';
import type { Dataset, Organization } from '../model/types';
import { ownValue } from '../records';
import { ORGANIZATION_MEASURES, type OrganizationMeasure } from '../metrics/registry';
import type { AnalysisMetrics } from '../report/reportTypes';

/** What colours the organisations (and, for scope, the alliances too). */
export const COLOUR_ENCODINGS = [
  'sector',
  'community',
  'scope',
  'country',
  'worldRegion',
  'theme',
] as const;
export type ColourEncoding = (typeof COLOUR_ENCODINGS)[number];

/**
 * What sizes the organisations: any per-organisation measure of the metric descriptors, the
 * number of partners (degree) first.
 */
export type SizeEncoding = OrganizationMeasure;
export const SIZE_ENCODINGS: readonly SizeEncoding[] = ORGANIZATION_MEASURES;

/** A group picked in a legend: its members stand out, the rest fade. */
export interface Highlight {
  /** The encoding the legend keys: a colour encoding, or the link type (line style). */
  encoding: ColourEncoding | 'linkType';
  value: string;
}

export interface ColourGroups {
  /** Organisation id → group value ('' for none). */
  groupOf: Map<string, string>;
  /** Groups, largest first. */
  groups: { value: string; count: number }[];
}

function groupValue(
  encoding: ColourEncoding,
  organization: Organization,
  metrics: AnalysisMetrics | null,
): string {
  switch (encoding) {
    case 'sector':
      return organization.sector ?? '';
    case 'community': {
      const community = ownValue(metrics?.organizations?.community, organization.id);
      return community === null || community === undefined ? '' : String(community);
    }
    case 'scope':
      return organization.scope ?? '';
    case 'country':
      return organization.country ?? '';
    case 'worldRegion':
      return organization.worldRegion ?? '';
    case 'theme':
      // An organisation with several themes is coloured by the first it lists.
      return organization.themes[0] ?? '';
  }
}

/** The groups last worked out, with what they were of (the looks and the legend ask for the same). */
let lastGroups: {
  dataset: Dataset;
  metrics: AnalysisMetrics | null;
  encoding: ColourEncoding;
  groups: ColourGroups;
} | null = null;

/** Each organisation's group for a colour encoding (placeholders have none), groups largest first. */
export function colourGroups(
  dataset: Dataset,
  metrics: AnalysisMetrics | null,
  encoding: ColourEncoding,
): ColourGroups {
  const last = lastGroups;
  if (last && last.dataset === dataset && last.metrics === metrics && last.encoding === encoding) {
    return last.groups;
  }
  const groups = groupsOf(dataset, metrics, encoding);
  lastGroups = { dataset, metrics, encoding, groups };
  return groups;
}

function groupsOf(
  dataset: Dataset,
  metrics: AnalysisMetrics | null,
  encoding: ColourEncoding,
): ColourGroups {
  const groupOf = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const o of dataset.organizations) {
    if (o.placeholder) continue;
    const value = groupValue(encoding, o, metrics);
    groupOf.set(o.id, value);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const groups = [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return { groupOf, groups };
}

/** The value each organisation is sized by; null where the metric is undefined or not computed. */
export function sizeValues(
  dataset: Dataset,
  metrics: AnalysisMetrics | null,
  encoding: SizeEncoding,
): Map<string, number | null> {
  if (encoding === 'degree') {
    const degrees = partnerCounts(dataset.links);
    return new Map(dataset.organizations.map((o) => [o.id, degrees.get(o.id) ?? 0]));
  }
  const values = metrics?.organizations?.[encoding];
  return new Map(dataset.organizations.map((o) => [o.id, ownValue(values, o.id) ?? null]));
}

/** What a legend pick makes stand out; everything else steps back. */
export interface HighlightMembers {
  organizations: Set<string>;
  links: Set<string>;
}

/**
 * The organisations and alliances that stand out for a legend pick: an alliance type picks its
 * alliances and their ends; a scope picks its alliances, its organisations and the alliances
 * among them; any other group picks its organisations and the alliances among them.
 */
export function highlightMembers(
  dataset: Dataset,
  groupOf: Map<string, string>,
  highlight: Highlight | null,
): HighlightMembers | null {
  if (!highlight) return null;
  const organizations = new Set<string>();
  const links = new Set<string>();
  if (highlight.encoding === 'linkType') {
    for (const link of dataset.links) {
      if ((link.type ?? '') !== highlight.value) continue;
      links.add(link.key);
      organizations.add(link.source);
      organizations.add(link.target);
    }
    return { organizations, links };
  }
  for (const o of dataset.organizations) {
    if ((groupOf.get(o.id) ?? '') === highlight.value) organizations.add(o.id);
  }
  for (const link of dataset.links) {
    const among = organizations.has(link.source) && organizations.has(link.target);
    const ofScope = highlight.encoding === 'scope' && link.scope === highlight.value;
    if (among || ofScope) links.add(link.key);
  }
  return { organizations, links };
}

/**
 * What a chosen set of organisations makes stand out, as a legend group would: those of them in
 * the network, and the alliances with both ends among them.
 */
export function organizationSetMembers(
  dataset: Dataset,
  ids: readonly string[] | null,
): HighlightMembers | null {
  if (!ids) return null;
  const chosen = new Set(ids);
  const organizations = new Set<string>();
  for (const o of dataset.organizations) if (chosen.has(o.id)) organizations.add(o.id);
  const links = new Set<string>();
  for (const link of dataset.links) {
    if (organizations.has(link.source) && organizations.has(link.target)) links.add(link.key);
  }
  return { organizations, links };
}

/** Disc diameters in model units (the layouts space organisations for these sizes). */
export const NODE_SIZE = { min: 12, max: 58 } as const;

/**
 * A disc's size on a 0–1 scale: the square root of its value over the largest, so that its area
 * (what the eye compares) grows with the value and a few hubs do not dwarf everyone else.
 */
export function prominenceOf(value: number | null, max: number): number {
  if (value === null || !(value > 0) || !(max > 0)) return 0;
  return Math.sqrt(Math.min(value, max) / max);
}

/** The diameter of a disc of that prominence. */
export function nodeDiameter(prominence: number): number {
  return NODE_SIZE.min + Math.min(Math.max(prominence, 0), 1) * (NODE_SIZE.max - NODE_SIZE.min);
}

/** Alliance line widths in model units, from the lightest weight to the heaviest. */
export const LINK_WIDTH = { min: 0.7, max: 3 } as const;

/** Line width by weight: the lightest alliance (weight 1) thinnest, the heaviest widest. */
export function linkWidth(weight: number, heaviest: number): number {
  const top = Math.max(2, heaviest);
  const t = Math.min(Math.max((weight - 1) / (top - 1), 0), 1);
  return LINK_WIDTH.min + t * (LINK_WIDTH.max - LINK_WIDTH.min);
}

/**
 * Which organisations are named at which zoom, by the rank of their size (larger first; the
 * file's order breaks ties, so tiers never flicker): the few largest are tier 1, named at the
 * zoom that fits the network, the next 30 % tier 2, the rest tier 3, named as one zooms in —
 * the way a map names capitals first.
 */
export type LabelTier = 1 | 2 | 3;

export function labelTiers(sizes: ArrayLike<number>): Uint8Array {
  const n = sizes.length;
  const first = Math.min(30, Math.max(8, Math.round(n * 0.07)));
  const second = Math.max(first, Math.round(n * 0.3));
  const ranked = Array.from({ length: n }, (_, index) => ({ size: sizes[index] ?? 0, index }));
  ranked.sort((a, b) => b.size - a.size || a.index - b.index);
  const tiers = new Uint8Array(n).fill(3);
  ranked.forEach(({ index }, rank) => {
    tiers[index] = rank < first ? 1 : rank < second ? 2 : 3;
  });
  return tiers;
}
