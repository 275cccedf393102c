import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { detectCommunities } from '../../../src/core/metrics/communities';
import { buildCsr } from '../../../src/core/metrics/csr';
import { modularity } from '../../../src/core/metrics/modularity';
import type { AnalysisGraph } from '../../../src/core/model/graphs';
import { NETWORKS, randomGraph, reference, referenceGraph, WEIGHTED_NETWORKS } from './reference';

describe.each(NETWORKS)('communities on %s', (name) => {
  const ref = reference(name);
  const graph = referenceGraph(ref);
  const csr = buildCsr(graph);

  it('modularity equals networkx community.modularity on partitions made by networkx', () => {
    for (const { community, modularity: expected } of ref.partitions) {
      expect(Math.abs(modularity(csr, community) - expected)).toBeLessThan(1e-12);
    }
  });

  it('Louvain reaches 99 % of the best modularity networkx’s Louvain finds over 20 seeds', () => {
    for (const seed of [1, 2, 3]) {
      const found = detectCommunities(graph, csr, { seed });
      expect(found.modularity).toBeGreaterThanOrEqual(0.99 * ref.best_louvain_modularity);
    }
  });

  it('reports the modularity of exactly its partition, communities numbered by size', () => {
    const found = detectCommunities(graph, csr, { seed: 7 });
    expect(found.modularity).toBe(modularity(csr, found.community));
    const sizes = Array.from(
      { length: found.count },
      (_, c) => found.community.filter((x) => x === c).length,
    );
    expect(sizes.every((size) => size > 0)).toBe(true);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });

  it('gives the same communities for the same seed', () => {
    const first = detectCommunities(graph, csr, { seed: 11 });
    const second = detectCommunities(referenceGraph(ref), buildCsr(referenceGraph(ref)), {
      seed: 11,
    });
    expect(Array.from(second.community)).toEqual(Array.from(first.community));
    expect(second.modularity).toBe(first.modularity);
  });
});

describe.each(WEIGHTED_NETWORKS)('weighted communities on %s', (name) => {
  const ref = reference(name);
  const graph = referenceGraph(ref, true);
  const csr = buildCsr(graph);
  it('modularity(weight="weight") equals networkx, Louvain reaches 99 % of its best', () => {
    for (const { community, modularity: expected } of ref.weighted!.partitions) {
      expect(Math.abs(modularity(csr, community, { weighted: true }) - expected)).toBeLessThan(
        1e-12,
      );
    }
    const found = detectCommunities(graph, csr, { seed: 1, weighted: true });
    expect(found.modularity).toBe(modularity(csr, found.community, { weighted: true }));
    expect(found.modularity).toBeGreaterThanOrEqual(0.99 * ref.weighted!.best_louvain_modularity);
  });
});

describe('the modularity reported is the modularity of the partition reported', () => {
  it('on random graphs, weighted or not (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.tuple(fc.nat(39), fc.nat(39), fc.integer({ min: 1, max: 5 })), {
          maxLength: 150,
        }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.boolean(),
        (n, pairs, seed, weighted) => {
          const graph: AnalysisGraph = new UndirectedGraph();
          for (let i = 0; i < n; i += 1) graph.addNode(String(i), { sector: null });
          for (const [a, b, w] of pairs) {
            const [x, y] = [String(a % n), String(b % n)];
            if (x !== y && !graph.hasEdge(x, y)) graph.addEdge(x, y, { weight: w, links: 1 });
          }
          const csr = buildCsr(graph);
          const found = detectCommunities(graph, csr, { seed, restarts: 2, weighted });
          expect(found.modularity).toBe(modularity(csr, found.community, { weighted }));
          expect(found.community.length).toBe(n);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('is NaN without ties (networkx divides by zero), each organisation its own community', () => {
    const graph = randomGraph(5, 0);
    const found = detectCommunities(graph, buildCsr(graph));
    expect(Number.isNaN(found.modularity)).toBe(true);
    expect(found.count).toBe(5);
  });
});
