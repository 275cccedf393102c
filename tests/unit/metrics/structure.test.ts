import { UndirectedGraph, MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { AnalysisGraph } from '../../../src/core/model/graphs';
import {
  computeStructure,
  connectedComponents,
  degree,
  degreeCentrality,
  density,
  indexTies,
  strength,
} from '../../../src/core/metrics/structure';

function graphOf(nodes: string[], ties: [string, string, number?][]): AnalysisGraph {
  const graph: AnalysisGraph = new UndirectedGraph();
  for (const node of nodes) graph.addNode(node, { sector: null });
  for (const [source, target, weight = 1] of ties)
    graph.addEdge(source, target, { weight, links: 1 });
  return graph;
}

// networkx.krackhardt_kite_graph()
const KITE_TIES: [number, number][] = [
  [0, 1],
  [0, 2],
  [0, 3],
  [0, 5],
  [1, 3],
  [1, 4],
  [1, 6],
  [2, 3],
  [2, 5],
  [3, 4],
  [3, 5],
  [3, 6],
  [4, 6],
  [5, 6],
  [5, 7],
  [6, 7],
  [7, 8],
  [8, 9],
];
function kite(): AnalysisGraph {
  return graphOf(
    Array.from({ length: 10 }, (_, i) => String(i)),
    KITE_TIES.map(([a, b]) => [String(a), String(b)]),
  );
}

// networkx.florentine_families_graph() plus the Pucci family, who married no one listed.
const FLORENTINE_TIES: [string, string][] = [
  ['Acciaiuoli', 'Medici'],
  ['Medici', 'Barbadori'],
  ['Medici', 'Ridolfi'],
  ['Medici', 'Tornabuoni'],
  ['Medici', 'Albizzi'],
  ['Medici', 'Salviati'],
  ['Castellani', 'Peruzzi'],
  ['Castellani', 'Strozzi'],
  ['Castellani', 'Barbadori'],
  ['Peruzzi', 'Strozzi'],
  ['Peruzzi', 'Bischeri'],
  ['Strozzi', 'Ridolfi'],
  ['Strozzi', 'Bischeri'],
  ['Ridolfi', 'Tornabuoni'],
  ['Tornabuoni', 'Guadagni'],
  ['Albizzi', 'Ginori'],
  ['Albizzi', 'Guadagni'],
  ['Salviati', 'Pazzi'],
  ['Bischeri', 'Guadagni'],
  ['Guadagni', 'Lamberteschi'],
];
function florentine(): AnalysisGraph {
  const families = [...new Set(FLORENTINE_TIES.flat()), 'Pucci'];
  return graphOf(families, FLORENTINE_TIES);
}

describe('degree, degree centrality and density (networkx values)', () => {
  it('Krackhardt kite', () => {
    const graph = kite();
    expect(degree(graph)).toEqual({ 0: 4, 1: 4, 2: 3, 3: 6, 4: 3, 5: 5, 6: 5, 7: 3, 8: 2, 9: 1 });
    expect(density(graph)).toBeCloseTo(0.4, 12);
    const centrality = degreeCentrality(graph);
    expect(centrality['3']).toBeCloseTo(0.6666666666666666, 12);
    expect(centrality['9']).toBeCloseTo(0.1111111111111111, 12);
  });

  it('Florentine families with an isolated family', () => {
    const result = computeStructure(florentine());
    expect(result.organizations).toBe(16);
    expect(result.ties).toBe(20);
    expect(result.density).toBeCloseTo(0.16666666666666666, 12);
    expect(result.degree['Medici']).toBe(6);
    expect(result.degree['Pucci']).toBe(0);
    expect(result.degreeCentrality['Medici']).toBeCloseTo(6 / 15, 12);
    expect(result.components.count).toBe(2);
    expect(result.components.largest).toBe(15);
    expect(result.components.sizes).toEqual([15, 1]);
    expect(result.components.component['Pucci']).toBe(1);
    expect(result.components.component['Lamberteschi']).toBe(0);
  });

  it('follows networkx at the edges: empty graph, one node, two isolated nodes', () => {
    expect(computeStructure(graphOf([], []))).toEqual({
      organizations: 0,
      ties: 0,
      degree: {},
      strength: {},
      degreeCentrality: {},
      components: { count: 0, largest: 0, sizes: [], component: {} },
      density: 0,
    });
    expect(degreeCentrality(graphOf(['x'], []))).toEqual({ x: 1 });
    expect(density(graphOf(['x'], []))).toBe(0);
    expect(density(graphOf(['x', 'y'], []))).toBe(0);
    expect(density(graphOf(['x', 'y'], [['x', 'y']]))).toBe(1);
  });
});

describe('strength', () => {
  it('sums tie weights', () => {
    const graph = graphOf(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b', 5.5],
        ['b', 'c', 1],
        ['a', 'c', 4],
      ],
    );
    expect(strength(graph)).toEqual({ a: 9.5, b: 6.5, c: 5, d: 0 });
  });
});

describe('connectedComponents', () => {
  it('numbers components in order of first appearance, whatever the tie order', () => {
    const graph = graphOf(
      ['p', 'q', 'r', 's', 't', 'u', 'v'],
      [
        ['v', 'u'],
        ['t', 'r'],
        ['r', 'p'],
        ['u', 'q'],
      ],
    );
    const result = connectedComponents(graph);
    expect(result.component).toEqual({ p: 0, q: 1, r: 0, s: 2, t: 0, u: 1, v: 1 });
    expect(result.sizes).toEqual([3, 3, 1]);
    expect(result.count).toBe(3);
    expect(result.largest).toBe(3);
  });

  it('joins a long chain given in reverse order', () => {
    const nodes = Array.from({ length: 200 }, (_, i) => `n${i}`);
    const ties: [string, string][] = [];
    for (let i = 198; i >= 0; i--) ties.push([`n${i + 1}`, `n${i}`]);
    const result = connectedComponents(graphOf(nodes, ties));
    expect(result.count).toBe(1);
    expect(result.largest).toBe(200);
  });
});

describe('input handling', () => {
  it('leaves the graph alone and gives the same result twice', () => {
    const graph = florentine();
    const before = graph.export();
    const first = computeStructure(graph);
    const second = computeStructure(graph);
    expect(second).toEqual(first);
    expect(graph.export()).toEqual(before);
  });

  it('indexes ties as typed arrays in graph order', () => {
    const ties = indexTies(graphOf(['a', 'b', 'c'], [['c', 'a', 2]]));
    expect(ties.nodes).toEqual(['a', 'b', 'c']);
    expect([...ties.sources]).toEqual([2]);
    expect([...ties.targets]).toEqual([0]);
    expect([...ties.weights]).toEqual([2]);
  });

  it('names the function when given a graph that is not the analysis graph', () => {
    const multi = new MultiGraph() as unknown as AnalysisGraph;
    expect(() => degree(multi)).toThrow(/indexTies: expects the analysis graph/);
  });
});
