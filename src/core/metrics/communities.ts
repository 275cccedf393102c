/**
 * Louvain communities (resolution 1, louvain.ts: graphology-communities-louvain's algorithm on
 * the adjacency), several restarts from one seed, the partition of highest modularity kept; then
 * the modularity of exactly the partition reported, recomputed by modularity.ts as networkx
 * `community.modularity` does. Community 0 is the largest. The same network and seed give the
 * same communities everywhere.
 */
import { assertCsr, type Csr } from './csr';
import { louvainOnce } from './louvain';
import { withDefaults } from './options';
import { modularity } from './modularity';
import { seededRandom } from './random';

export interface CommunityOptions {
  seed?: number;
  /** Louvain runs, the best kept; by default `autoRestarts(ties)`. */
  restarts?: number;
  weighted?: boolean;
}

export interface Communities {
  /** Community index per node position: 0 is the largest community. */
  community: Int32Array;
  count: number;
  /** Of `community` exactly; NaN for a network without ties. */
  modularity: number;
}

const DEFAULTS = { seed: 1, weighted: false };

/**
 * Louvain's result depends on the node order; on flat networks a single run often stays a few
 * per cent below the best partition it can find. The number of runs is set for a roughly
 * constant cost (runs × ties ≈ 200,000): 64 runs on small networks, where researchers compare
 * with networkx, down to 8 from 25,000 ties, where one run takes a tenth of a second.
 */
export function autoRestarts(ties: number): number {
  return Math.min(64, Math.max(8, Math.floor(200_000 / Math.max(1, ties))));
}

export function detectCommunities(csr: Csr, options: CommunityOptions = {}): Communities {
  const n = assertCsr('detectCommunities', csr);
  const { seed, weighted } = withDefaults('detectCommunities', DEFAULTS, options);
  const restarts = options?.restarts ?? autoRestarts(csr.neighbors.length / 2);
  if (!Number.isInteger(seed)) {
    throw new Error(`detectCommunities: seed must be an integer, got ${seed}.`);
  }
  if (!(Number.isInteger(restarts) && restarts >= 1)) {
    throw new Error(`detectCommunities: restarts must be a whole number ≥ 1, got ${restarts}.`);
  }
  const random = seededRandom(seed);
  let best: Communities | null = null;
  for (let restart = 0; restart < restarts; restart += 1) {
    const rng = seededRandom(Math.floor(random() * 2 ** 31));
    const { community, count } = renumberBySize(louvainOnce(csr, weighted, rng));
    const q = modularity(csr, community, { weighted });
    // A NaN modularity (no ties) never replaces the first partition.
    if (best === null || q > best.modularity + 1e-12) {
      best = { community, count, modularity: q };
    }
  }
  return best ?? { community: new Int32Array(n), count: n, modularity: NaN };
}

/** Largest community first; equal sizes in order of their first organisation. */
function renumberBySize(raw: Int32Array): { community: Int32Array; count: number } {
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
  return { community: Int32Array.from(raw, (c) => index.get(c) as number), count: order.length };
}
