/**
 * Structure of the analysis graph, from its adjacency in one pass: degree, strength, degree
 * centrality, connected components and density, each equal to the networkx function of the same
 * name (README, the metrics). The one place these are computed: the suite, the report and the
 * path measures all read them from here.
 */
import { assertCsr, type Csr } from './csr';

export interface Components {
  /** Number of connected components; isolated organisations count as one each. */
  count: number;
  /** Size of the largest component (0 for an empty graph). */
  largest: number;
  /** Index of the largest component (the first when sizes tie); −1 for an empty graph. */
  largestIndex: number;
  /** Size of each component, by component index. */
  sizes: Int32Array;
  /** Component index per position, numbered in the order the components first appear. */
  label: Int32Array;
}

export interface Structure {
  organizations: number;
  ties: number;
  /** Number of distinct partners. */
  degree: Int32Array;
  /** Sum of the weights of the ties (each tie's weight added in tie order). */
  strength: Float64Array;
  /** networkx `degree_centrality`: degree / (n − 1), and 1 for the lone node of a 1-node graph. */
  degreeCentrality: Float64Array;
  components: Components;
  /** networkx `density` of an undirected graph: 2m / (n(n − 1)), 0 when n ≤ 1. */
  density: number;
}

/** Breadth-first search from each position not yet labelled. */
export function components(csr: Csr): Components {
  const n = assertCsr('components', csr);
  const { offsets, neighbors } = csr;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  let largestIndex = -1;
  for (let start = 0; start < n; start += 1) {
    if (label[start] !== -1) continue;
    const id = sizes.length;
    label[start] = id;
    queue[0] = start;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++] as number;
      const end = offsets[v + 1] as number;
      for (let e = offsets[v] as number; e < end; e += 1) {
        const w = neighbors[e] as number;
        if (label[w] === -1) {
          label[w] = id;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
    if (largestIndex === -1 || tail > (sizes[largestIndex] as number)) largestIndex = id;
  }
  return {
    count: sizes.length,
    largest: largestIndex === -1 ? 0 : (sizes[largestIndex] as number),
    largestIndex,
    sizes: Int32Array.from(sizes),
    label,
  };
}

export function structure(csr: Csr): Structure {
  const n = assertCsr('structure', csr);
  const { offsets, weights } = csr;
  const degree = new Int32Array(n);
  const strength = new Float64Array(n);
  const degreeCentrality = new Float64Array(n);
  const scale = n <= 1 ? 1 : 1 / (n - 1);
  for (let v = 0; v < n; v += 1) {
    const start = offsets[v] as number;
    const end = offsets[v + 1] as number;
    degree[v] = end - start;
    let sum = 0;
    for (let e = start; e < end; e += 1) sum += weights[e] as number;
    strength[v] = sum;
    degreeCentrality[v] = n <= 1 ? 1 : (end - start) * scale;
  }
  const ties = csr.neighbors.length / 2;
  return {
    organizations: n,
    ties,
    degree,
    strength,
    degreeCentrality,
    components: components(csr),
    density: n <= 1 ? 0 : (2 * ties) / (n * (n - 1)),
  };
}
