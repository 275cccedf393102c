/**
 * What the Explore area derives from the store: the organisations and alliances on screen (layer,
 * filters, ego network), the introductions between two organisations, and the values behind each
 * encoding. Each is remembered for its last inputs, so every component asking gets the same
 * object and nothing is recomputed while only the camera moves.
 */
import { egoNetwork } from '../core/explore/egoNetwork';
import {
  filterFacets as facetsOf,
  hasNoFilter,
  partnerCounts,
  shownByFilters,
  type FilterFacets,
  type ShownSet,
} from '../core/explore/filters';
import { introductions, type Introductions } from '../core/explore/introductions';
import type { Dataset } from '../core/model/types';
import { ownValue } from '../core/records';
import type { AnalysisMetrics } from '../core/report/reportTypes';
import type { ColourEncoding, Highlight, SizeEncoding } from './exploreSlice';
import type { AtlasState } from './store';

export type { FilterFacets, ShownSet, Introductions };
export {
  NONE,
  VALUE_FILTER_KINDS,
  type ExploreFilters,
  type ValueFilterKind,
} from '../core/explore/filters';

/** Remembers the result for the last arguments (compared one by one with ===). */
function lastOf<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) {
      return last.result;
    }
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}

const filtered = lastOf(shownByFilters);

const shownWithEgo = lastOf(
  (
    dataset: Dataset,
    base: ShownSet | null,
    center: string | null,
    steps: 0 | 1 | 2,
  ): ShownSet | null => {
    if (steps === 0 || center === null) return base;
    const links = base ? dataset.links.filter((l) => base.links.has(l.key)) : dataset.links;
    const ego = egoNetwork(links, center, steps);
    return ego;
  },
);

/** What is on screen, or null when everything is. */
export function shownSet(state: AtlasState): ShownSet | null {
  const { dataset, scopeLayer, filters, selectedOrganization, egoSteps } = state;
  if (!dataset) return null;
  const base =
    scopeLayer === 'all' && hasNoFilter(filters) ? null : filtered(dataset, scopeLayer, filters);
  return shownWithEgo(dataset, base, selectedOrganization, egoSteps);
}

const introductionsAmong = lastOf(
  (dataset: Dataset, shown: ShownSet | null, from: string, to: string): Introductions =>
    introductions(
      shown ? dataset.links.filter((l) => shown.links.has(l.key)) : dataset.links,
      from,
      to,
    ),
);

/** Every shortest chain from the selected organisation to the path target, among what is shown. */
export function currentIntroductions(state: AtlasState): Introductions | null {
  const { dataset, selectedOrganization, pathTarget } = state;
  if (!dataset || selectedOrganization === null || pathTarget === null) return null;
  return introductionsAmong(dataset, shownSet(state), selectedOrganization, pathTarget);
}

export const filterFacets = lastOf(facetsOf);

/** Distinct partners of each organisation in the whole network (its degree). */
export const partnerCountsOf = lastOf((dataset: Dataset) => partnerCounts(dataset.links));

export interface ColourGroups {
  /** Organisation id → group value ('' for none). */
  groupOf: Map<string, string>;
  /** Groups, largest first. */
  groups: { value: string; count: number }[];
}

function groupValue(
  encoding: ColourEncoding,
  organization: Dataset['organizations'][number],
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

export const colourGroups = lastOf(
  (dataset: Dataset, metrics: AnalysisMetrics | null, encoding: ColourEncoding): ColourGroups => {
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
  },
);

/** The value each organisation is sized by; null where the metric is undefined or not computed. */
export const sizeValues = lastOf(
  (
    dataset: Dataset,
    metrics: AnalysisMetrics | null,
    encoding: SizeEncoding,
  ): Map<string, number | null> => {
    if (encoding === 'degree') {
      const degrees = partnerCounts(dataset.links);
      return new Map(dataset.organizations.map((o) => [o.id, degrees.get(o.id) ?? 0]));
    }
    const values = metrics?.organizations?.[encoding];
    return new Map(dataset.organizations.map((o) => [o.id, ownValue(values, o.id) ?? null]));
  },
);

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
export const highlightMembers = lastOf(
  (
    dataset: Dataset,
    groupOf: Map<string, string>,
    highlight: Highlight | null,
  ): HighlightMembers | null => {
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
  },
);
