/**
 * Measures of each organisation's neighbourhood, equal to networkx: local clustering,
 * transitivity and average clustering; Burt's constraint and effective size.
 */
import type { Csr } from './csr';

export interface NeighborhoodMeasures {
  clustering: Float64Array;
  /** NaN for an organisation without ties (networkx gives nan; the report shows null). */
  constraint: Float64Array;
  effectiveSize: Float64Array;
  transitivity: number;
  averageClustering: number;
}

export function neighborhoodMeasures(
  csr: Csr,
  options: { weighted?: boolean } = {},
): NeighborhoodMeasures {
  const n = csr.nodes.length;
  const { offsets, neighbors, weights } = csr;
  const weighted = options.weighted === true;
  // Weight of the tie to each neighbour of the current organisation (0 = not a neighbour).
  const tieTo = new Float64Array(n);
  const strength = new Float64Array(n);
  const maxWeight = new Float64Array(n);
  let globalMax = 0;
  for (let v = 0; v < n; v += 1) {
    for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e += 1) {
      const w = weighted ? (weights[e] as number) : 1;
      strength[v] = (strength[v] as number) + w;
      if (w > (maxWeight[v] as number)) maxWeight[v] = w;
      if (w > globalMax) globalMax = w;
    }
  }
  const clustering = new Float64Array(n);
  const constraint = new Float64Array(n);
  const effectiveSize = new Float64Array(n);
  let triangles = 0;
  let triads = 0;
  for (let v = 0; v < n; v += 1) {
    const start = offsets[v] as number;
    const end = offsets[v + 1] as number;
    const degree = end - start;
    if (degree === 0) {
      constraint[v] = NaN;
      effectiveSize[v] = NaN;
      continue;
    }
    for (let e = start; e < end; e += 1)
      tieTo[neighbors[e] as number] = weighted ? (weights[e] as number) : 1;
    let closed = 0; // ordered pairs of neighbours that are tied (each triangle twice)
    let geometric = 0;
    let constraintSum = 0;
    let effective = 0;
    const sv = strength[v] as number;
    for (let e = start; e < end; e += 1) {
      const j = neighbors[e] as number;
      const pvj = (tieTo[j] as number) / sv;
      let indirect = 0; // Σ_q p_vq · p_qj over the neighbours q of v tied to j (p_qj = w_qj / s_q)
      let redundancy = 0; // Σ_q p_vq · m_jq
      const mj = maxWeight[j] as number;
      for (let f = offsets[j] as number; f < (offsets[j + 1] as number); f += 1) {
        const q = neighbors[f] as number;
        const tvq = tieTo[q] as number;
        if (tvq === 0 || q === v) continue;
        const wjq = weighted ? (weights[f] as number) : 1;
        closed += 1;
        indirect += (tvq / sv) * (wjq / (strength[q] as number));
        redundancy += (tvq / sv) * (wjq / mj);
        if (weighted) geometric += Math.cbrt(((tieTo[j] as number) * tvq * wjq) / globalMax ** 3);
      }
      constraintSum += (pvj + indirect) ** 2;
      effective += 1 - redundancy;
    }
    for (let e = start; e < end; e += 1) tieTo[neighbors[e] as number] = 0;
    const pairs = degree * (degree - 1);
    clustering[v] = pairs === 0 ? 0 : (weighted ? geometric : closed) / pairs;
    triangles += closed / 2;
    triads += pairs / 2;
    constraint[v] = constraintSum;
    effectiveSize[v] = effective;
  }
  let sum = 0;
  for (let v = 0; v < n; v += 1) sum += clustering[v] as number;
  return {
    clustering,
    constraint,
    effectiveSize,
    transitivity: triads === 0 ? 0 : triangles / triads,
    averageClustering: n === 0 ? 0 : sum / n,
  };
}
