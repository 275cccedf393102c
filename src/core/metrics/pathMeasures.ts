/**
 * Final values of the path-based measures from the sweep's partial sums, each equal to networkx:
 * betweenness_centrality(normalized=True), closeness_centrality (Wasserman–Faust scaling),
 * harmonic_centrality / (n − 1), and diameter and average_shortest_path_length of the largest
 * connected component.
 */
import { assertCsr, type Csr } from './csr';
import { dependencyUnit, type PathPartials } from './paths';
import type { Components } from './structure';

export interface PathMeasures {
  betweenness: Float64Array;
  closeness: Float64Array;
  harmonic: Float64Array;
  /** Of the largest component (the first in graph order when sizes tie); null without nodes. */
  diameter: number | null;
  averagePathLength: number | null;
}

/** `components` are the adjacency's (structure.ts): the diameter is the largest one's. */
export function finishPathMeasures(
  csr: Csr,
  partials: PathPartials,
  components: Components,
): PathMeasures {
  const n = assertCsr('finishPathMeasures', csr);
  if (partials?.dependency?.length !== n || partials.reached?.length !== n) {
    throw new Error(`finishPathMeasures: the sums must come from a sweep of these ${n} nodes.`);
  }
  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(n);
  const harmonic = new Float64Array(n);
  // Each unordered pair is counted from both ends, hence 1 / ((n−1)(n−2)) and not 2 / (…).
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2) * dependencyUnit(n)) : 0;
  for (let v = 0; v < n; v += 1) {
    betweenness[v] = (partials.dependency[v] as number) * scale;
    const reached = partials.reached[v] as number;
    const total = partials.distanceSum[v] as number;
    closeness[v] = total > 0 && n > 1 ? (reached / total) * (reached / (n - 1)) : 0;
    harmonic[v] = n > 1 ? (partials.inverseDistanceSum[v] as number) / (n - 1) : 0;
  }
  if (components?.label?.length !== n) {
    throw new Error(`finishPathMeasures: the components must be those of these ${n} nodes.`);
  }
  const { label, largestIndex: largest, largest: size } = components;
  let diameter: number | null = null;
  let averagePathLength: number | null = null;
  if (size > 1) {
    let farthest = 0;
    let totalDistance = 0;
    for (let v = 0; v < n; v += 1) {
      if (label[v] !== largest) continue;
      farthest = Math.max(farthest, partials.eccentricity[v] as number);
      totalDistance += partials.distanceSum[v] as number;
    }
    diameter = farthest;
    averagePathLength = totalDistance / (size * (size - 1));
  } else if (size === 1) {
    diameter = 0;
    averagePathLength = 0;
  }
  return { betweenness, closeness, harmonic, diameter, averagePathLength };
}
