/**
 * Structure of the analysis graph: degree, strength, degree centrality, connected components
 * and density, each equal to the networkx function of the same name (README, the metric definitions).
 * Computed over typed arrays indexed by node position; keyed by organisation id on the way out.
 */
import type { AnalysisGraph } from '../model/graphs';
import { textKeyed } from '../records';

/** The analysis graph's ties as parallel arrays over node positions (graph order). */
export interface IndexedTies {
  nodes: string[];
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

export interface ComponentsResult {
  /** Number of connected components; isolated organisations count as one each. */
  count: number;
  /** Size of the largest component (0 for an empty graph). */
  largest: number;
  /** Size of each component, by component index. */
  sizes: number[];
  /** Component index per organisation, numbered in the order the components first appear. */
  component: Record<string, number>;
}

export interface StructureResult {
  organizations: number;
  ties: number;
  degree: Record<string, number>;
  strength: Record<string, number>;
  degreeCentrality: Record<string, number>;
  components: ComponentsResult;
  density: number;
}

function assertAnalysisGraph(fn: string, graph: AnalysisGraph): void {
  if (graph.type !== 'undirected' || graph.multi) {
    throw new Error(
      `${fn}: expects the analysis graph (undirected, one tie per pair), got a ${graph.multi ? 'multi ' : ''}${graph.type} graph.`,
    );
  }
}

/** Self loops are skipped: the analysis graph has none, and they are no partner. */
export function indexTies(graph: AnalysisGraph): IndexedTies {
  assertAnalysisGraph('indexTies', graph);
  const nodes = graph.nodes();
  const position = new Map<string, number>();
  nodes.forEach((node, index) => position.set(node, index));
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  const weights = new Float64Array(graph.size);
  let tie = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    sources[tie] = position.get(source) ?? 0;
    targets[tie] = position.get(target) ?? 0;
    weights[tie] = attributes.weight;
    tie += 1;
  });
  return {
    nodes,
    sources: sources.subarray(0, tie),
    targets: targets.subarray(0, tie),
    weights: weights.subarray(0, tie),
  };
}

function keyed(nodes: string[], values: ArrayLike<number>): Record<string, number> {
  // No prototype: a node keyed `__proto__` is a key like any other.
  const result = textKeyed<number>();
  nodes.forEach((node, index) => {
    result[node] = values[index] ?? 0;
  });
  return result;
}

function degreeArray({ nodes, sources, targets }: IndexedTies): Int32Array {
  const degrees = new Int32Array(nodes.length);
  for (let tie = 0; tie < sources.length; tie++) {
    degrees[sources[tie] ?? 0]! += 1;
    degrees[targets[tie] ?? 0]! += 1;
  }
  return degrees;
}

function strengthArray({ nodes, sources, targets, weights }: IndexedTies): Float64Array {
  const strengths = new Float64Array(nodes.length);
  for (let tie = 0; tie < sources.length; tie++) {
    const weight = weights[tie] ?? 0;
    strengths[sources[tie] ?? 0]! += weight;
    strengths[targets[tie] ?? 0]! += weight;
  }
  return strengths;
}

/** networkx `degree_centrality`: degree / (n − 1), and 1 for the lone node of a 1-node graph. */
function degreeCentralityArray(degrees: Int32Array): Float64Array {
  const n = degrees.length;
  const centrality = new Float64Array(n);
  const scale = n <= 1 ? 1 : 1 / (n - 1);
  for (let node = 0; node < n; node++) centrality[node] = n <= 1 ? 1 : (degrees[node] ?? 0) * scale;
  return centrality;
}

function componentsOf({ nodes, sources, targets }: IndexedTies): ComponentsResult {
  const n = nodes.length;
  // Union–find with path halving: one pass over the ties, no adjacency lists needed.
  const parent = new Int32Array(n);
  for (let node = 0; node < n; node++) parent[node] = node;
  const find = (start: number): number => {
    let node = start;
    while (parent[node] !== node) {
      const grandparent = parent[parent[node] ?? node] ?? node;
      parent[node] = grandparent;
      node = grandparent;
    }
    return node;
  };
  for (let tie = 0; tie < sources.length; tie++) {
    const a = find(sources[tie] ?? 0);
    const b = find(targets[tie] ?? 0);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }

  const indexOfRoot = new Int32Array(n).fill(-1);
  const sizes: number[] = [];
  const component = textKeyed<number>();
  for (let node = 0; node < n; node++) {
    const root = find(node);
    let index = indexOfRoot[root] ?? -1;
    if (index === -1) {
      index = sizes.length;
      indexOfRoot[root] = index;
      sizes.push(0);
    }
    sizes[index] = (sizes[index] ?? 0) + 1;
    component[nodes[node] ?? ''] = index;
  }
  return {
    count: sizes.length,
    largest: sizes.reduce((a, b) => Math.max(a, b), 0),
    sizes,
    component,
  };
}

/** networkx `density` of an undirected graph: 2m / (n(n − 1)), 0 when n ≤ 1. */
function densityOf(n: number, m: number): number {
  return n <= 1 ? 0 : (2 * m) / (n * (n - 1));
}

/** Number of distinct partners of each organisation. */
export function degree(graph: AnalysisGraph): Record<string, number> {
  const ties = indexTies(graph);
  return keyed(ties.nodes, degreeArray(ties));
}

/** Sum of the weights of each organisation's ties. */
export function strength(graph: AnalysisGraph): Record<string, number> {
  const ties = indexTies(graph);
  return keyed(ties.nodes, strengthArray(ties));
}

export function degreeCentrality(graph: AnalysisGraph): Record<string, number> {
  const ties = indexTies(graph);
  return keyed(ties.nodes, degreeCentralityArray(degreeArray(ties)));
}

export function connectedComponents(graph: AnalysisGraph): ComponentsResult {
  return componentsOf(indexTies(graph));
}

export function density(graph: AnalysisGraph): number {
  const ties = indexTies(graph);
  return densityOf(ties.nodes.length, ties.sources.length);
}

/** Everything above from one pass over the graph. */
export function computeStructure(graph: AnalysisGraph): StructureResult {
  const ties = indexTies(graph);
  const degrees = degreeArray(ties);
  return {
    organizations: ties.nodes.length,
    ties: ties.sources.length,
    degree: keyed(ties.nodes, degrees),
    strength: keyed(ties.nodes, strengthArray(ties)),
    degreeCentrality: keyed(ties.nodes, degreeCentralityArray(degrees)),
    components: componentsOf(ties),
    density: densityOf(ties.nodes.length, ties.sources.length),
  };
}
