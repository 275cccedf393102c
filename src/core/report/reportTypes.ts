/**
 * The object that `analyze --json` prints (README, the command line). Keys are snake_case because they
 * are a file format read by other tools; `null` marks a value that is undefined or not computed.
 */
import type { ImportIssue } from '../model/issues';
import type { LinkScope, WorldRegion } from '../model/types';

/** Gould–Fernandez brokerage roles of one organisation, for undirected ties. */
export interface Brokerage {
  coordinator: number;
  consultant: number;
  representative: number;
  liaison: number;
}

export interface ReportSummary {
  organizations: number;
  /** Link rows used (self links included). */
  links: number;
  /** Linked pairs of the analysis graph. */
  ties: number;
  components: number;
  largest_component: number;
  density: number;
  transitivity: number | null;
  average_clustering: number | null;
  /** Of the largest component. */
  diameter: number | null;
  /** Of the largest component. */
  average_path_length: number | null;
  modularity: number | null;
  communities: number | null;
  sector_assortativity: number | null;
  ei_index: number | null;
  /** Link counts per scope. */
  scopes: Record<LinkScope, number>;
}

export interface ReportOrganization {
  id: string;
  name: string;
  sector: string | null;
  country: string | null;
  world_region: WorldRegion | null;
  placeholder: boolean;
  degree: number;
  strength: number;
  degree_centrality: number;
  betweenness: number | null;
  closeness: number | null;
  harmonic: number | null;
  eigenvector: number | null;
  pagerank: number | null;
  clustering: number | null;
  constraint: number | null;
  effective_size: number | null;
  community: number | null;
  brokerage: Brokerage | null;
  /** The columns of the organisations file that the app does not know, as written. */
  attributes: Record<string, string>;
}

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

export interface ReportSector {
  /** Null gathers the organisations without a sector. */
  sector: string | null;
  organizations: number;
  internal: number;
  external: number;
  ei_index: number | null;
}

export interface ReportMixing {
  sectors: (string | null)[];
  /** Square, in the order of `sectors`. */
  observed: number[][];
  expected: number[][];
}

export interface ReportSuggestion {
  source: string;
  target: string;
  score: number;
  shared_partners: string[];
  cross_sector: boolean;
}

export interface AnalysisReport {
  summary: ReportSummary;
  organizations: ReportOrganization[];
  links: ReportLink[];
  sectors: ReportSector[];
  mixing: ReportMixing;
  suggestions: ReportSuggestion[];
  issues: ImportIssue[];
}

/** Per-organisation values that the metrics engine computes, keyed by organisation id. */
export const ORGANIZATION_METRICS = [
  'betweenness',
  'closeness',
  'harmonic',
  'eigenvector',
  'pagerank',
  'clustering',
  'constraint',
  'effective_size',
  'community',
] as const;
export type OrganizationMetric = (typeof ORGANIZATION_METRICS)[number];

/** The per-organisation metrics that are measures (ranked, sized by); community is a label. */
export type OrganizationMeasure = Exclude<OrganizationMetric, 'community'>;
export const ORGANIZATION_MEASURES: readonly OrganizationMeasure[] = ORGANIZATION_METRICS.filter(
  (metric): metric is OrganizationMeasure => metric !== 'community',
);

export const SUMMARY_METRICS = [
  'transitivity',
  'average_clustering',
  'diameter',
  'average_path_length',
  'modularity',
  'communities',
  'sector_assortativity',
  'ei_index',
] as const;
export type SummaryMetric = (typeof SUMMARY_METRICS)[number];

/**
 * What the metrics engine hands to the report. Everything is optional: whatever is missing is
 * reported as `null` (values) or empty (arrays, the mixing matrix). Structure (degree, strength,
 * components, density, ties) is always computed by the report itself.
 */
export interface AnalysisMetrics {
  summary?: Partial<Record<SummaryMetric, number | null>>;
  /** Metric → organisation id → value; an id left out reads as null. */
  organizations?: Partial<Record<OrganizationMetric, Record<string, number | null>>>;
  /** Organisation id → roles; an id left out reads as null. */
  brokerage?: Record<string, Brokerage>;
  sectors?: ReportSector[];
  mixing?: ReportMixing;
  suggestions?: ReportSuggestion[];
}
