/**
 * Local clustering, transitivity and average clustering, equal to networkx `clustering`,
 * `transitivity` and `average_clustering`. Weighted clustering is networkx's: the geometric mean
 * of the triangle's tie weights, each divided by the largest weight in the network.
 * Transitivity has no weighted form in networkx and ignores weights.
 */
import { assertCsr, type Csr } from './csr';
import { withDefaults } from './options';

export interface ClusteringOptions {
  weighted?: boolean;
}

export interface ClusteringResult {
  /** 0 for an organisation with fewer than two partners, as networkx gives. */
  clustering: Float64Array;
  /** 3 × triangles / connected triples; 0 without triples. */
  transitivity: number;
  /** Mean of `clustering` over every organisation, isolated ones (0) included. */
  averageClustering: number;
}

const DEFAULTS = { weighted: false };

export function clustering(csr: Csr, options: ClusteringOptions = {}): ClusteringResult {
  const n = assertCsr('clustering', csr);
  const { weighted } = withDefaults('clustering', DEFAULTS, options);
  const { offsets, neighbors, weights } = csr;
  let maxWeight = 0;
  for (let e = 0; e < weights.length; e += 1) maxWeight = Math.max(maxWeight, weights[e] as number);
  // Normalised weight of the tie from the current organisation to each partner (0: no tie).
  const tieTo = new Float64Array(n);
  const result = new Float64Array(n);
  let closedTriples = 0;
  let triples = 0;
  for (let v = 0; v < n; v += 1) {
    const start = offsets[v] as number;
    const end = offsets[v + 1] as number;
    const degree = end - start;
    if (degree < 2) continue;
    for (let e = start; e < end; e += 1) {
      tieTo[neighbors[e] as number] = weighted ? (weights[e] as number) / maxWeight : 1;
    }
    let closed = 0; // ordered pairs of partners tied to each other: each triangle twice
    let geometric = 0;
    for (let e = start; e < end; e += 1) {
      const j = neighbors[e] as number;
      const vj = tieTo[j] as number;
      const jEnd = offsets[j + 1] as number;
      for (let f = offsets[j] as number; f < jEnd; f += 1) {
        const vq = tieTo[neighbors[f] as number] as number;
        if (vq === 0) continue;
        closed += 1;
        if (weighted) geometric += Math.cbrt(vj * vq * ((weights[f] as number) / maxWeight));
      }
    }
    for (let e = start; e < end; e += 1) tieTo[neighbors[e] as number] = 0;
    const pairs = degree * (degree - 1);
    result[v] = (weighted ? geometric : closed) / pairs;
    closedTriples += closed;
    triples += pairs;
  }
  let sum = 0;
  for (let v = 0; v < n; v += 1) sum += result[v] as number;
  return {
    clustering: result,
    transitivity: closedTriples === 0 ? 0 : closedTriples / triples,
    averageClustering: n === 0 ? 0 : sum / n,
  };
}
