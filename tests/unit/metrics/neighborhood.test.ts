import { describe, expect, it } from 'vitest';
import { clustering } from '../../../src/core/metrics/clustering';
import { structuralHoles } from '../../../src/core/metrics/structuralHoles';
import { expectClose, NETWORKS, reference, referenceInput, WEIGHTED_NETWORKS } from './reference';

describe.each(NETWORKS)('clustering and structural holes on %s equal networkx', (name) => {
  const ref = reference(name);
  const csr = referenceInput(ref);
  it('clustering, transitivity, average_clustering', () => {
    const result = clustering(csr);
    expectClose(result.clustering, ref.clustering, ref.nodes);
    expect(Math.abs(result.transitivity - ref.transitivity)).toBeLessThan(1e-12);
    expect(Math.abs(result.averageClustering - ref.average_clustering)).toBeLessThan(1e-12);
  });
  it('constraint and effective_size (NaN where networkx gives nan)', () => {
    const result = structuralHoles(csr);
    expectClose(result.constraint, ref.constraint, ref.nodes);
    expectClose(result.effectiveSize, ref.effective_size, ref.nodes);
  });
});

describe.each(WEIGHTED_NETWORKS)(
  'weighted clustering and structural holes on %s equal networkx',
  (name) => {
    const ref = reference(name);
    const weighted = ref.weighted!;
    const csr = referenceInput(ref, true);
    it('clustering(weight="weight") and average_clustering; transitivity ignores weights', () => {
      const result = clustering(csr, { weighted: true });
      expectClose(result.clustering, weighted.clustering, ref.nodes);
      expect(Math.abs(result.averageClustering - weighted.average_clustering)).toBeLessThan(1e-12);
      expect(Math.abs(result.transitivity - weighted.transitivity)).toBeLessThan(1e-12);
    });
    it('constraint and effective_size with weights', () => {
      const result = structuralHoles(csr, { weighted: true });
      expectClose(result.constraint, weighted.constraint, ref.nodes);
      expectClose(result.effectiveSize, weighted.effective_size, ref.nodes);
    });
  },
);
