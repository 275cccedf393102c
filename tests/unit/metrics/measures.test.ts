import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { brokerage } from '../../../src/core/metrics/brokerage';
import { detectCommunities, modularity } from '../../../src/core/metrics/communities';
import { buildCsr } from '../../../src/core/metrics/csr';
import { neighborhoodMeasures } from '../../../src/core/metrics/neighborhood';
import { sectorMixing } from '../../../src/core/metrics/sectors';
import { eigenvectorCentrality, pagerank } from '../../../src/core/metrics/spectral';
import { suggestAlliances } from '../../../src/core/metrics/suggestions';
import type { AnalysisGraph } from '../../../src/core/model/graphs';
import { NETWORKS, reference, referenceGraph } from './reference';

const TOLERANCE = 1e-6;

function expectClose(
  actual: ArrayLike<number>,
  expected: Record<string, number | null>,
  nodes: string[],
) {
  nodes.forEach((node, i) => {
    const want = expected[node];
    const got = actual[i] as number;
    if (want === null || want === undefined) expect(Number.isNaN(got), node).toBe(true);
    else expect(Math.abs(got - want), `${node}: ${got} vs ${want}`).toBeLessThan(TOLERANCE);
  });
}

describe.each(NETWORKS)('measures on %s equal networkx', (name) => {
  const ref = reference(name);
  const graph = referenceGraph(ref);
  const csr = buildCsr(graph);

  it('eigenvector_centrality and pagerank', () => {
    expectClose(eigenvectorCentrality(csr), ref.eigenvector as Record<string, number>, ref.nodes);
    expectClose(pagerank(csr), ref.pagerank as Record<string, number>, ref.nodes);
  });

  it('clustering, transitivity, average_clustering, constraint, effective_size', () => {
    const m = neighborhoodMeasures(csr);
    expectClose(m.clustering, ref.clustering as Record<string, number>, ref.nodes);
    expectClose(m.constraint, ref.constraint as Record<string, number | null>, ref.nodes);
    expectClose(m.effectiveSize, ref.effective_size as Record<string, number | null>, ref.nodes);
    expect(m.transitivity).toBeCloseTo(ref.transitivity as number, 9);
    expect(m.averageClustering).toBeCloseTo(ref.average_clustering as number, 9);
  });

  it('Louvain reaches 99 % of networkx’s best over 20 seeds, reported with its own modularity', () => {
    const found = detectCommunities(graph, csr, { seed: 7 });
    expect(found.modularity).toBeGreaterThanOrEqual(0.99 * (ref.best_louvain_modularity as number));
    expect(found.modularity).toBe(modularity(csr, found.community));
    expect(detectCommunities(graph, csr, { seed: 7 }).community).toEqual(found.community);
  });

  it('brokerage counts by sector pattern', () => {
    const b = brokerage(csr);
    const expected = ref.brokerage as Record<string, Record<string, number>>;
    ref.nodes.forEach((node, i) => {
      expect({
        coordinator: b.coordinator[i],
        consultant: b.consultant[i],
        representative: b.representative[i],
        liaison: b.liaison[i],
      }).toEqual(expected[node]);
    });
  });

  it('E-I index per sector and overall, and attribute_assortativity_coefficient', () => {
    const mixing = sectorMixing(csr);
    const ei = ref.ei_index as Record<string, number>;
    for (const row of mixing.sectors)
      expect(row.eiIndex).toBeCloseTo(ei[row.sector as string] as number, 9);
    expect(mixing.eiIndex).toBeCloseTo(ref.ei_overall as number, 9);
    expect(mixing.assortativity).toBeCloseTo(ref.sector_assortativity as number, 9);
    const observedTotal = mixing.mixing.observed.reduce(
      (sum, row, i) => sum + row.reduce((s, v, j) => (j >= i ? s + v : s), 0),
      0,
    );
    expect(observedTotal).toBe(ref.edges.length);
    const expectedTotal = mixing.mixing.expected.reduce(
      (sum, row, i) => sum + row.reduce((s, v, j) => (j >= i ? s + v : s), 0),
      0,
    );
    expect(expectedTotal).toBeCloseTo(ref.edges.length, 9);
  });

  it('suggested alliances: the best adamic_adar_index scores of untied pairs', () => {
    const expected = ref.adamic_adar as [string, string, number][];
    const top = suggestAlliances(csr, { limit: 10 });
    expect(top.map((s) => s.score)).toEqual(
      expected.slice(0, top.length).map(([, , score]) => expect.closeTo(score, 9)),
    );
    const scores = new Map(expected.map(([a, b, s]) => [`${a}|${b}`, s]));
    for (const s of top) {
      const [a = '', b = ''] = [
        ref.nodes[s.source] as string,
        ref.nodes[s.target] as string,
      ].sort();
      expect(scores.get(`${a}|${b}`)).toBeCloseTo(s.score, 9);
      expect(s.sharedPartners.length).toBeGreaterThan(0);
      expect(s.crossSector).toBe(ref.sectors[a] !== ref.sectors[b]);
    }
  });
});

describe('weighted mode equals networkx with weights', () => {
  const ref = reference('karate');
  const weighted = ref.weighted as Record<string, unknown> & { edges: [string, string, number][] };
  const csr = buildCsr(referenceGraph({ ...ref, edges: weighted.edges }, true));
  it('eigenvector, pagerank, clustering, constraint, effective size', () => {
    expectClose(
      eigenvectorCentrality(csr, { weighted: true }),
      weighted.eigenvector as Record<string, number>,
      ref.nodes,
    );
    expectClose(
      pagerank(csr, { weighted: true }),
      weighted.pagerank as Record<string, number>,
      ref.nodes,
    );
    const m = neighborhoodMeasures(csr, { weighted: true });
    expectClose(m.clustering, weighted.clustering as Record<string, number>, ref.nodes);
    expectClose(m.constraint, weighted.constraint as Record<string, number>, ref.nodes);
    expectClose(m.effectiveSize, weighted.effective_size as Record<string, number>, ref.nodes);
  });
});

describe('modularity reported is the modularity of the partition reported', () => {
  it('holds on random graphs (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.array(fc.tuple(fc.nat(39), fc.nat(39)), { maxLength: 120 }),
        fc.integer({ min: 1, max: 1000 }),
        (n, pairs, seed) => {
          const graph: AnalysisGraph = new UndirectedGraph();
          for (let i = 0; i < n; i += 1) graph.addNode(String(i), { sector: null });
          for (const [a, b] of pairs) {
            const [x, y] = [String(a % n), String(b % n)];
            if (x !== y && !graph.hasEdge(x, y)) graph.addEdge(x, y, { weight: 1, links: 1 });
          }
          const csr = buildCsr(graph);
          const found = detectCommunities(graph, csr, { seed, restarts: 2 });
          expect(found.modularity).toBe(modularity(csr, found.community));
        },
      ),
      { numRuns: 60 },
    );
  });
  it('names itself on a bad seed', () => {
    const ref = reference('kite');
    const graph = referenceGraph(ref);
    expect(() => detectCommunities(graph, buildCsr(graph), { seed: 1.5 })).toThrow(
      /^detectCommunities: /,
    );
  });
});
