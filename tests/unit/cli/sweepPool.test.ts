import { describe, expect, it } from 'vitest';
import { generateNetwork, networkToCsv } from '../../../datasets/generator/network';
import { parallelSweep } from '../../../src/cli/sweepPool';
import { buildCsr } from '../../../src/core/metrics/csr';
import { sweepSources } from '../../../src/core/metrics/paths';
import { buildAnalysisGraph } from '../../../src/core/model/graphs';
import { importDataset } from '../../../src/core/model/importDataset';

describe('the path sweep split across worker threads', () => {
  it('gives the same sums as one sweep on one thread', async () => {
    const csv = networkToCsv(generateNetwork({ organizations: 2_000, links: 8_000, seed: 3 }));
    const dataset = importDataset([
      { name: 'organizations.csv', bytes: new TextEncoder().encode(csv.organizations) },
      { name: 'links.csv', bytes: new TextEncoder().encode(csv.links) },
    ]);
    const csr = buildCsr(buildAnalysisGraph(dataset));
    const single = sweepSources(csr, 0, csr.nodes.length);
    const pooled = await parallelSweep(csr, { threads: 2 });
    expect(Array.from(pooled.distanceSum)).toEqual(Array.from(single.distanceSum));
    expect(Array.from(pooled.reached)).toEqual(Array.from(single.reached));
    expect(Array.from(pooled.eccentricity)).toEqual(Array.from(single.eccentricity));
    pooled.dependency.forEach((value, i) => {
      expect(Math.abs(value - (single.dependency[i] as number))).toBeLessThan(1e-6);
    });
  }, 60_000);
});
