/**
 * One all-sources shortest-path sweep (Brandes) that feeds every path-based measure at once:
 * betweenness, closeness, harmonic centrality, and the diameter and average path length of the
 * largest component. A sweep covers a range of sources, so that workers can split the sources
 * and `mergePathPartials` adds their partial sums; the result is the same as one full sweep.
 * Unweighted: breadth-first search. Weighted: Dijkstra over distance = 1 / weight.
 */
import type { Csr } from './csr';

export interface PathPartials {
  /** Brandes dependency sums (each unordered pair counted from both ends). */
  dependency: Float64Array;
  /** Per source: sum of distances to the nodes it reaches, and how many it reaches (itself excluded). */
  distanceSum: Float64Array;
  reached: Int32Array;
  /** Per source: sum of 1 / distance. */
  inverseDistanceSum: Float64Array;
  /** Per source: greatest distance to a reached node. */
  eccentricity: Float64Array;
}

export function emptyPathPartials(n: number): PathPartials {
  return {
    dependency: new Float64Array(n),
    distanceSum: new Float64Array(n),
    reached: new Int32Array(n),
    inverseDistanceSum: new Float64Array(n),
    eccentricity: new Float64Array(n),
  };
}

/** Adds `part` into `total` (sources are disjoint, so per-source fields simply add too). */
export function mergePathPartials(total: PathPartials, part: PathPartials): PathPartials {
  for (let i = 0; i < total.dependency.length; i += 1) {
    total.dependency[i] = (total.dependency[i] as number) + (part.dependency[i] as number);
    total.distanceSum[i] = (total.distanceSum[i] as number) + (part.distanceSum[i] as number);
    total.reached[i] = (total.reached[i] as number) + (part.reached[i] as number);
    total.inverseDistanceSum[i] =
      (total.inverseDistanceSum[i] as number) + (part.inverseDistanceSum[i] as number);
    total.eccentricity[i] = (total.eccentricity[i] as number) + (part.eccentricity[i] as number);
  }
  return total;
}

export interface SweepOptions {
  weighted?: boolean;
  /** Called after each source with how many of the range are done. */
  onSource?: (done: number) => void;
}

/** Runs the sweep from the sources `from` (inclusive) to `to` (exclusive). */
export function sweepSources(
  csr: Csr,
  from: number,
  to: number,
  options: SweepOptions = {},
): PathPartials {
  const n = csr.nodes.length;
  if (!(from >= 0 && to <= n && from <= to)) {
    throw new Error(`sweepSources: source range [${from}, ${to}) is outside 0..${n}.`);
  }
  const partials = emptyPathPartials(n);
  const state = {
    distance: new Float64Array(n).fill(-1),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    order: new Int32Array(n),
    queue: new Int32Array(n),
    heap: new MinHeap(options.weighted ? n : 0),
  };
  if (!options.weighted) {
    const level = new Int32Array(n).fill(-1);
    for (let source = from; source < to; source += 1) {
      unweightedFrom(csr, source, level, state, partials);
      options.onSource?.(source - from + 1);
    }
    return partials;
  }
  for (let source = from; source < to; source += 1) {
    const count = dijkstraFrom(csr, source, state);
    accumulate(csr, source, count, state, partials);
    options.onSource?.(source - from + 1);
  }
  return partials;
}

/**
 * The unweighted kernel, kept apart because it is the hot loop of the whole suite: integer
 * levels, predecessors found again on the way back (level − 1) instead of stored lists.
 */
function unweightedFrom(
  csr: Csr,
  source: number,
  level: Int32Array,
  s: SweepState,
  p: PathPartials,
): void {
  const { offsets, neighbors } = csr;
  const { sigma, delta, order } = s;
  level[source] = 0;
  sigma[source] = 1;
  order[0] = source;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = order[head++] as number;
    const next = (level[v] as number) + 1;
    const sv = sigma[v] as number;
    const end = offsets[v + 1] as number;
    for (let e = offsets[v] as number; e < end; e += 1) {
      const w = neighbors[e] as number;
      const lw = level[w] as number;
      if (lw === -1) {
        level[w] = next;
        order[tail++] = w;
        sigma[w] = sv;
      } else if (lw === next) {
        sigma[w] = (sigma[w] as number) + sv;
      }
    }
  }
  let distanceSum = 0;
  let inverseSum = 0;
  for (let i = tail - 1; i > 0; i -= 1) {
    const w = order[i] as number;
    const lw = level[w] as number;
    const back = lw - 1;
    const coefficient = (1 + (delta[w] as number)) / (sigma[w] as number);
    const end = offsets[w + 1] as number;
    for (let e = offsets[w] as number; e < end; e += 1) {
      const v = neighbors[e] as number;
      if (level[v] === back) delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient;
    }
    p.dependency[w] = (p.dependency[w] as number) + (delta[w] as number);
    distanceSum += lw;
    inverseSum += 1 / lw;
  }
  p.distanceSum[source] = distanceSum;
  p.reached[source] = tail - 1;
  p.inverseDistanceSum[source] = inverseSum;
  p.eccentricity[source] = tail > 1 ? (level[order[tail - 1] as number] as number) : 0;
  for (let i = 0; i < tail; i += 1) {
    const w = order[i] as number;
    level[w] = -1;
    sigma[w] = 0;
    delta[w] = 0;
  }
}

interface SweepState {
  distance: Float64Array;
  sigma: Float64Array;
  delta: Float64Array;
  /** Nodes in non-decreasing distance from the source. */
  order: Int32Array;
  queue: Int32Array;
  heap: MinHeap;
}

/**
 * Dijkstra from the source over distance = 1 / weight. Path counts add over predecessors whose
 * distance plus the tie's length equals the node's distance exactly, as networkx compares them.
 */
function dijkstraFrom(csr: Csr, source: number, s: SweepState): number {
  const { offsets, neighbors, weights } = csr;
  const { distance, sigma, order } = s;
  const heap = s.heap;
  const settled = s.queue; // reused as a settled marker: 1 = settled
  heap.clear();
  distance[source] = 0;
  sigma[source] = 1;
  heap.push(source, 0);
  let count = 0;
  while (heap.size > 0) {
    const v = heap.pop();
    if (settled[v] === 1) continue;
    settled[v] = 1;
    order[count++] = v;
    const dv = distance[v] as number;
    for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e += 1) {
      const w = neighbors[e] as number;
      if (settled[w] === 1) continue;
      const candidate = dv + 1 / (weights[e] as number);
      const dw = distance[w] as number;
      if (dw === -1 || candidate < dw) {
        distance[w] = candidate;
        sigma[w] = sigma[v] as number;
        heap.push(w, candidate);
      } else if (candidate === dw) {
        sigma[w] = (sigma[w] as number) + (sigma[v] as number);
      }
    }
  }
  for (let i = 0; i < count; i += 1) settled[order[i] as number] = 0;
  return count;
}

/** Weighted back-propagation in reverse distance order, then resets the touched entries. */
function accumulate(csr: Csr, source: number, count: number, s: SweepState, p: PathPartials): void {
  const { offsets, neighbors, weights } = csr;
  const { distance, sigma, delta, order } = s;
  let distanceSum = 0;
  let inverseSum = 0;
  let farthest = 0;
  for (let i = count - 1; i >= 0; i -= 1) {
    const w = order[i] as number;
    const dw = distance[w] as number;
    const coefficient = (1 + (delta[w] as number)) / (sigma[w] as number);
    for (let e = offsets[w] as number, end = offsets[w + 1] as number; e < end; e += 1) {
      const v = neighbors[e] as number;
      const dv = distance[v] as number;
      if (dv !== -1 && dv + 1 / (weights[e] as number) === dw) {
        delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient;
      }
    }
    if (w !== source) {
      p.dependency[w] = (p.dependency[w] as number) + (delta[w] as number);
      distanceSum += dw;
      inverseSum += 1 / dw;
      if (dw > farthest) farthest = dw;
    }
  }
  p.distanceSum[source] = distanceSum;
  p.reached[source] = count - 1;
  p.inverseDistanceSum[source] = inverseSum;
  p.eccentricity[source] = farthest;
  for (let i = 0; i < count; i += 1) {
    const w = order[i] as number;
    distance[w] = -1;
    sigma[w] = 0;
    delta[w] = 0;
  }
}

/** Binary min-heap of (node, key) with lazy deletion: a node may be pushed more than once. */
class MinHeap {
  private nodes: Int32Array;
  private keys: Float64Array;
  size = 0;
  constructor(capacity: number) {
    this.nodes = new Int32Array(Math.max(4, capacity));
    this.keys = new Float64Array(Math.max(4, capacity));
  }
  clear(): void {
    this.size = 0;
  }
  push(node: number, key: number): void {
    if (this.size === this.nodes.length) {
      const nodes = new Int32Array(this.size * 2);
      const keys = new Float64Array(this.size * 2);
      nodes.set(this.nodes);
      keys.set(this.keys);
      this.nodes = nodes;
      this.keys = keys;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.keys[parent] as number) <= key) break;
      this.nodes[i] = this.nodes[parent] as number;
      this.keys[i] = this.keys[parent] as number;
      i = parent;
    }
    this.nodes[i] = node;
    this.keys[i] = key;
  }
  pop(): number {
    const top = this.nodes[0] as number;
    const lastNode = this.nodes[--this.size] as number;
    const lastKey = this.keys[this.size] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && (this.keys[child + 1] as number) < (this.keys[child] as number))
        child += 1;
      if ((this.keys[child] as number) >= lastKey) break;
      this.nodes[i] = this.nodes[child] as number;
      this.keys[i] = this.keys[child] as number;
      i = child;
    }
    this.nodes[i] = lastNode;
    this.keys[i] = lastKey;
    return top;
  }
}
