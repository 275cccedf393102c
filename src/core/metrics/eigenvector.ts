/**
 * networkx `eigenvector_centrality`: power iteration on (A + I) from the uniform vector, scaled
 * to unit Euclidean norm at each step (the identity keeps bipartite graphs from oscillating and
 * does not change the eigenvector). Run until the L1 change is below 1e-10 (README, the metric definitions), so values
 * equal the exact ones to 1e-6.
 */
import { assertCsr, type Csr } from './csr';
import { withDefaults } from './options';

export interface EigenvectorOptions {
  /** Tie weight as strength (networkx `weight='weight'`). */
  weighted?: boolean;
  tolerance?: number;
  maxIterations?: number;
}

const DEFAULTS = { weighted: false, tolerance: 1e-10, maxIterations: 10_000 };

export function eigenvectorCentrality(csr: Csr, options: EigenvectorOptions = {}): Float64Array {
  const n = assertCsr('eigenvectorCentrality', csr);
  const { weighted, tolerance, maxIterations } = withDefaults(
    'eigenvectorCentrality',
    DEFAULTS,
    options,
  );
  if (!(tolerance > 0 && Number.isInteger(maxIterations) && maxIterations > 0)) {
    throw new Error('eigenvectorCentrality: tolerance and maxIterations must be positive.');
  }
  if (n === 0) return new Float64Array(0);
  const { offsets, neighbors, weights } = csr;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    next.set(x);
    for (let v = 0; v < n; v += 1) {
      const xv = x[v] as number;
      const end = offsets[v + 1] as number;
      for (let e = offsets[v] as number; e < end; e += 1) {
        const w = neighbors[e] as number;
        next[w] = (next[w] as number) + (weighted ? xv * (weights[e] as number) : xv);
      }
    }
    let norm = 0;
    for (let v = 0; v < n; v += 1) norm += (next[v] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    let change = 0;
    for (let v = 0; v < n; v += 1) {
      next[v] = (next[v] as number) / norm;
      change += Math.abs((next[v] as number) - (x[v] as number));
    }
    [x, next] = [next, x];
    if (change < tolerance) return x;
  }
  // networkx raises PowerIterationFailedConvergence here too.
  throw new Error(`eigenvectorCentrality: no convergence in ${maxIterations} iterations.`);
}
