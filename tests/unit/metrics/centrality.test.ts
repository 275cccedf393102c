import { describe, it } from 'vitest';
import { eigenvectorCentrality } from '../../../src/core/metrics/eigenvector';
import { pagerank } from '../../../src/core/metrics/pagerank';
import {
  expectClose,
  NETWORKS,
  reference,
  referenceInput,
  TOLERANCE,
  WEIGHTED_NETWORKS,
} from './reference';

// expectClose compares to TOLERANCE (1e-6): the title says the tolerance it uses.
describe.each(NETWORKS)(
  `eigenvector and PageRank on %s equal networkx (tol ${TOLERANCE})`,
  (name) => {
    const ref = reference(name);
    const csr = referenceInput(ref);
    it('eigenvector_centrality', () => {
      expectClose(eigenvectorCentrality(csr), ref.eigenvector, ref.nodes);
    });
    it('pagerank(alpha=0.85)', () => {
      expectClose(pagerank(csr), ref.pagerank, ref.nodes);
    });
  },
);

describe.each(WEIGHTED_NETWORKS)(
  `weighted eigenvector and PageRank on %s equal networkx (tol ${TOLERANCE})`,
  (name) => {
    const ref = reference(name);
    const csr = referenceInput(ref, true);
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
