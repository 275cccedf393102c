/**
 * The object that `analyze --json` prints (README, the command line). Keys are snake_case because they
 * are a file format read by other tools; `null` marks a value that is undefined or not computed.
 * The measures' fields are those of the metric descriptors (src/core/metrics/registry.ts).
 */
import type { ImportIssue } from '../issues/issues';
import type { LinkScope, WorldRegion } from '../model/types';
import type {
  OrganizationNumber,
  OrganizationValue,
  SummaryNumber,
  SummaryOutput,
} from '../metrics/registry';
import type { MixingValues, SectorRowValues } from '../metrics/context';

/** Gould–Fernandez brokerage roles of one organisation, for undirected ties. */
export interface Brokerage {
  coordinator: number;
  consultant: number;
  representative: number;
  liaison: number;
}

export type ReportSummary = {
  organizations: number;
  /** Link rows used (self links included). */
  links: number;
  /** Linked pairs of the analysis graph. */
  ties: number;
} & Record<SummaryNumber, number> &
  Record<Exclude<SummaryOutput, SummaryNumber>, number | null> & {
    /** Link counts per scope. */
    scopes: Record<LinkScope, number>;
  };

export type ReportOrganization = {
  id: string;
  name: string;
  sector: string | null;
  country: string | null;
  region: string | null;
  city: string | null;
  /**
   * The coordinates used (WGS84 decimal degrees), as the geographic layout places it: the file's
   * when it has both, else the centre of its country; null with neither.
   */
  lat: number | null;
  lon: number | null;
  coordinates_from: 'file' | 'country' | null;
  world_region: WorldRegion | null;
  placeholder: boolean;
} & Record<OrganizationNumber, number> &
  Record<Exclude<OrganizationValue, OrganizationNumber>, number | null> & {
    brokerage: Brokerage | null;
    /** The columns of the organisations file that the app does not know, as written. */
    attributes: Record<string, string>;
  };

export interface ReportLink {
  source: string;
  target: string;
  type: string | null;
  weight: number;
  directed: boolean;
  since: string | null;
  until: string | null;
  scope: LinkScope;
}

export type ReportSector = SectorRowValues;
export type ReportMixing = MixingValues;

export interface ReportSuggestion {
  source: string;
  target: string;
  score: number;
  shared_partners: string[];
  cross_sector: boolean;
  /** What the alliance would change; null beyond the first `suggestion_effects.computed_for_top`. */
  effects?: ReportEffects | null;
}

export interface ReportChange<T = number | null> {
  before: T;
  after: T;
}

/** `suggestions[].effects` (src/core/metrics/effects.ts). */
export interface ReportEffects {
  /** observed / expected ties of the two organisations' sector pair (the diagonal for one sector). */
  pair_ratio: ReportChange;
  /** E-I index of the source's sector, then of the target's (one entry for one sector). */
  ei: ({ sector: string | null } & ReportChange)[];
  components_joined: boolean;
  betweenness: { source: ReportChange<number>; target: ReportChange<number> };
  /** Mean distance between organisations of the two sectors, over connected pairs. */
  sector_distance: ReportChange;
}

/** `suggestions_for_gaps[]`: cross-sector suggestions, the most under-connected sector pair first. */
export interface ReportGapSuggestion {
  /** Index into `suggestions`. */
  suggestion: number;
  source: string;
  target: string;
  sectors: [string | null, string | null];
  pair_ratio: number | null;
  score: number;
}

/** `gaps` (src/core/metrics/gaps.ts). */
export interface ReportGaps {
  sector_pairs: {
    sectors: [string, string];
    observed: number;
    expected: number;
    ratio: number | null;
  }[];
  isolated_regions:
    | {
        kind: 'world_region' | 'country';
        name: string;
        organizations: number;
        ties_within: number;
      }[]
    | null;
  sectors_without_international: string[] | null;
  organizations_without_external_tie: string[];
  isolated_organizations: string[];
  small_components: { size: number; organizations: string[] }[];
}

export interface AnalysisReport {
  summary: ReportSummary;
  organizations: ReportOrganization[];
  links: ReportLink[];
  sectors: ReportSector[];
  mixing: ReportMixing;
  suggestions: ReportSuggestion[];
  gaps: ReportGaps;
  suggestions_for_gaps: ReportGapSuggestion[];
  /** How many of the suggestions, the best first, carry `effects`. */
  suggestion_effects: { computed_for_top: number };
  /** The years of `--years` (alliances active in them only), or null. */
  period: { from: number; to: number } | null;
  issues: ImportIssue[];
}

/**
 * What the app holds of an analysis (computed in workers, keyed by organisation id). Records have
 * no prototype (src/core/records.ts): every id, `__proto__` included, is a key like any other.
 */
export interface AnalysisMetrics {
  summary?: Partial<Record<SummaryOutput, number | null>>;
  /** Linked pairs of the analysis graph (`summary.ties` of analyze --json). */
  ties?: number;
  /** Measure → organisation id → value; an id left out reads as null. */
  organizations?: Partial<Record<OrganizationValue, Record<string, number | null>>>;
  /** Organisation id → roles; an id left out reads as null. */
  brokerage?: Record<string, Brokerage>;
  sectors?: ReportSector[];
  mixing?: ReportMixing;
  suggestions?: ReportSuggestion[];
  /** `suggestions_for_gaps` of analyze --json: the "close sector gaps" order. */
  suggestionsForGaps?: ReportGapSuggestion[];
  gaps?: ReportGaps;
}

export type { OrganizationValue };
