/**
 * One all-sources shortest-path sweep (Brandes) that feeds every path-based measure at once:
 * betweenness, closeness, harmonic centrality, and the diameter and average path length of the
 * largest component. A sweep covers a range of sources, so that workers can split the sources
 * and `mergePathPartials` adds their partial sums; the result is identical to one full sweep,
 * bit for bit, however the sources are split (see `dependencyUnit`).
 * Unweighted: breadth-first search. Weighted: Dijkstra over distance = 1 / weight.
 * Work arrays are allocated once per call, never per source; no Map or Set.
 */
import { assertCsr, type SweepCsr as Csr } from './csr';
import { MinHeap } from './minHeap';
import { withDefaults } from './options';

export interface PathPartials {
  /**
   * Brandes dependency sums (each unordered pair counted from both ends), as whole numbers of
   * units of 1 / dependencyUnit(n).
   */
  dependency: Float64Array;
  /** Per source: sum of distances to the nodes it reaches, and how many it reaches (itself excluded). */
  distanceSum: Float64Array;
  reached: Int32Array;
  /** Per source: sum of 1 / distance. */
  inverseDistanceSum: Float64Array;
  /** Per source: greatest distance to a reached node. */
  eccentricity: Float64Array;
}

export interface SweepOptions {
  /** Distance = 1 / weight (Dijkstra) instead of the number of ties. */
  weighted?: boolean;
  /** Called after each source with how many of the range are done. */
  onSource?: (done: number) => void;
  /** Add into these sums (of earlier ranges) instead of fresh ones. */
  into?: PathPartials;
  /**
   * Called once per source, after its search: the nodes reached (`order[0 .. count)`, the
   * source first, in non-decreasing distance) and each one's distance (`distance[v]`, a number
   * of ties, or of 1 / weight when weighted). The arrays are the sweep's own, valid only during
   * the call.
   */
  visit?: SourceVisit;
}

export type SourceVisit = (
  source: number,
  order: Int32Array,
  count: number,
  distance: Int32Array | Float64Array,
) => void;

const DEFAULTS = { weighted: false };

export function emptyPathPartials(n: number): PathPartials {
  return {
    dependency: new Float64Array(n),
    distanceSum: new Float64Array(n),
    reached: new Int32Array(n),
    inverseDistanceSum: new Float64Array(n),
    eccentricity: new Float64Array(n),
  };
}

/**
 * Scale of the dependency sums. Each source's contribution is rounded to a multiple of
 * 1 / dependencyUnit(n) and the sums are kept as whole numbers below 2^53, where adding doubles
 * is exact and so does not depend on the order: a sweep split across any number of workers
 * gives the same bits as one thread, on every machine. The rounding moves a node's normalised
 * betweenness by at most 1 / (2·unit·(n − 2)), below 1e-11.
 */
export function dependencyUnit(n: number): number {
  // A node's dependency sum is at most (n − 1)(n − 2) < n²; one bit of headroom for the rounding.
  return 2 ** (52 - Math.ceil(Math.log2(Math.max(4, n * n))));
}

/** Adds `part` into `total`. Ranges are disjoint, so per-source fields come from one part only. */
export function mergePathPartials(total: PathPartials, part: PathPartials): PathPartials {
  const n = total?.dependency?.length;
  if (n === undefined || part?.dependency?.length !== n || part.eccentricity?.length !== n) {
    throw new Error('mergePathPartials: both sums must come from sweeps of the same nodes.');
  }
  for (let i = 0; i < n; i += 1) {
    total.dependency[i] = (total.dependency[i] as number) + (part.dependency[i] as number);
    total.distanceSum[i] = (total.distanceSum[i] as number) + (part.distanceSum[i] as number);
    total.reached[i] = (total.reached[i] as number) + (part.reached[i] as number);
    total.inverseDistanceSum[i] =
      (total.inverseDistanceSum[i] as number) + (part.inverseDistanceSum[i] as number);
    total.eccentricity[i] = Math.max(
      total.eccentricity[i] as number,
      part.eccentricity[i] as number,
    );
  }
  return total;
}

interface SweepState {
  unit: number;
  /** Unweighted: BFS level, −1 = not reached. */
  level: Int32Array;
  /** Weighted: distance, −1 = not reached. */
  distance: Float64Array;
  /** Number of shortest paths from the source (a double: counts overflow 32 bits on lattices). */
  sigma: Float64Array;
  /** (1 + dependency) / sigma, pulled by the predecessors on the way back. */
  coefficient: Float64Array;
  /** Nodes in non-decreasing distance from the source. */
  order: Int32Array;
  /**
   * Candidate successors of order[i]: successors[successorEnd[i − 1] .. successorEnd[i]).
   * Unweighted: node ids, all of them true successors. Weighted: adjacency slots, checked again
   * on the way back (a distance may still shrink after the slot is listed).
   */
  successors: Int32Array;
  successorEnd: Int32Array;
  /** Weighted only: 1 / weight per adjacency slot, the settled marks and the queue. */
  length: Float64Array;
  settled: Uint8Array;
  heap: MinHeap;
  visit: SourceVisit | undefined;
}

/** Runs the sweep from the sources `from` (inclusive) to `to` (exclusive). */
export function sweepSources(
  csr: Csr,
  from: number,
  to: number,
  options: SweepOptions = {},
): PathPartials {
  const n = assertCsr('sweepSources', csr);
  if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && to <= n && from <= to)) {
    throw new Error(`sweepSources: source range [${from}, ${to}) is outside 0..${n}.`);
  }
  const sources = new Int32Array(to - from);
  for (let i = 0; i < sources.length; i += 1) sources[i] = from + i;
  return sweep('sweepSources', csr, n, sources, options);
}

/** The same sweep from a list of sources (each at most once), in the list's order. */
export function sweepSourceList(
  csr: Csr,
  sources: Int32Array,
  options: SweepOptions = {},
): PathPartials {
  const n = assertCsr('sweepSourceList', csr);
  const seen = new Uint8Array(n);
  for (const source of sources) {
    if (!(source >= 0 && source < n) || seen[source] === 1) {
      throw new Error(`sweepSourceList: source ${source} is outside 0..${n} or given twice.`);
    }
    seen[source] = 1;
  }
  return sweep('sweepSourceList', csr, n, sources, options);
}

function sweep(
  fn: string,
  csr: Csr,
  n: number,
  sources: Int32Array,
  options: SweepOptions,
): PathPartials {
  const { weighted, onSource, into, visit } = withDefaults(fn, DEFAULTS, options);
  if (into !== undefined && into.dependency?.length !== n) {
    throw new Error(`${fn}: \`into\` must hold the sums of ${n} nodes.`);
  }
  const partials = into ?? emptyPathPartials(n);
  const state: SweepState = {
    unit: dependencyUnit(n),
    level: new Int32Array(weighted ? 0 : n).fill(-1),
    distance: new Float64Array(weighted ? n : 0).fill(-1),
    sigma: new Float64Array(n),
    coefficient: new Float64Array(n),
    order: new Int32Array(n),
    successors: new Int32Array(csr.neighbors.length),
    successorEnd: new Int32Array(n),
    length: weighted ? csr.weights.map((w) => 1 / w) : new Float64Array(0),
    settled: new Uint8Array(weighted ? n : 0),
    heap: new MinHeap(weighted ? n : 0),
    visit,
  };
  for (let i = 0; i < sources.length; i += 1) {
    const source = sources[i] as number;
    if (weighted) weightedFrom(csr, source, state, partials);
    else unweightedFrom(csr, source, state, partials);
    onSource?.(i + 1);
  }
  return partials;
}

/**
 * The unweighted kernel, the hot loop of the whole suite. While searching, each node's ties to
 * the next level are listed (contiguously, in search order); on the way back each node pulls
 * its successors' coefficients from that list: no predecessor lists, no second scan of the
 * adjacency, one write per node.
 */
function unweightedFrom(csr: Csr, source: number, s: SweepState, p: PathPartials): void {
  const { offsets, neighbors } = csr;
  const { level, sigma, coefficient, order, successors, successorEnd, unit } = s;
  level[source] = 0;
  sigma[source] = 1;
  order[0] = source;
  let head = 0;
  let tail = 1;
  let listed = 0;
  while (head < tail) {
    const v = order[head] as number;
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
        successors[listed++] = w;
      } else if (lw === next) {
        sigma[w] = (sigma[w] as number) + sv;
        successors[listed++] = w;
      }
    }
    successorEnd[head++] = listed;
  }
  let distanceSum = 0;
  let inverseSum = 0;
  for (let i = tail - 1; i > 0; i -= 1) {
    const v = order[i] as number;
    let pulled = 0;
    const end = successorEnd[i] as number;
    for (let k = successorEnd[i - 1] as number; k < end; k += 1) {
      pulled += coefficient[successors[k] as number] as number;
    }
    const sv = sigma[v] as number;
    const dependency = sv * pulled;
    coefficient[v] = (1 + dependency) / sv;
    p.dependency[v] = (p.dependency[v] as number) + Math.round(dependency * unit);
    const distance = level[v] as number;
    distanceSum += distance;
    inverseSum += 1 / distance;
  }
  p.distanceSum[source] = distanceSum;
  p.reached[source] = tail - 1;
  p.inverseDistanceSum[source] = inverseSum;
  p.eccentricity[source] = level[order[tail - 1] as number] as number;
  s.visit?.(source, order, tail, level);
  for (let i = 0; i < tail; i += 1) {
    const w = order[i] as number;
    level[w] = -1;
    sigma[w] = 0;
    coefficient[w] = 0;
  }
}

/**
 * Dijkstra from the source over distance = 1 / weight, then the same pull on the way back.
 * A successor is a neighbour whose distance equals this node's distance plus the tie's length
 * exactly: the comparison networkx makes, on the same doubles.
 */
function weightedFrom(csr: Csr, source: number, s: SweepState, p: PathPartials): void {
  const { offsets, neighbors } = csr;
  const { distance, sigma, coefficient, order, successors, successorEnd } = s;
  const { length, settled, heap, unit } = s;
  heap.clear();
  distance[source] = 0;
  sigma[source] = 1;
  heap.push(source, 0);
  let count = 0;
  let listed = 0;
  while (heap.size > 0) {
    const v = heap.pop();
    if (settled[v] === 1) continue;
    settled[v] = 1;
    const dv = distance[v] as number;
    const sv = sigma[v] as number;
    const end = offsets[v + 1] as number;
    for (let e = offsets[v] as number; e < end; e += 1) {
      const w = neighbors[e] as number;
      if (settled[w] === 1) continue;
      const candidate = dv + (length[e] as number);
      const dw = distance[w] as number;
      if (dw === -1 || candidate < dw) {
        distance[w] = candidate;
        sigma[w] = sv;
        heap.push(w, candidate);
        successors[listed++] = e;
      } else if (candidate === dw) {
        sigma[w] = (sigma[w] as number) + sv;
        successors[listed++] = e;
      }
    }
    order[count] = v;
    successorEnd[count++] = listed;
  }
  let distanceSum = 0;
  let inverseSum = 0;
  let farthest = 0;
  for (let i = count - 1; i > 0; i -= 1) {
    const v = order[i] as number;
    const dv = distance[v] as number;
    let pulled = 0;
    const end = successorEnd[i] as number;
    for (let k = successorEnd[i - 1] as number; k < end; k += 1) {
      const e = successors[k] as number;
      const w = neighbors[e] as number;
      if (dv + (length[e] as number) === distance[w]) pulled += coefficient[w] as number;
    }
    const sv = sigma[v] as number;
    const dependency = sv * pulled;
    coefficient[v] = (1 + dependency) / sv;
    p.dependency[v] = (p.dependency[v] as number) + Math.round(dependency * unit);
    distanceSum += dv;
    inverseSum += 1 / dv;
    if (dv > farthest) farthest = dv;
  }
  p.distanceSum[source] = distanceSum;
  p.reached[source] = count - 1;
  p.inverseDistanceSum[source] = inverseSum;
  p.eccentricity[source] = farthest;
  s.visit?.(source, order, count, distance);
  for (let i = 0; i < count; i += 1) {
    const w = order[i] as number;
    distance[w] = -1;
    sigma[w] = 0;
    coefficient[w] = 0;
    settled[w] = 0;
  }
}

/** Below this many organisations, more than one part costs more than it saves. */
const WORTH_SPLITTING = 1_500;

/**
 * Most parts a sweep is split into, however many cores: each part holds its own copy of the
 * input and its own work arrays.
 */
export const MOST_SWEEP_PARTS = 8;

/**
 * How the sources of the sweep are split across `available` threads or workers (the command
 * line's and the app's alike): ranges [from, to) covering 0 … n − 1, at least 500 sources each,
 * MOST_SWEEP_PARTS at most, one range for a small network.
 */
export function sweepParts(n: number, available: number): [number, number][] {
  const most = Math.min(Math.floor(available), MOST_SWEEP_PARTS, Math.ceil(n / 500));
  const parts = n < WORTH_SPLITTING ? 1 : Math.max(1, most);
  return Array.from({ length: parts }, (_, part) => [
    Math.floor((part * n) / parts),
    Math.floor(((part + 1) * n) / parts),
  ]);
}
