/**
 * What the Explore area derives from the store: the organisations and alliances on screen (layer,
 * filters, ego network), the introductions between two organisations, and the values behind each
 * encoding. Each is remembered for its last inputs, so every component asking gets the same
 * object and nothing is recomputed while only the camera moves.
 */
import { egoNetwork } from '../../core/explore/egoNetwork';
import {
  filterFacets as facetsOf,
  hasNoFilter,
  partnerCounts,
  shownByFilters,
  shownDataset,
  type ExploreFilters,
  type ShownSet,
} from '../../core/explore/filters';
import { introductions, type Introductions } from '../../core/explore/introductions';
import {
  colourGroups as groupsOf,
  highlightMembers,
  organizationSetMembers,
  sizeValues as valuesOf,
  type ColourEncoding,
  type HighlightMembers,
  type SizeEncoding,
} from '../../core/looks/encodings';
import {
  allianceLooks,
  allianceTypePatterns,
  organizationLooks,
  type AllianceLooks,
  type OrganizationLooks,
} from '../../core/looks/looks';
import { groupColours } from '../../core/looks/palette';
import { THEMES, type Theme } from '../../core/looks/themes';
import type { Dataset } from '../../core/model/types';
import type { AnalysisMetrics } from '../../core/report/reportTypes';
import type { AtlasState } from '../store';
import { lastOf } from './lastOf';

const filtered = lastOf(shownByFilters);

const shownAsDataset = lastOf(shownDataset);
const withoutYears = lastOf((filters: ExploreFilters): ExploreFilters =>
  filters.years === null ? filters : { ...filters, years: null },
);

/**
 * The network the layer and filters keep, as a dataset: what the Analyse area measures (and
 * `analyze` with the same `--layer`, `--sector` … options). The whole dataset when nothing is
 * set; the same object while the layer and filters stay the same.
 */
export function analysedDatasetOf(state: AtlasState): Dataset | null {
  const { dataset, scopeLayer, filters } = state;
  return dataset && shownAsDataset(dataset, scopeLayer, filters);
}

/**
 * What the periods of "Over time" are compared on: the layer and filters but the years (the two
 * periods are the years), as `compare` with the same options.
 */
export function comparedDatasetOf(state: AtlasState): Dataset | null {
  const { dataset, scopeLayer, filters } = state;
  return dataset && shownAsDataset(dataset, scopeLayer, withoutYears(filters));
}

/** True when the layer or a filter narrows the network (what Analyse measures is a part). */
export function isNarrowed(state: AtlasState): boolean {
  return state.scopeLayer !== 'all' || !hasNoFilter(state.filters);
}

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

/** Each organisation's position in the dataset (the index of its looks and positions). */
export const organizationIndex = lastOf(
  (dataset: Dataset): Map<string, number> =>
    new Map(dataset.organizations.map((o, i) => [o.id, i])),
);

/**
 * Node indices of each alliance's two ends, in the order of the dataset's organisations (how the
 * network's drawing finds them).
 */
export const allianceEnds = lastOf((dataset: Dataset): Uint32Array => {
  const index = organizationIndex(dataset);
  const ends = new Uint32Array(dataset.links.length * 2);
  dataset.links.forEach((link, i) => {
    // An end not drawn is out of range: the drawing skips the line.
    ends[2 * i] = index.get(link.source) ?? 0xffffffff;
    ends[2 * i + 1] = index.get(link.target) ?? 0xffffffff;
  });
  return ends;
});

/** Distinct partners of each organisation in the whole network (its degree). */
export const partnerCountsOf = lastOf((dataset: Dataset) => partnerCounts(dataset.links));

/** Each organisation's group for the colour encoding, and the groups, largest first. */
export const colourGroups = lastOf(groupsOf);

/** The value each organisation is sized by; null where the metric is undefined or not computed. */
export const sizeValues = lastOf(valuesOf);

/** What the legend pick makes stand out, for the colour encoding on screen. */
const membersOf = lastOf(highlightMembers);

const chosenMembersOf = lastOf(organizationSetMembers);

/** What stands out: the organisations chosen in the Analyse area, else the legend pick's. */
export function highlighted(state: AtlasState): HighlightMembers | null {
  const { dataset, metrics, colourBy, highlight, highlightedOrganizations } = state;
  if (!dataset) return null;
  if (highlightedOrganizations) return chosenMembersOf(dataset, highlightedOrganizations);
  if (!highlight) return null;
  return membersOf(dataset, colourGroups(dataset, metrics, colourBy).groupOf, highlight);
}

/** What the legend keys: the colour groups and alliance types among what is shown. */
export interface LegendKeys {
  /** Coloured groups shown, largest first, with how many organisations are shown in each. */
  groups: { value: string; count: number; colour: string }[];
  /** Shown organisations in no coloured group (custom sectors, groups beyond the palette). */
  others: number;
  placeholders: boolean;
  /** Alliance types shown, most frequent first, with their line pattern. */
  linkTypes: { value: string; count: number; dashes: readonly number[] }[];
}

const legendKeysOf = lastOf(
  (
    dataset: Dataset,
    metrics: AnalysisMetrics | null,
    colourBy: ColourEncoding,
    shown: ShownSet | null,
    theme: Theme,
  ): LegendKeys => {
    const { groupOf, groups } = colourGroups(dataset, metrics, colourBy);
    const colours = groupColours(colourBy, groups, THEMES[theme].groups);
    const counts = new Map<string, number>();
    let others = 0;
    let placeholders = false;
    for (const o of dataset.organizations) {
      if (shown && !shown.organizations.has(o.id)) continue;
      if (o.placeholder) {
        placeholders = true;
        continue;
      }
      const group = groupOf.get(o.id) ?? '';
      if (colours.has(group)) counts.set(group, (counts.get(group) ?? 0) + 1);
      else others++;
    }
    const patterns = allianceTypePatterns(dataset);
    const types = new Map<string, number>();
    for (const link of dataset.links) {
      if (link.type === null || link.type === '' || (shown && !shown.links.has(link.key))) continue;
      types.set(link.type, (types.get(link.type) ?? 0) + 1);
    }
    return {
      groups: groups
        .filter((g) => (counts.get(g.value) ?? 0) > 0)
        .map((g) => ({
          value: g.value,
          count: counts.get(g.value)!,
          colour: colours.get(g.value)!,
        })),
      others,
      placeholders,
      linkTypes: [...types]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([value, count]) => ({ value, count, dashes: patterns.get(value) ?? [] })),
    };
  },
);

export function legendKeys(state: AtlasState): LegendKeys | null {
  const { dataset } = state;
  if (!dataset) return null;
  return legendKeysOf(dataset, state.metrics, state.colourBy, shownSet(state), state.theme);
}

const organizationLooksOf = lastOf(
  (
    dataset: Dataset,
    metrics: AnalysisMetrics | null,
    colourBy: ColourEncoding,
    sizeBy: SizeEncoding,
    shown: ShownSet | null,
    members: HighlightMembers | null,
    path: Introductions | null,
    selected: string | null,
    spotlight: string | null,
    theme: Theme,
  ): OrganizationLooks =>
    organizationLooks(dataset, metrics, {
      colourBy,
      sizeBy,
      shown,
      highlighted: members,
      path,
      selected,
      spotlight,
      theme,
    }),
);

/** How every organisation is drawn (the one look function, core/looks). */
export function currentOrganizationLooks(state: AtlasState): OrganizationLooks | null {
  const { dataset } = state;
  if (!dataset) return null;
  return organizationLooksOf(
    dataset,
    state.metrics,
    state.colourBy,
    state.sizeBy,
    shownSet(state),
    highlighted(state),
    currentIntroductions(state),
    state.selectedOrganization,
    state.spotlight,
    state.theme,
  );
}

const allianceLooksOf = lastOf(
  (
    dataset: Dataset,
    colourBy: ColourEncoding,
    shown: ShownSet | null,
    members: HighlightMembers | null,
    path: Introductions | null,
    theme: Theme,
  ): AllianceLooks =>
    allianceLooks(dataset, { colourBy, shown, highlighted: members, path, theme }),
);

/** How every alliance is drawn. */
export function currentAllianceLooks(state: AtlasState): AllianceLooks | null {
  const { dataset } = state;
  if (!dataset) return null;
  return allianceLooksOf(
    dataset,
    state.colourBy,
    shownSet(state),
    highlighted(state),
    currentIntroductions(state),
    state.theme,
  );
}
