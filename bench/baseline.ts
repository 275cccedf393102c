/**
 * The baseline of `npm run bench`: the same measures computed by graphology-metrics and
 * graphology-communities-louvain (the engine Gephi Lite uses), unweighted as our default is.
 * `getEdgeWeight: null` matters: with a weight attribute present graphology switches betweenness
 * to Dijkstra over weights-as-distances, a different (and slower) metric.
 */
import betweenness from 'graphology-metrics/centrality/betweenness';
import closeness from 'graphology-metrics/centrality/closeness';
import eigenvector from 'graphology-metrics/centrality/eigenvector';
import pagerank from 'graphology-metrics/centrality/pagerank';
import louvain from 'graphology-communities-louvain';
import type { UndirectedGraph } from 'graphology';

export interface Timed {
  /** Milliseconds; extrapolated from a sample of sources when `sampled` is set. */
  ms: number;
  sampled?: { sources: number; of: number };
  note?: string;
}

function time(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/**
 * graphology-metrics cannot run betweenness or closeness from a subset of sources, and on an
 * induced subgraph they would be another metric; where they would take tens of minutes
 * (50,000 organisations) the caller passes `pathMeasures: false` and the report says "not run".
 */
export function timeGraphologyBaseline(
  graph: UndirectedGraph,
  options: { pathMeasures: boolean; seed: number },
): Record<string, Timed> {
  const result: Record<string, Timed> = {};
  if (options.pathMeasures) {
    result.betweenness = { ms: time(() => betweenness(graph, { getEdgeWeight: null })) };
    result.closeness = { ms: time(() => closeness(graph, { wassermanFaust: true })) };
  }
  result.pagerank = {
    ms: time(() => pagerank(graph, { getEdgeWeight: null, alpha: 0.85, tolerance: 1e-10 })),
  };
  result.eigenvector = {
    ms: time(() => {
      try {
        eigenvector(graph, { getEdgeWeight: null, maxIterations: 1000, tolerance: 1e-10 });
      } catch {
        // graphology's eigenvector throws when it does not converge; the time still counts.
      }
    }),
  };
  let state = options.seed >>> 0 || 1;
  const rng = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  result.communities = { ms: time(() => louvain(graph, { getEdgeWeight: null, rng })) };
  return result;
}
