/**
 * The Explore filters: which organisations and alliances stay on screen. Kinds combine with AND,
 * values within one kind with OR (as in Gephi's and Kumu's filter panels). Attribute filters pick
 * organisations; link filters (layer, type, years, weight) pick alliances, and then only the
 * organisations they touch stay; the minimum degree is counted on what is left.
 */
import type { Dataset, Link, LinkScope, Organization } from '../model/types';

/** The value that stands for "none given" in a kind (an organisation without a sector …). */
export const NONE = '';

export interface YearRange {
  from: number;
  to: number;
}

export interface ExploreFilters {
  sectors: string[];
  countries: string[];
  worldRegions: string[];
  themes: string[];
  linkTypes: string[];
  /** Alliances active at some time in the range (inclusive); null = any time. */
  years: YearRange | null;
  /** Alliances of at least this weight; 0 = any. */
  minWeight: number;
  /** Organisations with at least this many partners among what is shown; 0 = any. */
  minDegree: number;
}

export const NO_FILTERS: ExploreFilters = {
  sectors: [],
  countries: [],
  worldRegions: [],
  themes: [],
  linkTypes: [],
  years: null,
  minWeight: 0,
  minDegree: 0,
};

export type ValueFilterKind = 'sectors' | 'countries' | 'worldRegions' | 'themes' | 'linkTypes';
export const VALUE_FILTER_KINDS: readonly ValueFilterKind[] = [
  'sectors',
  'countries',
  'worldRegions',
  'themes',
  'linkTypes',
];

export interface ShownSet {
  organizations: Set<string>;
  links: Set<string>;
}

/** True when no filter is set (the layer aside). */
export function hasNoFilter(filters: ExploreFilters): boolean {
  return (
    VALUE_FILTER_KINDS.every((kind) => filters[kind].length === 0) &&
    filters.years === null &&
    filters.minWeight <= 0 &&
    filters.minDegree <= 0
  );
}

/** The year a `YYYY` or `YYYY-MM-DD` value names, or null. */
export function yearOf(value: string | null): number | null {
  if (value === null) return null;
  const year = Number.parseInt(value.slice(0, 4), 10);
  return Number.isFinite(year) ? year : null;
}

/** True when the alliance was active at some time within the range (open ends reach forever). */
export function activeDuring(link: Pick<Link, 'since' | 'until'>, range: YearRange): boolean {
  const since = yearOf(link.since);
  const until = yearOf(link.until);
  return (since === null || since <= range.to) && (until === null || until >= range.from);
}

function oneOf(chosen: string[], values: (string | null)[]): boolean {
  if (chosen.length === 0) return true;
  if (values.length === 0) return chosen.includes(NONE);
  return values.some((value) => chosen.includes(value ?? NONE));
}

function organizationPasses(o: Organization, f: ExploreFilters): boolean {
  return (
    oneOf(f.sectors, [o.sector]) &&
    oneOf(f.countries, [o.country]) &&
    oneOf(f.worldRegions, [o.worldRegion]) &&
    oneOf(f.themes, o.themes)
  );
}

function linkPasses(link: Link, layer: LinkScope | 'all', f: ExploreFilters): boolean {
  return (
    (layer === 'all' || link.scope === layer) &&
    oneOf(f.linkTypes, [link.type]) &&
    (f.years === null || activeDuring(link, f.years)) &&
    link.weight >= f.minWeight
  );
}

/**
 * What stays on screen for a scope layer and filters. Organisations left without an alliance
 * stay only when no link-level constraint is set (so isolated organisations show by default).
 */
export function shownByFilters(
  dataset: Dataset,
  layer: LinkScope | 'all',
  filters: ExploreFilters,
): ShownSet {
  const kept = new Set<string>();
  for (const o of dataset.organizations) if (organizationPasses(o, filters)) kept.add(o.id);
  const linkLevel =
    layer !== 'all' ||
    filters.linkTypes.length > 0 ||
    filters.years !== null ||
    filters.minWeight > 0;
  const links: Link[] = dataset.links.filter(
    (l) => kept.has(l.source) && kept.has(l.target) && linkPasses(l, layer, filters),
  );
  let organizations = kept;
  if (linkLevel) {
    organizations = new Set<string>();
    for (const l of links) {
      organizations.add(l.source);
      organizations.add(l.target);
    }
  }
  if (filters.minDegree > 0) {
    const partners = partnerCounts(links);
    organizations = new Set(
      [...organizations].filter((id) => (partners.get(id) ?? 0) >= filters.minDegree),
    );
    return {
      organizations,
      links: new Set(
        links
          .filter((l) => organizations.has(l.source) && organizations.has(l.target))
          .map((l) => l.key),
      ),
    };
  }
  return { organizations, links: new Set(links.map((l) => l.key)) };
}

/**
 * The network on screen as a dataset of its own: the organisations and alliances the layer and
 * filters keep, in the dataset's order, everything else about them unchanged. The Analyse area
 * and `analyze --layer … --sector …` both measure this one. With no layer and no filter it is the
 * dataset itself (the same object).
 */
export function shownDataset(
  dataset: Dataset,
  layer: LinkScope | 'all',
  filters: ExploreFilters,
): Dataset {
  if (layer === 'all' && hasNoFilter(filters)) return dataset;
  const shown = shownByFilters(dataset, layer, filters);
  return {
    ...dataset,
    organizations: dataset.organizations.filter((o) => shown.organizations.has(o.id)),
    links: dataset.links.filter((l) => shown.links.has(l.key)),
  };
}

/**
 * The counts of each list of alliances already counted. A dataset's lists are never changed in
 * place (an edit makes new ones, keeping those it did not change), so a list counted once is
 * counted for good: an edit of an organisation does not count 50,000 alliances again.
 */
const countedLists = new WeakMap<readonly Link[], ReadonlyMap<string, number>>();

/** Distinct partners of each organisation over these alliances (self links do not count). */
export function partnerCounts(links: Iterable<Link>): ReadonlyMap<string, number> {
  const list = Array.isArray(links) ? (links as readonly Link[]) : null;
  const known = list && countedLists.get(list);
  if (known) return known;
  const counts = countPartners(links);
  if (list) countedLists.set(list, counts);
  return counts;
}

function countPartners(links: Iterable<Link>): Map<string, number> {
  const partners = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    let set = partners.get(a);
    if (!set) partners.set(a, (set = new Set()));
    set.add(b);
  };
  for (const l of links) {
    if (l.source === l.target) continue;
    add(l.source, l.target);
    add(l.target, l.source);
  }
  return new Map([...partners].map(([id, set]) => [id, set.size]));
}

export interface FacetValue {
  value: string;
  count: number;
}

/** What the filter panel offers: the values present, with counts, and the numeric ranges. */
export interface FilterFacets {
  sectors: FacetValue[];
  countries: FacetValue[];
  worldRegions: FacetValue[];
  themes: FacetValue[];
  linkTypes: FacetValue[];
  years: YearRange | null;
  maxWeight: number;
  maxDegree: number;
}

function counted(values: Iterable<string | null>): FacetValue[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value ?? NONE, (counts.get(value ?? NONE) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export function filterFacets(dataset: Dataset): FilterFacets {
  const real = dataset.organizations.filter((o) => !o.placeholder);
  let first = Infinity;
  let last = -Infinity;
  let maxWeight = 0;
  for (const l of dataset.links) {
    for (const year of [yearOf(l.since), yearOf(l.until)]) {
      if (year === null) continue;
      first = Math.min(first, year);
      last = Math.max(last, year);
    }
    maxWeight = Math.max(maxWeight, l.weight);
  }
  const degrees = partnerCounts(dataset.links);
  return {
    sectors: counted(real.map((o) => o.sector)),
    countries: counted(real.map((o) => o.country)),
    worldRegions: counted(real.map((o) => o.worldRegion)),
    themes: counted(real.flatMap((o) => (o.themes.length > 0 ? o.themes : [null]))),
    linkTypes: counted(dataset.links.map((l) => l.type)),
    years: Number.isFinite(first) ? { from: first, to: last } : null,
    maxWeight,
    maxDegree: Math.max(0, ...degrees.values()),
  };
}
