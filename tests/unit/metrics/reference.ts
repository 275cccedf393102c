/** Reference networks and their networkx values (tests/fixtures/metrics, see reference.py). */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { csrFromTies, type Csr } from '../../../src/core/metrics/csr';

export type ByNode<T = number> = Record<string, T>;

/**
 * The networkx values of one network, unweighted or (karate, random) weighted. Per-organisation
 * measures are keyed by the descriptor's output key (registry.ts).
 */
export interface Measures {
  [measure: string]: unknown;
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

/** The reference network's adjacency, organisations in networkx's node order. */
export function referenceInput(ref: Reference, weighted = false): Csr {
  const index = new Map(ref.nodes.map((node, i) => [node, i]));
  return csrFromTies('referenceInput', {
    n: ref.nodes.length,
    sources: Int32Array.from(ref.edges, ([a]) => index.get(a) as number),
    targets: Int32Array.from(ref.edges, ([, b]) => index.get(b) as number),
    weights: Float64Array.from(ref.edges, ([, , w]) => (weighted ? w : 1)),
    sectors: ref.nodes.map((node) => ref.sectors[node] ?? null),
  });
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
 * A random network's adjacency: n organisations, m ties (half between uniform pairs, half
 * leaning towards low positions, so that degrees are uneven), weights 1 to 3, sectors in
 * rotation.
 */
export function randomNetwork(n: number, m: number, seed = 1): Csr {
  const random = mulberry32(seed);
  const seen = new Set<number>();
  const sources: number[] = [];
  const targets: number[] = [];
  const weights: number[] = [];
  const most = (n * (n - 1)) / 2;
  for (let tie = 0; tie < Math.min(m, most);) {
    const a = Math.floor(random() * n);
    const b = Math.floor((random() < 0.5 ? random() : random() * random()) * n);
    const pair = Math.min(a, b) * n + Math.max(a, b);
    if (a === b || seen.has(pair)) continue;
    seen.add(pair);
    sources.push(a);
    targets.push(b);
    weights.push(1 + Math.floor(random() * 3));
    tie += 1;
  }
  return csrFromTies('randomNetwork', {
    n,
    sources: Int32Array.from(sources),
    targets: Int32Array.from(targets),
    weights: Float64Array.from(weights),
    sectors: Array.from({ length: n }, (_, i) => SECTORS[i % 5] ?? null),
  });
}
