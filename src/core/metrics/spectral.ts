/**
 * Eigenvector centrality and PageRank by power iteration, as networkx computes them, run until
 * the L1 change between iterations is below 1e-10 (SPEC 3) so values match to 1e-6.
 */
import type { Csr } from './csr';

const DEFAULTS = { tolerance: 1e-10, maxIterations: 10_000, alpha: 0.85 };

/** networkx `eigenvector_centrality`: iterate x ← (A + I)x from uniform, unit Euclidean norm. */
export function eigenvectorCentrality(
  csr: Csr,
  options: { weighted?: boolean; tolerance?: number; maxIterations?: number } = {},
): Float64Array {
  const { tolerance, maxIterations } = { ...DEFAULTS, ...options };
  const n = csr.nodes.length;
  let x = new Float64Array(n).fill(n > 0 ? 1 / n : 0);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    next.set(x);
    for (let v = 0; v < n; v += 1) {
      const xv = x[v] as number;
      for (let e = csr.offsets[v] as number; e < (csr.offsets[v + 1] as number); e += 1) {
        const w = csr.neighbors[e] as number;
        const weight = options.weighted ? (csr.weights[e] as number) : 1;
        next[w] = (next[w] as number) + xv * weight;
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
  throw new Error(`eigenvectorCentrality: no convergence in ${maxIterations} iterations.`);
}

/**
 * networkx `pagerank(alpha=0.85)`: uniform teleport; an organisation without ties (dangling)
 * hands its score to everyone uniformly.
 */
export function pagerank(
  csr: Csr,
  options: { weighted?: boolean; alpha?: number; tolerance?: number; maxIterations?: number } = {},
): Float64Array {
  const { alpha, tolerance, maxIterations } = { ...DEFAULTS, ...options };
  const n = csr.nodes.length;
  if (n === 0) return new Float64Array(0);
  const outWeight = new Float64Array(n);
  for (let v = 0; v < n; v += 1) {
    for (let e = csr.offsets[v] as number; e < (csr.offsets[v + 1] as number); e += 1) {
      outWeight[v] = (outWeight[v] as number) + (options.weighted ? (csr.weights[e] as number) : 1);
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
      for (let e = csr.offsets[v] as number; e < (csr.offsets[v + 1] as number); e += 1) {
        const w = csr.neighbors[e] as number;
        next[w] = (next[w] as number) + share * (options.weighted ? (csr.weights[e] as number) : 1);
      }
    }
    let change = 0;
    for (let v = 0; v < n; v += 1) change += Math.abs((next[v] as number) - (x[v] as number));
    [x, next] = [next, x];
    if (change < tolerance) return x;
  }
  throw new Error(`pagerank: no convergence in ${maxIterations} iterations.`);
}
