/**
 * A ready story that walks through the guiding questions of the GSEF 2021 forum with the data at
 * hand: one saved-view form per question (two for the crisis question, one per scope layer for
 * the ecosystems question), each with the numbers a note about it can be written from. Only data
 * comes out of here (ids, counts, sector and scope codes, names as in the data), never a
 * sentence: the app titles each step with its question and writes its note in the reader's
 * language. A question the data cannot answer (no government organisation, no years, the
 * measures not computed yet …) is left out of the story.
 */
import {
  activeDuring,
  filterFacets,
  NO_FILTERS,
  NONE,
  shownByFilters,
  yearOf,
  type YearRange,
} from '../explore/filters';
import { SIZE_ENCODINGS, sizeValues, type SizeEncoding } from '../looks/encodings';
import { SCOPES, type Dataset, type Link, type Organization, type Scope } from '../model/types';
import type { AnalysisMetrics, ReportGaps } from '../report/reportTypes';
import { VIEW_FORM_VERSION, type ViewForm } from './viewForm';

export type GuidingQuestion = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/** The year the story compares alliances before and from (the COVID-19 crisis). */
export const STORY_SPLIT_YEAR = 2020;

/** Which view of a question a step is, for a question answered by more than one; else null. */
export type GuidingPart = { layer: Scope } | { period: 'before' | 'from'; year: number } | null;

/** An organisation in a ranking: its id, its name as in the data, and its value of the measure. */
export interface RankedOrganization {
  id: string;
  name: string;
  value: number;
}

/** Alliances started in a period, and how many of them join two different sectors. */
export interface StartedAlliances {
  /** Alliances whose start year (`since`) falls in the period. */
  started: number;
  /** Of those, the ones between organisations of two different sectors (both known). */
  crossSector: number;
  /** crossSector / started, from 0 to 1; null when none started. */
  crossSectorShare: number | null;
}

/** How many alliances reach organisations of one sector; `sector` is null for "none given". */
export interface SectorAlliances {
  sector: string | null;
  alliances: number;
}

/** One sector pair of `metrics.gaps.sector_pairs`, as found there. */
export type SectorPairGap = ReportGaps['sector_pairs'][number];

export type GuidingFacts =
  | {
      /** How have SSE alliances worked so far? Should they change? */
      question: 1;
      /** The year the two periods meet (STORY_SPLIT_YEAR). */
      splitYear: number;
      /** Alliances started before splitYear. */
      before: StartedAlliances;
      /** Alliances started in splitYear or later. */
      from: StartedAlliances;
      /** Alliances without a start year, in neither period. */
      undated: number;
    }
  | {
      /** Tangible benefit of research and intercooperation networks? */
      question: 2;
      /** The measure the view sizes organisations by (a reach measure, else degree). */
      measure: SizeEncoding;
      /** Organisations of the network, placeholders included (as analyze's summary counts). */
      organizations: number;
      /** Of those, the placeholders (link ends that matched no organisation). */
      placeholders: number;
      /** Alliances (link rows, self links included). */
      alliances: number;
      /** Connected components from the metrics' summary; null when not computed. */
      components: number | null;
      /** Up to three organisations with the highest value of `measure`, best first. */
      top: RankedOrganization[];
    }
  | {
      /** Governments' role in fostering intercooperation. */
      question: 3;
      /** Organisations of sector `government`. */
      governmentOrganizations: number;
      /**
       * The sectors of the government organisations' partners, the most alliances first (ties:
       * the order met in the links). An alliance counts once per partner sector it reaches; one
       * between two government organisations counts for `government`; self links do not count.
       */
      partnerSectors: SectorAlliances[];
      /** The government organisation of highest betweenness; null when none has a value. */
      topBroker: RankedOrganization | null;
    }
  | {
      /** How to create thematic networks? */
      question: 4;
      /**
       * Each theme with the organisations listing it (one with several themes counts in each;
       * placeholders do not count), the most organisations first, then by theme.
       */
      themes: { theme: string; organizations: number }[];
    }
  | {
      /** Alliances with sectors not yet involved. */
      question: 5;
      /**
       * Up to three sector pairs with fewer ties than expected (ratio below 1, or null when
       * nothing is expected), the most under-connected first, as `metrics.gaps` orders them. The
       * view highlights the organisations of the first.
       */
      pairs: SectorPairGap[];
    }
  | {
      /** Which key organisations should drive alliance creation? */
      question: 6;
      /** Up to five organisations of highest betweenness, best first (ties: dataset order). */
      top: RankedOrganization[];
    }
  | {
      /** How can local and international alliances help recover from crises such as COVID-19? */
      question: 7;
      /** Before STORY_SPLIT_YEAR, or from it. */
      period: 'before' | 'from';
      /** The years of the period, as the view's year filter holds them. */
      years: YearRange;
      /** Alliances active at some time in the period (as the year filter keeps them). */
      active: number;
      /** Alliances whose start year falls in the period, whatever their scope. */
      started: number;
      /** Of those, how many of each scope (alliances of unknown scope left out). */
      startedByScope: Record<Scope, number>;
    }
  | {
      /** Role of international organisations (OECD, EC, ILO, UNTFSSE). */
      question: 8;
      /** Organisations of sector `international`. */
      internationalOrganizations: number;
      /** Up to three of them of highest betweenness, best first (ties: dataset order). */
      top: RankedOrganization[];
      /** Alliances with at least one international organisation at an end. */
      alliances: number;
      /** Of those, the ones of international scope. */
      internationalAlliances: number;
    }
  | {
      /** What can SSE ecosystems at international, national and local level contribute? */
      question: 9;
      /** The scope layer of the step. */
      layer: Scope;
      /** Alliances of that scope. */
      alliances: number;
      /** Organisations with at least one alliance of that scope (those the layer shows). */
      organizations: number;
    }
  | {
      /** Most pressing challenges for international alliances. */
      question: 10;
      /** `metrics.gaps.sectors_without_international`, as found. */
      sectorsWithoutInternational: string[] | null;
      /** `metrics.gaps.isolated_regions`, as found. */
      isolatedRegions: ReportGaps['isolated_regions'];
    };

export interface GuidingStep {
  question: GuidingQuestion;
  part: GuidingPart;
  view: ViewForm;
  facts: GuidingFacts;
}

/** Measures that say how easily an organisation reaches the others, the most fitting first. */
const REACH_MEASURES: readonly string[] = ['reach', 'harmonic', 'closeness'];

/** The reach measure the app offers (harmonic centrality counts unreachable ones as 0). */
function reachMeasure(): SizeEncoding {
  for (const name of REACH_MEASURES) {
    const measure = SIZE_ENCODINGS.find((m) => m === name);
    if (measure) return measure;
  }
  return 'degree';
}

/**
 * A step's view: the base's layout, theme, measures' weighting and encodings, on the whole
 * network with nothing filtered, picked or selected, in the Present area with the camera fitted;
 * then the question's own settings.
 */
function storyView(base: ViewForm, own: Partial<ViewForm>): ViewForm {
  return {
    ...base,
    version: VIEW_FORM_VERSION,
    filters: NO_FILTERS,
    layer: 'all',
    highlight: null,
    highlightedOrganizations: null,
    selectedOrganization: null,
    egoSteps: 0,
    pathTarget: null,
    area: 'present',
    camera: 'fitted',
    ...own,
  };
}

/**
 * The organisations with the highest values, best first, the dataset's order breaking ties;
 * placeholders and organisations without a value are left out.
 */
function ranked(
  organizations: readonly Organization[],
  values: Map<string, number | null>,
  count: number,
): RankedOrganization[] {
  const rows: RankedOrganization[] = [];
  for (const o of organizations) {
    const value = values.get(o.id);
    if (o.placeholder || value === null || value === undefined || !Number.isFinite(value)) continue;
    rows.push({ id: o.id, name: o.name, value });
  }
  // Array.prototype.sort is stable: equal values keep the dataset's order.
  return rows.sort((a, b) => b.value - a.value).slice(0, count);
}

function ofSector(dataset: Dataset, sector: string): Organization[] {
  return dataset.organizations.filter((o) => !o.placeholder && o.sector === sector);
}

function sectorsById(dataset: Dataset): Map<string, string | null> {
  return new Map(dataset.organizations.map((o) => [o.id, o.sector]));
}

/** Betweenness of each organisation, or null when the metrics do not hold it. */
function betweenness(dataset: Dataset, metrics: AnalysisMetrics | null) {
  if (!metrics?.organizations?.betweenness) return null;
  return sizeValues(dataset, metrics, 'betweenness');
}

function startedIn(links: readonly Link[], sectorOf: Map<string, string | null>) {
  let crossSector = 0;
  for (const l of links) {
    const a = sectorOf.get(l.source) ?? null;
    const b = sectorOf.get(l.target) ?? null;
    if (a !== null && b !== null && a !== b) crossSector += 1;
  }
  const started = links.length;
  return { started, crossSector, crossSectorShare: started > 0 ? crossSector / started : null };
}

function howAlliancesWorked(dataset: Dataset, base: ViewForm): GuidingStep {
  const sectorOf = sectorsById(dataset);
  const before: Link[] = [];
  const from: Link[] = [];
  let undated = 0;
  for (const l of dataset.links) {
    const year = yearOf(l.since);
    if (year === null) undated += 1;
    else (year < STORY_SPLIT_YEAR ? before : from).push(l);
  }
  return {
    question: 1,
    part: null,
    view: storyView(base, { colourBy: 'scope' }),
    facts: {
      question: 1,
      splitYear: STORY_SPLIT_YEAR,
      before: startedIn(before, sectorOf),
      from: startedIn(from, sectorOf),
      undated,
    },
  };
}

function networkBenefit(
  dataset: Dataset,
  metrics: AnalysisMetrics | null,
  base: ViewForm,
): GuidingStep {
  const measure = reachMeasure();
  return {
    question: 2,
    part: null,
    view: storyView(base, { sizeBy: measure }),
    facts: {
      question: 2,
      measure,
      organizations: dataset.organizations.length,
      placeholders: dataset.organizations.filter((o) => o.placeholder).length,
      alliances: dataset.links.length,
      components: metrics?.summary?.components ?? null,
      top: ranked(dataset.organizations, sizeValues(dataset, metrics, measure), 3),
    },
  };
}

function governmentsRole(
  dataset: Dataset,
  metrics: AnalysisMetrics | null,
  base: ViewForm,
): GuidingStep | null {
  const governments = ofSector(dataset, 'government');
  const values = betweenness(dataset, metrics);
  if (governments.length === 0 || !values) return null;
  const ids = new Set(governments.map((o) => o.id));
  const sectorOf = sectorsById(dataset);
  const counts = new Map<string | null, number>();
  for (const l of dataset.links) {
    if (l.source === l.target) continue;
    const reached = new Set<string | null>();
    if (ids.has(l.source)) reached.add(sectorOf.get(l.target) ?? null);
    if (ids.has(l.target)) reached.add(sectorOf.get(l.source) ?? null);
    for (const sector of reached) counts.set(sector, (counts.get(sector) ?? 0) + 1);
  }
  const partnerSectors = [...counts]
    .map(([sector, alliances]) => ({ sector, alliances }))
    .sort((a, b) => b.alliances - a.alliances);
  return {
    question: 3,
    part: null,
    view: storyView(base, {
      colourBy: 'sector',
      highlight: { encoding: 'sector', value: 'government' },
      sizeBy: 'betweenness',
    }),
    facts: {
      question: 3,
      governmentOrganizations: governments.length,
      partnerSectors,
      topBroker: ranked(governments, values, 1)[0] ?? null,
    },
  };
}

function thematicNetworks(dataset: Dataset, base: ViewForm): GuidingStep | null {
  const themes = filterFacets(dataset)
    .themes.filter((f) => f.value !== NONE)
    .map((f) => ({ theme: f.value, organizations: f.count }));
  if (themes.length === 0) return null;
  return {
    question: 4,
    part: null,
    view: storyView(base, { colourBy: 'theme' }),
    facts: { question: 4, themes },
  };
}

function sectorsNotInvolved(
  dataset: Dataset,
  metrics: AnalysisMetrics | null,
  base: ViewForm,
): GuidingStep | null {
  const gaps = metrics?.gaps;
  const sectors = filterFacets(dataset).sectors.filter((f) => f.value !== NONE);
  if (!gaps || sectors.length < 2) return null;
  const pairs = gaps.sector_pairs.filter((p) => p.ratio === null || p.ratio < 1).slice(0, 3);
  const first = pairs[0];
  if (!first) return null;
  const highlighted = dataset.organizations
    .filter((o) => !o.placeholder && o.sector !== null && first.sectors.includes(o.sector))
    .map((o) => o.id);
  return {
    question: 5,
    part: null,
    view: storyView(base, { colourBy: 'sector', highlightedOrganizations: highlighted }),
    facts: { question: 5, pairs },
  };
}

function keyOrganizations(
  dataset: Dataset,
  metrics: AnalysisMetrics | null,
  base: ViewForm,
): GuidingStep | null {
  const values = betweenness(dataset, metrics);
  const top = values ? ranked(dataset.organizations, values, 5) : [];
  const first = top[0];
  if (!first) return null;
  return {
    question: 6,
    part: null,
    view: storyView(base, {
      sizeBy: 'betweenness',
      highlightedOrganizations: top.map((o) => o.id),
      selectedOrganization: first.id,
    }),
    facts: { question: 6, top },
  };
}

function crisisPeriods(dataset: Dataset, base: ViewForm): GuidingStep[] {
  const span = filterFacets(dataset).years;
  if (!span || span.from >= STORY_SPLIT_YEAR || span.to < STORY_SPLIT_YEAR) return [];
  const periods = [
    { period: 'before', years: { from: span.from, to: STORY_SPLIT_YEAR - 1 } },
    { period: 'from', years: { from: STORY_SPLIT_YEAR, to: span.to } },
  ] as const;
  return periods.map(({ period, years }) => {
    const startedByScope = Object.fromEntries(SCOPES.map((s) => [s, 0])) as Record<Scope, number>;
    let active = 0;
    let started = 0;
    for (const l of dataset.links) {
      if (activeDuring(l, years)) active += 1;
      const since = yearOf(l.since);
      if (since === null || since < years.from || since > years.to) continue;
      started += 1;
      if (l.scope !== 'unknown') startedByScope[l.scope] += 1;
    }
    return {
      question: 7,
      part: { period, year: STORY_SPLIT_YEAR },
      view: storyView(base, { colourBy: 'scope', filters: { ...NO_FILTERS, years } }),
      facts: { question: 7, period, years, active, started, startedByScope },
    };
  });
}

function internationalRole(
  dataset: Dataset,
  metrics: AnalysisMetrics | null,
  base: ViewForm,
): GuidingStep | null {
  const internationals = ofSector(dataset, 'international');
  const values = betweenness(dataset, metrics);
  if (internationals.length === 0 || !values) return null;
  const ids = new Set(internationals.map((o) => o.id));
  const theirs = dataset.links.filter((l) => ids.has(l.source) || ids.has(l.target));
  return {
    question: 8,
    part: null,
    view: storyView(base, {
      colourBy: 'sector',
      highlight: { encoding: 'sector', value: 'international' },
      sizeBy: 'betweenness',
    }),
    facts: {
      question: 8,
      internationalOrganizations: internationals.length,
      top: ranked(internationals, values, 3),
      alliances: theirs.length,
      internationalAlliances: theirs.filter((l) => l.scope === 'international').length,
    },
  };
}

function ecosystemLayers(dataset: Dataset, base: ViewForm): GuidingStep[] {
  const steps: GuidingStep[] = [];
  for (const layer of SCOPES) {
    const shown = shownByFilters(dataset, layer, NO_FILTERS);
    if (shown.links.size === 0) continue;
    steps.push({
      question: 9,
      part: { layer },
      view: storyView(base, { layer, colourBy: 'sector' }),
      facts: {
        question: 9,
        layer,
        alliances: shown.links.size,
        organizations: shown.organizations.size,
      },
    });
  }
  return steps;
}

function internationalChallenges(
  dataset: Dataset,
  metrics: AnalysisMetrics | null,
  base: ViewForm,
): GuidingStep | null {
  const gaps = metrics?.gaps;
  if (!gaps || !dataset.links.some((l) => l.scope === 'international')) return null;
  return {
    question: 10,
    part: null,
    view: storyView(base, { layer: 'international', highlightedOrganizations: null }),
    facts: {
      question: 10,
      sectorsWithoutInternational: gaps.sectors_without_international,
      isolatedRegions: gaps.isolated_regions,
    },
  };
}

/** The steps in question order (1, 2, …, 10), the questions the data cannot answer left out. */
export function guidingStory(
  dataset: Dataset,
  metrics: AnalysisMetrics | null,
  base: ViewForm,
): GuidingStep[] {
  const steps: (GuidingStep | null)[] = [
    howAlliancesWorked(dataset, base),
    networkBenefit(dataset, metrics, base),
    governmentsRole(dataset, metrics, base),
    thematicNetworks(dataset, base),
    sectorsNotInvolved(dataset, metrics, base),
    keyOrganizations(dataset, metrics, base),
    ...crisisPeriods(dataset, base),
    internationalRole(dataset, metrics, base),
    ...ecosystemLayers(dataset, base),
    internationalChallenges(dataset, metrics, base),
  ];
  return steps.filter((step): step is GuidingStep => step !== null);
}
