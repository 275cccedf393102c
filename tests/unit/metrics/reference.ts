/** Reference networks and their networkx values (tests/fixtures/metrics, see reference.py). */
import { readFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';
import { expect } from 'vitest';
import type { AnalysisGraph } from '../../../src/core/model/graphs';

export type ByNode<T = number> = Record<string, T>;

/** The networkx values of one network, unweighted or (karate) weighted. */
export interface Measures {
  degree: ByNode;
  strength: ByNode;
  degree_centrality: ByNode;
  density: number;
  components: number;
  largest_component: number;
  betweenness: ByNode;
  closeness: ByNode;
  harmonic: ByNode;
  eigenvector: ByNode;
  pagerank: ByNode;
  clustering: ByNode;
  constraint: ByNode<number | null>;
  effective_size: ByNode<number | null>;
  transitivity: number;
  average_clustering: number;
  diameter: number;
  average_path_length: number;
  best_louvain_modularity: number;
  partitions: { community: number[]; modularity: number }[];
}

export interface Reference extends Measures {
  nodes: string[];
  edges: [string, string, number][];
  sectors: ByNode<string | null>;
  brokerage: ByNode<Record<'coordinator' | 'consultant' | 'representative' | 'liaison', number>>;
  sector_rows: {
    sector: string | null;
    organizations: number;
    internal: number;
    external: number;
    ei_index: number | null;
  }[];
  ei_overall: number;
  sector_assortativity: number;
  mixing: { sectors: (string | null)[]; observed: number[][]; expected: number[][] };
  adamic_adar: [string, string, number, string[]][];
  weighted?: Measures;
}

export const NETWORKS = ['karate', 'florentine', 'kite', 'disconnected', 'random'] as const;
/** The networks whose ties have weights of their own (the weighted reference values). */
export const WEIGHTED_NETWORKS = ['karate', 'random'] as const;
export const TOLERANCE = 1e-6;

export function reference(name: string): Reference {
  return JSON.parse(
    readFileSync(new URL(`../../fixtures/metrics/${name}.json`, import.meta.url), 'utf8'),
  ) as Reference;
}

/** The reference network as an analysis graph, in networkx's node order. */
export function referenceGraph(ref: Reference, weighted = false): AnalysisGraph {
  const graph: AnalysisGraph = new UndirectedGraph();
  for (const node of ref.nodes) graph.addNode(node, { sector: ref.sectors[node] ?? null });
  for (const [a, b, w] of ref.edges) graph.addEdge(a, b, { weight: weighted ? w : 1, links: 1 });
  return graph;
}

/** Every node's value within 1e-6 of networkx's; null (networkx nan) must be NaN here. */
export function expectClose(
  actual: ArrayLike<number>,
  expected: ByNode<number | null>,
  nodes: string[],
): void {
  expect(actual.length).toBe(nodes.length);
  nodes.forEach((node, i) => {
    const want = expected[node];
    const got = actual[i] as number;
    if (want === null || want === undefined) expect(Number.isNaN(got), node).toBe(true);
    else expect(Math.abs(got - want), `${node}: ${got} vs ${want}`).toBeLessThan(TOLERANCE);
  });
}

/** Seeded generator for test networks (a copy, so tests do not lean on the code under test). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECTORS = ['cooperative', 'union', 'government', 'academia', null] as const;

/**
 * A random analysis graph: n organisations, m ties (half between uniform pairs, half leaning
 * towards low positions, so that degrees are uneven), weights 1 to 3, sectors in rotation.
 */
export function randomGraph(n: number, m: number, seed = 1): AnalysisGraph {
  const random = mulberry32(seed);
  const graph: AnalysisGraph = new UndirectedGraph();
  for (let i = 0; i < n; i += 1) graph.addNode(`o${i}`, { sector: SECTORS[i % 5] ?? null });
  const most = (n * (n - 1)) / 2;
  for (let tie = 0; tie < Math.min(m, most);) {
    const a = Math.floor(random() * n);
    const b = Math.floor((random() < 0.5 ? random() : random() * random()) * n);
    if (a === b || graph.hasEdge(`o${a}`, `o${b}`)) continue;
    graph.addEdge(`o${a}`, `o${b}`, { weight: 1 + Math.floor(random() * 3), links: 1 });
    tie += 1;
  }
  return graph;
}
