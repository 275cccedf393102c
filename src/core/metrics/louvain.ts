/**
 * One Louvain run (resolution 1) on the adjacency, by position: the algorithm of
 * graphology-communities-louvain 2 (fast local moves, a random starting point for each pass,
 * its tie-breaking and its induced graphs), written again over the CSR so that it needs no
 * graphology graph and no organisation id. It visits nodes, neighbours and communities in the
 * order that library does on the analysis graph and sums in the same order, so the same random
 * numbers give the same partition, bit for bit (a unit test compares them on random networks).
 */
import type { Csr } from './csr';

const EPSILON = 1e-10;

/** The library's tie-break: a gain within EPSILON of the best goes to the higher community. */
function better(
  best: number,
  current: number,
  target: number,
  delta: number,
  bestDelta: number,
): boolean {
  if (Math.abs(delta - bestDelta) < EPSILON) return best === current ? false : target > best;
  return delta > bestDelta;
}

/** Community of each position (not renumbered). `rng` gives numbers in [0, 1). */
export function louvainOnce(csr: Csr, weighted: boolean, rng: () => number): Int32Array {
  const n = csr.offsets.length - 1;
  const size = csr.neighbors.length;
  const mapping = new Int32Array(n);
  for (let i = 0; i < n; i += 1) mapping[i] = i;
  if (size === 0) return mapping;

  // The index: each row holds the node's neighbours last tie first, as the library fills it.
  const neighborhood = new Int32Array(size);
  const weights = new Float64Array(size);
  const starts = new Int32Array(n + 1);
  const totalWeights = new Float64Array(n);
  const loops = new Float64Array(n);
  const belongings = new Int32Array(n);
  const counts = new Int32Array(n);
  const unused = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    const from = csr.offsets[i] as number;
    const to = csr.offsets[i + 1] as number;
    starts[i] = from;
    let total = 0;
    for (let e = from; e < to; e += 1) {
      const w = weighted ? (csr.weights[e] as number) : 1;
      total += w;
      const slot = from + (to - 1 - e);
      neighborhood[slot] = csr.neighbors[e] as number;
      weights[slot] = w;
    }
    totalWeights[i] = total;
    belongings[i] = i;
    counts[i] = 1;
  }
  starts[n] = size;
  const M = weighted ? csr.totalWeight : size / 2;
  let C = n;
  let U = 0;

  // Neighbouring communities of the node being moved, in the order first met.
  const seen = new Int32Array(n).fill(-1);
  const denseCommunity = new Int32Array(n);
  const denseWeight = new Float64Array(n);
  let denseSize = 0;
  const addWeight = (community: number, weight: number) => {
    const at = seen[community] as number;
    if (at !== -1 && at < denseSize && denseCommunity[at] === community) {
      denseWeight[at] = (denseWeight[at] as number) + weight;
    } else {
      seen[community] = denseSize;
      denseCommunity[denseSize] = community;
      denseWeight[denseSize++] = weight;
    }
  };
  const weightTo = (community: number): number => {
    const at = seen[community] as number;
    return at !== -1 && at < denseSize && denseCommunity[at] === community
      ? (denseWeight[at] as number)
      : 0;
  };

  // A first-in first-out queue in which a node waits at most once.
  const queue = new Int32Array(n);
  const queued = new Uint8Array(n);
  let head = 0;
  let length = 0;
  const enqueue = (node: number) => {
    if (queued[node] === 1) return;
    queued[node] = 1;
    queue[(head + length) % n] = node;
    length += 1;
  };
  const dequeue = (): number => {
    const node = queue[head] as number;
    head = (head + 1) % n;
    length -= 1;
    queued[node] = 0;
    return node;
  };

  let moveWasMade = true;
  while (moveWasMade) {
    const l = C;
    moveWasMade = false;
    let ri = Math.floor(rng() * l);
    for (let s = 0; s < l; s += 1, ri += 1) enqueue(ri % l);

    while (length !== 0) {
      const i = dequeue();
      let degree = 0;
      denseSize = 0;
      const currentCommunity = belongings[i] as number;
      const end = starts[i + 1] as number;
      for (let e = starts[i] as number; e < end; e += 1) {
        const weight = weights[e] as number;
        degree += weight;
        addWeight(belongings[neighborhood[e] as number] as number, weight);
      }
      const ownDegree = degree + (loops[i] as number);
      let bestDelta =
        weightTo(currentCommunity) -
        (ownDegree * ((totalWeights[currentCommunity] as number) - ownDegree)) / (2 * M);
      let bestCommunity = currentCommunity;
      for (let ci = 0; ci < denseSize; ci += 1) {
        const targetCommunity = denseCommunity[ci] as number;
        if (targetCommunity === currentCommunity) continue;
        const delta =
          (denseWeight[ci] as number) -
          (ownDegree * (totalWeights[targetCommunity] as number)) / (2 * M);
        if (better(bestCommunity, currentCommunity, targetCommunity, delta, bestDelta)) {
          bestDelta = delta;
          bestCommunity = targetCommunity;
        }
      }

      if (bestDelta < 0) {
        // Back to a community of its own (a rare case the library handles the same way).
        if (counts[currentCommunity] === 1) continue;
        bestCommunity = unused[--U] as number;
        totalWeights[currentCommunity] = (totalWeights[currentCommunity] as number) - ownDegree;
        totalWeights[bestCommunity] = (totalWeights[bestCommunity] as number) + ownDegree;
        belongings[i] = bestCommunity;
        counts[currentCommunity] = (counts[currentCommunity] as number) - 1;
        counts[bestCommunity] = (counts[bestCommunity] as number) + 1;
      } else {
        if (bestCommunity === currentCommunity) continue;
        totalWeights[currentCommunity] = (totalWeights[currentCommunity] as number) - ownDegree;
        totalWeights[bestCommunity] = (totalWeights[bestCommunity] as number) + ownDegree;
        belongings[i] = bestCommunity;
        const nowEmpty = counts[currentCommunity] === 1;
        counts[currentCommunity] = (counts[currentCommunity] as number) - 1;
        counts[bestCommunity] = (counts[bestCommunity] as number) + 1;
        if (nowEmpty) unused[U++] = currentCommunity;
      }
      moveWasMade = true;
      for (let e = starts[i] as number; e < end; e += 1) {
        const j = neighborhood[e] as number;
        if (belongings[j] !== bestCommunity) enqueue(j);
      }
    }

    if (moveWasMade) ({ C, U } = zoomOut());
  }
  return mapping;

  /** Every community becomes one node of the next level (the library's `zoomOut`). */
  function zoomOut(): { C: number; U: number } {
    const label = new Int32Array(C).fill(-1);
    let next = 0;
    const communityTotal: number[] = [];
    for (let i = 0; i < C; i += 1) {
      const ci = belongings[i] as number;
      if (label[ci] === -1) {
        label[ci] = next++;
        communityTotal.push(totalWeights[ci] as number);
      }
      belongings[i] = label[ci] as number;
    }
    for (let i = 0; i < n; i += 1) mapping[i] = belongings[mapping[i] as number] as number;

    // Weight between communities, neighbours listed by increasing community (the library keeps
    // them in an object keyed by community number, which iterates in that order).
    const internal = new Float64Array(next);
    const adjacency: Map<number, number>[] = Array.from({ length: next }, () => new Map());
    for (let i = 0; i < C; i += 1) {
      const ci = belongings[i] as number;
      internal[ci] = (internal[ci] as number) + (loops[i] as number);
      const adj = adjacency[ci] as Map<number, number>;
      const end = starts[i + 1] as number;
      for (let e = starts[i] as number; e < end; e += 1) {
        const cj = belongings[neighborhood[e] as number] as number;
        if (ci === cj) {
          internal[ci] = (internal[ci] as number) + (weights[e] as number);
          continue;
        }
        adj.set(cj, (adj.get(cj) ?? 0) + (weights[e] as number));
      }
    }
    let at = 0;
    for (let ci = 0; ci < next; ci += 1) {
      totalWeights[ci] = communityTotal[ci] as number;
      loops[ci] = internal[ci] as number;
      counts[ci] = 1;
      starts[ci] = at;
      belongings[ci] = ci;
      const adj = adjacency[ci] as Map<number, number>;
      for (const cj of [...adj.keys()].sort((a, b) => a - b)) {
        neighborhood[at] = cj;
        weights[at] = adj.get(cj) as number;
        at += 1;
      }
    }
    starts[next] = at;
    return { C: next, U: 0 };
  }
}
