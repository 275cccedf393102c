import { describe, it } from 'vitest';
import { buildCsr } from '../../../src/core/metrics/csr';
import { eigenvectorCentrality } from '../../../src/core/metrics/eigenvector';
import { pagerank } from '../../../src/core/metrics/pagerank';
import { expectClose, NETWORKS, reference, referenceGraph, WEIGHTED_NETWORKS } from './reference';

describe.each(NETWORKS)('eigenvector and PageRank on %s equal networkx (tol 1e-12)', (name) => {
  const ref = reference(name);
  const csr = buildCsr(referenceGraph(ref));
  it('eigenvector_centrality', () => {
    expectClose(eigenvectorCentrality(csr), ref.eigenvector, ref.nodes);
  });
  it('pagerank(alpha=0.85)', () => {
    expectClose(pagerank(csr), ref.pagerank, ref.nodes);
  });
});

describe.each(WEIGHTED_NETWORKS)(
  'weighted eigenvector and PageRank on %s equal networkx',
  (name) => {
    const ref = reference(name);
    const csr = buildCsr(referenceGraph(ref, true));
    it('eigenvector_centrality(weight="weight")', () => {
      expectClose(
        eigenvectorCentrality(csr, { weighted: true }),
        ref.weighted!.eigenvector,
        ref.nodes,
      );
    });
    it('pagerank(weight="weight")', () => {
      expectClose(pagerank(csr, { weighted: true }), ref.weighted!.pagerank, ref.nodes);
    });
  },
);
