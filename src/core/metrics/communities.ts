/**
 * Louvain communities (graphology-communities-louvain, resolution 1) with several seeded restarts,
 * the best kept; then the modularity of exactly the partition reported, recomputed here as
 * networkx `community.modularity(G, partition)` does. Deterministic for a seed.
 */
import louvain from 'graphology-communities-louvain';
import type { AnalysisGraph } from '../model/graphs';
import type { Csr } from './csr';

const DEFAULTS = { seed: 1, restarts: 8, weighted: false };

/** Seeded generator (mulberry32): Louvain's node order depends on it. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** networkx `modularity` of a partition given as a community index per node position. */
export function modularity(
  csr: Csr,
  community: Int32Array,
  options: { weighted?: boolean } = {},
): number {
  const n = csr.nodes.length;
  let communities = 0;
  for (let v = 0; v < n; v += 1) communities = Math.max(communities, (community[v] as number) + 1);
  const inside = new Float64Array(communities);
  const degreeSum = new Float64Array(communities);
  let total = 0; // 2m
  for (let v = 0; v < n; v += 1) {
    const c = community[v] as number;
    for (let e = csr.offsets[v] as number; e < (csr.offsets[v + 1] as number); e += 1) {
      const w = options.weighted ? (csr.weights[e] as number) : 1;
      total += w;
      degreeSum[c] = (degreeSum[c] as number) + w;
      if (community[csr.neighbors[e] as number] === c) inside[c] = (inside[c] as number) + w;
    }
  }
  if (total === 0) return 0;
  let q = 0;
  for (let c = 0; c < communities; c += 1) {
    q += (inside[c] as number) / total - ((degreeSum[c] as number) / total) ** 2;
  }
  return q;
}

export interface Communities {
  /** Community index per node position: 0 is the largest community. */
  community: Int32Array;
  count: number;
  modularity: number;
}

export function detectCommunities(
  graph: AnalysisGraph,
  csr: Csr,
  options: { seed?: number; restarts?: number; weighted?: boolean } = {},
): Communities {
  const { seed, restarts, weighted } = { ...DEFAULTS, ...options };
  if (!Number.isInteger(seed))
    throw new Error(`detectCommunities: seed must be an integer, got ${seed}.`);
  const n = csr.nodes.length;
  const random = seededRandom(seed);
  let best: Communities | null = null;
  for (let restart = 0; restart < Math.max(1, restarts); restart += 1) {
    const rng = seededRandom(Math.floor(random() * 2 ** 31));
    const mapping = louvain(graph, {
      getEdgeWeight: weighted ? 'weight' : null,
      rng,
      resolution: 1,
    });
    const community = renumberBySize(csr.nodes.map((node) => mapping[node] ?? 0));
    const q = modularity(csr, community, { weighted });
    if (best === null || q > best.modularity + 1e-12) {
      let count = 0;
      for (let v = 0; v < n; v += 1) count = Math.max(count, (community[v] as number) + 1);
      best = { community, count, modularity: q };
    }
  }
  return best ?? { community: new Int32Array(0), count: 0, modularity: 0 };
}

/** Largest community first; equal sizes in order of their first organisation. */
function renumberBySize(raw: number[]): Int32Array {
  const size = new Map<number, number>();
  const first = new Map<number, number>();
  raw.forEach((c, v) => {
    size.set(c, (size.get(c) ?? 0) + 1);
    if (!first.has(c)) first.set(c, v);
  });
  const order = [...size.keys()].sort(
    (a, b) =>
      (size.get(b) as number) - (size.get(a) as number) ||
      (first.get(a) as number) - (first.get(b) as number),
  );
  const index = new Map(order.map((c, i) => [c, i]));
  return Int32Array.from(raw, (c) => index.get(c) as number);
}
