import { describe, expect, it } from 'vitest';
import { generateNetwork, networkToCsv } from '../../../datasets/generator/network';
import { parallelSweep } from '../../../src/cli/sweepPool';
import { buildAnalysisInput } from '../../../src/core/metrics/input';
import { MOST_SWEEP_PARTS, sweepParts, sweepSources } from '../../../src/core/metrics/paths';
import { importDataset } from '../../../src/core/model/importDataset';

describe('the path sweep split across worker threads', () => {
  it('gives the same sums as one sweep on one thread', async () => {
    const csv = networkToCsv(generateNetwork({ organizations: 2_000, links: 8_000, seed: 3 }));
    const dataset = importDataset([
      { name: 'organizations.csv', bytes: new TextEncoder().encode(csv.organizations) },
      { name: 'links.csv', bytes: new TextEncoder().encode(csv.links) },
    ]);
    const csr = buildAnalysisInput(dataset);
    const single = sweepSources(csr, 0, dataset.organizations.length);
    const pooled = await parallelSweep(csr, { threads: 2 });
    expect(Array.from(pooled.distanceSum)).toEqual(Array.from(single.distanceSum));
    expect(Array.from(pooled.reached)).toEqual(Array.from(single.reached));
    expect(Array.from(pooled.eccentricity)).toEqual(Array.from(single.eccentricity));
    pooled.dependency.forEach((value, i) => {
      expect(Math.abs(value - (single.dependency[i] as number))).toBeLessThan(1e-6);
    });
  }, 60_000);
});

describe('the parts of the sweep (the command line’s threads and the app’s workers alike)', () => {
  it('cover every source once, at least 500 a part, one part for a small network', () => {
    expect(sweepParts(0, 4)).toEqual([[0, 0]]);
    expect(sweepParts(1_000, 8)).toEqual([[0, 1_000]]);
    expect(sweepParts(2_000, 8)).toEqual([
      [0, 500],
      [500, 1_000],
      [1_000, 1_500],
      [1_500, 2_000],
    ]);
    for (const [n, available] of [
      [1_500, 2],
      [10_001, 3],
      [99_999, 8],
    ] as const) {
      const parts = sweepParts(n, available);
      expect(parts.length).toBeLessThanOrEqual(available);
      expect(parts[0]?.[0]).toBe(0);
      expect(parts.at(-1)?.[1]).toBe(n);
      parts.slice(1).forEach(([from], i) => expect(from).toBe(parts[i]![1]));
    }
  });

  it('are never more than MOST_SWEEP_PARTS, however many cores, nor fewer than one', () => {
    expect(sweepParts(100_000, 64)).toHaveLength(MOST_SWEEP_PARTS);
    expect(sweepParts(100_000, 0)).toEqual([[0, 100_000]]);
  });
});
