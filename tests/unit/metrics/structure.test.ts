import { describe, expect, it } from 'vitest';
import { csrFromTies, type Csr } from '../../../src/core/metrics/csr';
import { components, structure } from '../../../src/core/metrics/structure';

/** A network by names: positions follow `nodes`. */
function graphOf(nodes: string[], ties: [string, string, number?][]): Csr {
  const at = new Map(nodes.map((node, i) => [node, i]));
  return csrFromTies('graphOf', {
    n: nodes.length,
    sources: Int32Array.from(ties, ([a]) => at.get(a) as number),
    targets: Int32Array.from(ties, ([, b]) => at.get(b) as number),
    weights: Float64Array.from(ties, ([, , w = 1]) => w),
    sectors: new Array<null>(nodes.length).fill(null),
  });
}

/** Values by name, to compare with networkx's dictionaries. */
function byName(nodes: string[], values: ArrayLike<number>): Record<string, number> {
  return Object.fromEntries(nodes.map((node, i) => [node, values[i] as number]));
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
const KITE_NODES = Array.from({ length: 10 }, (_, i) => String(i));
function kite(): Csr {
  return graphOf(
    KITE_NODES,
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
const FAMILIES = [...new Set(FLORENTINE_TIES.flat()), 'Pucci'];
function florentine(): Csr {
  return graphOf(FAMILIES, FLORENTINE_TIES);
}

describe('degree, degree centrality and density (networkx values)', () => {
  it('Krackhardt kite', () => {
    const result = structure(kite());
    expect(byName(KITE_NODES, result.degree)).toEqual({
      0: 4,
      1: 4,
      2: 3,
      3: 6,
      4: 3,
      5: 5,
      6: 5,
      7: 3,
      8: 2,
      9: 1,
    });
    expect(result.density).toBeCloseTo(0.4, 12);
    expect(result.degreeCentrality[3]).toBeCloseTo(0.6666666666666666, 12);
    expect(result.degreeCentrality[9]).toBeCloseTo(0.1111111111111111, 12);
  });

  it('Florentine families with an isolated family', () => {
    const result = structure(florentine());
    const at = (family: string) => FAMILIES.indexOf(family);
    expect(result.organizations).toBe(16);
    expect(result.ties).toBe(20);
    expect(result.density).toBeCloseTo(0.16666666666666666, 12);
    expect(result.degree[at('Medici')]).toBe(6);
    expect(result.degree[at('Pucci')]).toBe(0);
    expect(result.degreeCentrality[at('Medici')]).toBeCloseTo(6 / 15, 12);
    expect(result.components.count).toBe(2);
    expect(result.components.largest).toBe(15);
    expect(Array.from(result.components.sizes)).toEqual([15, 1]);
    expect(result.components.label[at('Pucci')]).toBe(1);
    expect(result.components.label[at('Lamberteschi')]).toBe(0);
  });

  it('follows networkx at the edges: empty graph, one node, two isolated nodes', () => {
    const empty = structure(graphOf([], []));
    expect(empty.organizations).toBe(0);
    expect(empty.density).toBe(0);
    expect(empty.components).toMatchObject({ count: 0, largest: 0, largestIndex: -1 });
    expect(Array.from(structure(graphOf(['x'], [])).degreeCentrality)).toEqual([1]);
    expect(structure(graphOf(['x'], [])).density).toBe(0);
    expect(structure(graphOf(['x', 'y'], [])).density).toBe(0);
    expect(structure(graphOf(['x', 'y'], [['x', 'y']])).density).toBe(1);
  });
});

describe('strength', () => {
  it('sums tie weights', () => {
    const nodes = ['a', 'b', 'c', 'd'];
    const graph = graphOf(nodes, [
      ['a', 'b', 5.5],
      ['b', 'c', 1],
      ['a', 'c', 4],
    ]);
    expect(byName(nodes, structure(graph).strength)).toEqual({ a: 9.5, b: 6.5, c: 5, d: 0 });
  });
});

describe('components', () => {
  it('numbers components in order of first appearance, whatever the tie order', () => {
    const nodes = ['p', 'q', 'r', 's', 't', 'u', 'v'];
    const result = components(
      graphOf(nodes, [
        ['v', 'u'],
        ['t', 'r'],
        ['r', 'p'],
        ['u', 'q'],
      ]),
    );
    expect(byName(nodes, result.label)).toEqual({ p: 0, q: 1, r: 0, s: 2, t: 0, u: 1, v: 1 });
    expect(Array.from(result.sizes)).toEqual([3, 3, 1]);
    expect(result.count).toBe(3);
    expect(result.largest).toBe(3);
    expect(result.largestIndex).toBe(0);
  });

  it('joins a long chain given in reverse order', () => {
    const nodes = Array.from({ length: 200 }, (_, i) => `n${i}`);
    const ties: [string, string][] = [];
    for (let i = 198; i >= 0; i--) ties.push([`n${i + 1}`, `n${i}`]);
    const result = components(graphOf(nodes, ties));
    expect(result.count).toBe(1);
    expect(result.largest).toBe(200);
  });
});

describe('input handling', () => {
  it('leaves the adjacency alone and gives the same result twice', () => {
    const graph = florentine();
    const before = structuredClone(graph);
    const first = structure(graph);
    const second = structure(graph);
    expect(second).toEqual(first);
    expect(graph).toEqual(before);
  });

  it('names the function when given something that is not an adjacency', () => {
    expect(() => structure({} as Csr)).toThrow(/^structure: expects the adjacency/);
  });
});
