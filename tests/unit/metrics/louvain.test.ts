/**
 * louvain.ts is graphology-communities-louvain's algorithm written again over the adjacency: on
 * the same network and the same random numbers it must give the library's partition exactly.
 */
import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { describe, expect, it } from 'vitest';
import { csrFromTies } from '../../../src/core/metrics/csr';
import { louvainOnce } from '../../../src/core/metrics/louvain';
import { seededRandom } from '../../../src/core/metrics/random';
import { NETWORKS, reference } from './reference';

/** Both views of one list of ties: a graphology graph and the adjacency. */
function bothViews(n: number, ties: [number, number, number][]) {
  const graph = new UndirectedGraph();
  // Ids that the library handles (it keys its own index by them), positions for ours.
  for (let i = 0; i < n; i += 1) graph.addNode(`n${i}`);
  const kept: [number, number, number][] = [];
  for (const [a, b, w] of ties) {
    if (a === b || graph.hasEdge(`n${a}`, `n${b}`)) continue;
    graph.addEdge(`n${a}`, `n${b}`, { weight: w });
    kept.push([a, b, w]);
  }
  const csr = csrFromTies('test', {
    n,
    sources: Int32Array.from(kept, (t) => t[0]),
    targets: Int32Array.from(kept, (t) => t[1]),
    weights: Float64Array.from(kept, (t) => t[2]),
    sectors: new Array<null>(n).fill(null),
  });
  return { graph, csr };
}

function library(graph: UndirectedGraph, weighted: boolean, seed: number): number[] {
  const mapping = louvain(graph, {
    getEdgeWeight: weighted ? 'weight' : null,
    rng: seededRandom(seed),
    resolution: 1,
  });
  return graph.nodes().map((node) => mapping[node] as number);
}

describe('louvainOnce gives graphology-communities-louvain’s partition', () => {
  it.each(NETWORKS)('on %s, weighted or not, for several seeds', (name) => {
    const ref = reference(name);
    const index = new Map(ref.nodes.map((node, i) => [node, i]));
    const ties = ref.edges.map(([a, b, w]): [number, number, number] => [
      index.get(a)!,
      index.get(b)!,
      w,
    ]);
    const { graph, csr } = bothViews(ref.nodes.length, ties);
    for (const weighted of [false, true]) {
      for (const seed of [1, 2, 3, 99]) {
        const ours = Array.from(louvainOnce(csr, weighted, seededRandom(seed)));
        expect(ours, `${name} ${weighted} ${seed}`).toEqual(library(graph, weighted, seed));
      }
    }
  });

  it('on a network of 3,000 organisations, over several levels of induced graphs', () => {
    let state = 12345;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const ties = Array.from({ length: 12_000 }, (): [number, number, number] => [
      Math.floor(next() * 3_000),
      Math.floor(next() * next() * 3_000),
      1 + Math.floor(next() * 4) / 2,
    ]);
    const { graph, csr } = bothViews(3_000, ties);
    for (const weighted of [false, true]) {
      const ours = Array.from(louvainOnce(csr, weighted, seededRandom(7)));
      expect(ours).toEqual(library(graph, weighted, 7));
    }
  });

  it('on random networks with fractional weights (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.tuple(fc.nat(59), fc.nat(59), fc.double({ min: 0.1, max: 5, noNaN: true })), {
          maxLength: 250,
        }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.boolean(),
        (n, pairs, seed, weighted) => {
          const ties = pairs.map(([a, b, w]): [number, number, number] => [a % n, b % n, w]);
          const { graph, csr } = bothViews(n, ties);
          const ours = Array.from(louvainOnce(csr, weighted, seededRandom(seed)));
          expect(ours).toEqual(library(graph, weighted, seed));
        },
      ),
      { numRuns: 300 },
    );
  });
});
