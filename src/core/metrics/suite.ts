/**
 * The whole metric suite of README, the metric definitions in one call, sharing one CSR adjacency and one path sweep.
 * `runMetricSuite` does everything on the calling thread, sweeping the sources in chunks with
 * progress and a cancellation check between chunks; `completeMetricSuite` takes sweep sums
 * computed elsewhere (workers split the sources) and gives the same result.
 * Per-organisation values are typed arrays in the order of `nodes`.
 */
import type { AnalysisGraph } from '../model/graphs';
import { brokerage, type Brokerage } from './brokerage';
import { clustering } from './clustering';
import { detectCommunities, type Communities } from './communities';
import { buildCsr, type Csr } from './csr';
import { eigenvectorCentrality } from './eigenvector';
import { pagerank } from './pagerank';
import { finishPathMeasures, type PathMeasures } from './pathMeasures';
import { emptyPathPartials, sweepSources, type PathPartials } from './paths';
import { sectorMixing, type SectorMixing } from './sectorMixing';
import { withDefaults } from './options';
import { computeStructure } from './structure';
import { structuralHoles } from './structuralHoles';
import { suggestAlliances, type Suggestion } from './suggestions';

export interface MetricSuiteOptions {
  /** Tie weight as strength; distance = 1 / weight for path measures (README, the metric definitions). */
  weighted?: boolean;
  /** Seed of the Louvain restarts. */
  seed?: number;
  /** Louvain runs, the best kept (default: communities.ts `autoRestarts`). */
  restarts?: number;
  /** How many suggested alliances to keep, for the whole network. */
  suggestions?: number;
  /** Fraction done (0 to 1), after each chunk of sources and each measure. */
  onProgress?: (fraction: number) => void;
  /** Asked between chunks and measures; true stops the suite with MetricSuiteCancelled. */
  isCancelled?: () => boolean;
  /** Sources per chunk of the sweep in `runMetricSuite`. */
  sourcesPerChunk?: number;
}

const DEFAULTS = { weighted: false, seed: 1, suggestions: 100, sourcesPerChunk: 64 };

/** Share of the progress bar given to the sweep in `runMetricSuite`: nearly all of the work. */
const SWEEP_SHARE = 0.9;

export class MetricSuiteCancelled extends Error {
  readonly code = 'cancelled';
  constructor() {
    super('runMetricSuite: cancelled.');
    this.name = 'MetricSuiteCancelled';
  }
}

/** A measure that could not be computed; its values are NaN (null in the report). */
export interface MetricWarning {
  code: 'metric_failed';
  message: string;
  params: { metric: string; reason: string };
}

/** The whole-network figures of README, the metric definitions that the graph alone gives (links and scopes need the dataset). */
export interface MetricSummary {
  organizations: number;
  ties: number;
  components: number;
  largestComponent: number;
  density: number;
  transitivity: number;
  averageClustering: number;
  diameter: number | null;
  averagePathLength: number | null;
  modularity: number | null;
  communities: number;
  sectorAssortativity: number | null;
  eiIndex: number | null;
}

export interface MetricSuiteResult {
  csr: Csr;
  /** Organisation ids: position i of every array below is nodes[i]. */
  nodes: string[];
  degree: Int32Array;
  strength: Float64Array;
  degreeCentrality: Float64Array;
  paths: PathMeasures;
  eigenvector: Float64Array;
  pagerank: Float64Array;
  neighborhood: {
    clustering: Float64Array;
    /** NaN for an organisation without ties. */
    constraint: Float64Array;
    effectiveSize: Float64Array;
    transitivity: number;
    averageClustering: number;
  };
  communities: Communities;
  brokerage: Brokerage;
  sectors: SectorMixing;
  suggestions: Suggestion[];
  summary: MetricSummary;
  warnings: MetricWarning[];
  /** Milliseconds per step, for `npm run bench`. */
  timings: Record<string, number>;
}

type Settings = typeof DEFAULTS &
  Pick<MetricSuiteOptions, 'restarts' | 'onProgress' | 'isCancelled'>;

function settingsOf(fn: string, options: MetricSuiteOptions): Settings {
  const settings: Settings = withDefaults(fn, DEFAULTS, options);
  if (!Number.isInteger(settings.sourcesPerChunk) || settings.sourcesPerChunk < 1) {
    throw new Error(`${fn}: sourcesPerChunk must be a whole number ≥ 1.`);
  }
  return settings;
}

function checkpoint(settings: Settings, fraction: number): void {
  if (settings.isCancelled?.()) throw new MetricSuiteCancelled();
  settings.onProgress?.(fraction);
}

function timed<T>(timings: Record<string, number>, name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  timings[name] = (timings[name] ?? 0) + performance.now() - start;
  return result;
}

/** An iterative measure that fails to converge gives NaN values and a warning, not a lost suite. */
function orNaN(
  warnings: MetricWarning[],
  metric: string,
  n: number,
  work: () => Float64Array,
): Float64Array {
  try {
    return work();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    warnings.push({
      code: 'metric_failed',
      message: `${metric} was not computed: ${reason}`,
      params: { metric, reason },
    });
    return new Float64Array(n).fill(NaN);
  }
}

export function completeMetricSuite(
  graph: AnalysisGraph,
  csr: Csr,
  partials: PathPartials,
  options: MetricSuiteOptions = {},
  timings: Record<string, number> = {},
): MetricSuiteResult {
  return complete(graph, csr, partials, settingsOf('completeMetricSuite', options), timings, 0);
}

function complete(
  graph: AnalysisGraph,
  csr: Csr,
  partials: PathPartials,
  settings: Settings,
  timings: Record<string, number>,
  progressFrom: number,
): MetricSuiteResult {
  const { weighted, seed, restarts } = settings;
  const n = csr.nodes.length;
  const warnings: MetricWarning[] = [];
  const steps = 9;
  let step = 0;
  const next = () => checkpoint(settings, progressFrom + ((1 - progressFrom) * ++step) / steps);
  const structure = timed(timings, 'structure', () => computeStructure(graph));
  const byPosition = (values: Record<string, number>) =>
    Float64Array.from(csr.nodes, (node) => values[node] ?? 0);
  next();
  const paths = timed(timings, 'path measures (finish)', () => finishPathMeasures(csr, partials));
  next();
  const eigenvector = timed(timings, 'eigenvector', () =>
    orNaN(warnings, 'eigenvector', n, () => eigenvectorCentrality(csr, { weighted })),
  );
  next();
  const rank = timed(timings, 'pagerank', () =>
    orNaN(warnings, 'pagerank', n, () => pagerank(csr, { weighted })),
  );
  next();
  const neighborhood = timed(timings, 'clustering, constraint, effective size', () => ({
    ...clustering(csr, { weighted }),
    ...structuralHoles(csr, { weighted }),
  }));
  next();
  const communities = timed(timings, 'communities', () =>
    detectCommunities(graph, csr, { seed, restarts, weighted }),
  );
  next();
  const roles = timed(timings, 'brokerage', () => brokerage(csr));
  next();
  const sectors = timed(timings, 'sector mixing', () => sectorMixing(csr));
  next();
  const suggestions = timed(timings, 'suggestions', () =>
    suggestAlliances(csr, { limit: settings.suggestions }),
  );
  next();
  return {
    csr,
    nodes: csr.nodes,
    degree: Int32Array.from(byPosition(structure.degree)),
    strength: byPosition(structure.strength),
    degreeCentrality: byPosition(structure.degreeCentrality),
    paths,
    eigenvector,
    pagerank: rank,
    neighborhood,
    communities,
    brokerage: roles,
    sectors,
    suggestions,
    summary: {
      organizations: structure.organizations,
      ties: structure.ties,
      components: structure.components.count,
      largestComponent: structure.components.largest,
      density: structure.density,
      transitivity: neighborhood.transitivity,
      averageClustering: neighborhood.averageClustering,
      diameter: paths.diameter,
      averagePathLength: paths.averagePathLength,
      modularity: Number.isNaN(communities.modularity) ? null : communities.modularity,
      communities: communities.count,
      sectorAssortativity: sectors.assortativity,
      eiIndex: sectors.eiIndex,
    },
    warnings,
    timings,
  };
}

export function runMetricSuite(
  graph: AnalysisGraph,
  options: MetricSuiteOptions = {},
): MetricSuiteResult {
  const settings = settingsOf('runMetricSuite', options);
  const timings: Record<string, number> = {};
  const csr = timed(timings, 'adjacency', () => buildCsr(graph));
  const n = csr.nodes.length;
  const partials = emptyPathPartials(n);
  checkpoint(settings, 0);
  for (let from = 0; from < n; from += settings.sourcesPerChunk) {
    const to = Math.min(n, from + settings.sourcesPerChunk);
    timed(timings, 'path sweep', () =>
      sweepSources(csr, from, to, { weighted: settings.weighted, into: partials }),
    );
    checkpoint(settings, (SWEEP_SHARE * to) / n);
  }
  return complete(graph, csr, partials, settings, timings, n === 0 ? 0 : SWEEP_SHARE);
}
