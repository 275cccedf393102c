import { describe, expect, it } from 'vitest';
import { buildCsr } from '../../../src/core/metrics/csr';
import {
  mergePathPartials,
  emptyPathPartials,
  sweepSources,
} from '../../../src/core/metrics/paths';
import { finishPathMeasures } from '../../../src/core/metrics/pathMeasures';
import { NETWORKS, reference, referenceGraph } from './reference';

const TOLERANCE = 1e-6;

function expectClose(actual: ArrayLike<number>, expected: Record<string, number>, nodes: string[]) {
  nodes.forEach((node, i) => {
    expect(Math.abs((actual[i] as number) - (expected[node] as number)), node).toBeLessThan(
      TOLERANCE,
    );
  });
}

describe.each(NETWORKS)('path measures on %s equal networkx', (name) => {
  const ref = reference(name);
  const csr = buildCsr(referenceGraph(ref));
  const n = ref.nodes.length;
  const measures = finishPathMeasures(csr, sweepSources(csr, 0, n));

  it('betweenness_centrality(normalized=True)', () => {
    expectClose(measures.betweenness, ref.betweenness as Record<string, number>, ref.nodes);
  });
  it('closeness_centrality (Wasserman–Faust)', () => {
    expectClose(measures.closeness, ref.closeness as Record<string, number>, ref.nodes);
  });
  it('harmonic_centrality / (n − 1)', () => {
    expectClose(measures.harmonic, ref.harmonic as Record<string, number>, ref.nodes);
  });
  it('diameter and average path length of the largest component', () => {
    expect(measures.diameter).toBe(ref.diameter);
    expect(measures.averagePathLength).toBeCloseTo(ref.average_path_length as number, 9);
  });
  it('gives the same sums when the sources are split in three ranges and merged', () => {
    const cuts = [0, Math.floor(n / 3), Math.floor((2 * n) / 3), n];
    const merged = emptyPathPartials(n);
    for (let i = 0; i < 3; i += 1) {
      mergePathPartials(merged, sweepSources(csr, cuts[i] as number, cuts[i + 1] as number));
    }
    const split = finishPathMeasures(csr, merged);
    expect(Array.from(split.closeness)).toEqual(Array.from(measures.closeness));
    expect(Array.from(split.harmonic)).toEqual(Array.from(measures.harmonic));
    split.betweenness.forEach((value, i) =>
      expect(value).toBeCloseTo(measures.betweenness[i] as number, 12),
    );
  });
});

describe('weighted path measures (distance = 1 / weight) equal networkx', () => {
  const ref = reference('karate');
  const weighted = ref.weighted as Record<string, Record<string, number>>;
  const csr = buildCsr(referenceGraph({ ...ref, edges: weighted.edges as never }, true));
  const measures = finishPathMeasures(
    csr,
    sweepSources(csr, 0, ref.nodes.length, { weighted: true }),
  );
  it('betweenness, closeness, harmonic', () => {
    expectClose(measures.betweenness, weighted.betweenness as Record<string, number>, ref.nodes);
    expectClose(measures.closeness, weighted.closeness as Record<string, number>, ref.nodes);
    expectClose(measures.harmonic, weighted.harmonic as Record<string, number>, ref.nodes);
  });
});

describe('sweepSources', () => {
  it('names itself when the range is wrong', () => {
    const ref = reference('kite');
    const csr = buildCsr(referenceGraph(ref));
    expect(() => sweepSources(csr, 3, 99)).toThrow(/^sweepSources: /);
  });
  it('leaves its input alone', () => {
    const ref = reference('kite');
    const csr = buildCsr(referenceGraph(ref));
    const before = Array.from(csr.neighbors);
    const first = finishPathMeasures(csr, sweepSources(csr, 0, ref.nodes.length));
    const second = finishPathMeasures(csr, sweepSources(csr, 0, ref.nodes.length));
    expect(Array.from(csr.neighbors)).toEqual(before);
    expect(Array.from(second.betweenness)).toEqual(Array.from(first.betweenness));
  });
});
