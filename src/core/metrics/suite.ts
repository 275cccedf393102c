/**
 * The whole metric suite of SPEC 3 in one call, sharing one CSR adjacency and one path sweep.
 * `completeMetricSuite` takes sweep results computed elsewhere (a pool of workers splits the
 * sources); `runMetricSuite` does everything on the calling thread.
 */
import type { AnalysisGraph } from '../model/graphs';
import { brokerage, type Brokerage } from './brokerage';
import { detectCommunities, type Communities } from './communities';
import { buildCsr, type Csr } from './csr';
import { neighborhoodMeasures, type NeighborhoodMeasures } from './neighborhood';
import { finishPathMeasures, type PathMeasures } from './pathMeasures';
import { sweepSources, type PathPartials } from './paths';
import { sectorMixing, type SectorMixing } from './sectors';
import { eigenvectorCentrality, pagerank } from './spectral';
import { suggestAlliances, type Suggestion } from './suggestions';

export interface MetricSuiteOptions {
  weighted?: boolean;
  seed?: number;
  suggestions?: number;
}

const DEFAULTS = { weighted: false, seed: 1, suggestions: 100 };

export interface MetricSuiteResult {
  csr: Csr;
  paths: PathMeasures;
  eigenvector: Float64Array;
  pagerank: Float64Array;
  neighborhood: NeighborhoodMeasures;
  communities: Communities;
  brokerage: Brokerage;
  sectors: SectorMixing;
  suggestions: Suggestion[];
  /** Milliseconds per step, for `npm run bench`. */
  timings: Record<string, number>;
}

function timed<T>(timings: Record<string, number>, name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  timings[name] = performance.now() - start;
  return result;
}

export function completeMetricSuite(
  graph: AnalysisGraph,
  csr: Csr,
  partials: PathPartials,
  options: MetricSuiteOptions = {},
  timings: Record<string, number> = {},
): MetricSuiteResult {
  // `??` rather than a spread: an option passed as undefined keeps its default.
  const weighted = options.weighted ?? DEFAULTS.weighted;
  const seed = options.seed ?? DEFAULTS.seed;
  const suggestions = options.suggestions ?? DEFAULTS.suggestions;
  return {
    csr,
    paths: timed(timings, 'path measures (finish)', () => finishPathMeasures(csr, partials)),
    eigenvector: timed(timings, 'eigenvector', () => eigenvectorCentrality(csr, { weighted })),
    pagerank: timed(timings, 'pagerank', () => pagerank(csr, { weighted })),
    neighborhood: timed(timings, 'clustering, constraint, effective size', () =>
      neighborhoodMeasures(csr, { weighted }),
    ),
    communities: timed(timings, 'communities', () =>
      detectCommunities(graph, csr, { seed, weighted }),
    ),
    brokerage: timed(timings, 'brokerage', () => brokerage(csr)),
    sectors: timed(timings, 'sector mixing', () => sectorMixing(csr)),
    suggestions: timed(timings, 'suggestions', () => suggestAlliances(csr, { limit: suggestions })),
    timings,
  };
}

export function runMetricSuite(
  graph: AnalysisGraph,
  options: MetricSuiteOptions = {},
): MetricSuiteResult {
  const timings: Record<string, number> = {};
  const csr = timed(timings, 'adjacency', () => buildCsr(graph));
  const partials = timed(timings, 'path sweep', () =>
    sweepSources(csr, 0, csr.nodes.length, { weighted: options.weighted === true }),
  );
  return completeMetricSuite(graph, csr, partials, options, timings);
}
