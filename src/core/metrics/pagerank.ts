/**
 * networkx `pagerank(G, alpha=0.85)`: uniform start and teleport; an organisation without ties
 * (a dangling node) hands its score to everyone uniformly, as networkx does by default. Run
 * until the L1 change is below 1e-10 (README, the metric definitions).
 */
import { assertCsr, type Csr } from './csr';
import { withDefaults } from './options';

export interface PagerankOptions {
  /** Tie weight as strength (networkx `weight='weight'`). */
  weighted?: boolean;
  alpha?: number;
  tolerance?: number;
  maxIterations?: number;
}

const DEFAULTS = { weighted: false, alpha: 0.85, tolerance: 1e-10, maxIterations: 10_000 };

export function pagerank(csr: Csr, options: PagerankOptions = {}): Float64Array {
  const n = assertCsr('pagerank', csr);
  const { weighted, alpha, tolerance, maxIterations } = withDefaults('pagerank', DEFAULTS, options);
  if (!(alpha >= 0 && alpha < 1))
    throw new Error(`pagerank: alpha must be in [0, 1), got ${alpha}.`);
  if (!(tolerance > 0 && Number.isInteger(maxIterations) && maxIterations > 0)) {
    throw new Error('pagerank: tolerance and maxIterations must be positive.');
  }
  if (n === 0) return new Float64Array(0);
  const { offsets, neighbors, weights } = csr;
  const outWeight = new Float64Array(n);
  for (let v = 0; v < n; v += 1) {
    const end = offsets[v + 1] as number;
    for (let e = offsets[v] as number; e < end; e += 1) {
      outWeight[v] = (outWeight[v] as number) + (weighted ? (weights[e] as number) : 1);
    }
  }
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    let dangling = 0;
    for (let v = 0; v < n; v += 1) if (outWeight[v] === 0) dangling += x[v] as number;
    next.fill((alpha * dangling) / n + (1 - alpha) / n);
    for (let v = 0; v < n; v += 1) {
      const out = outWeight[v] as number;
      if (out === 0) continue;
      const share = (alpha * (x[v] as number)) / out;
      const end = offsets[v + 1] as number;
      for (let e = offsets[v] as number; e < end; e += 1) {
        const w = neighbors[e] as number;
        next[w] = (next[w] as number) + (weighted ? share * (weights[e] as number) : share);
      }
    }
    let change = 0;
    for (let v = 0; v < n; v += 1) change += Math.abs((next[v] as number) - (x[v] as number));
    [x, next] = [next, x];
    if (change < tolerance) return x;
  }
  // networkx raises PowerIterationFailedConvergence here too.
  throw new Error(`pagerank: no convergence in ${maxIterations} iterations.`);
}
