/**
 * networkx `community.modularity(G, partition)` of a partition given as a community index per
 * node position: Σ_c [ L_c / m − γ (D_c / 2m)² ], with L_c the tie weight inside community c,
 * D_c the summed degree (strength) of its members and γ the resolution (1). NaN for a network
 * without ties, where networkx divides by zero (the report shows null).
 */
import { assertCsr, type Csr } from './csr';
import { withDefaults } from './options';

export interface ModularityOptions {
  weighted?: boolean;
  resolution?: number;
}

const DEFAULTS = { weighted: false, resolution: 1 };

export function modularity(
  csr: Csr,
  community: ArrayLike<number>,
  options: ModularityOptions = {},
): number {
  const n = assertCsr('modularity', csr);
  const { weighted, resolution } = withDefaults('modularity', DEFAULTS, options);
  if (community?.length !== n) {
    throw new Error(`modularity: expects one community index per organisation (${n}).`);
  }
  let communities = 0;
  for (let v = 0; v < n; v += 1) {
    const c = community[v] as number;
    if (!(Number.isInteger(c) && c >= 0 && c < n)) {
      throw new Error(
        `modularity: community index ${c} of organisation ${v} is not in 0..${n - 1}.`,
      );
    }
    if (c >= communities) communities = c + 1;
  }
  const inside = new Float64Array(communities);
  const degreeSum = new Float64Array(communities);
  let total = 0; // 2m
  for (let v = 0; v < n; v += 1) {
    const c = community[v] as number;
    const end = csr.offsets[v + 1] as number;
    for (let e = csr.offsets[v] as number; e < end; e += 1) {
      const w = weighted ? (csr.weights[e] as number) : 1;
      total += w;
      degreeSum[c] = (degreeSum[c] as number) + w;
      // Each tie inside c is met from both ends: 2·L_c, divided by 2m below gives L_c / m.
      if (community[csr.neighbors[e] as number] === c) inside[c] = (inside[c] as number) + w;
    }
  }
  if (total === 0) return NaN;
  let q = 0;
  for (let c = 0; c < communities; c += 1) {
    q += (inside[c] as number) / total - resolution * ((degreeSum[c] as number) / total) ** 2;
  }
  return q;
}
