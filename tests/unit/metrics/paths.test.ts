import { describe, expect, it } from 'vitest';
import { csrFromTies, type Csr } from '../../../src/core/metrics/csr';
import { finishPathMeasures as finish } from '../../../src/core/metrics/pathMeasures';
import {
  dependencyUnit,
  emptyPathPartials,
  mergePathPartials,
  sweepSources,
} from '../../../src/core/metrics/paths';
import { components } from '../../../src/core/metrics/structure';
import {
  expectClose,
  NETWORKS,
  randomNetwork,
  reference,
  referenceInput,
  WEIGHTED_NETWORKS,
} from './reference';

const finishPathMeasures = (csr: Csr, partials: ReturnType<typeof sweepSources>) =>
  finish(csr, partials, components(csr));

describe.each(NETWORKS)('path measures on %s equal networkx', (name) => {
  const ref = reference(name);
  const csr = referenceInput(ref);
  const n = ref.nodes.length;
  const measures = finishPathMeasures(csr, sweepSources(csr, 0, n));

  it('betweenness_centrality(normalized=True)', () => {
    expectClose(measures.betweenness, ref.betweenness, ref.nodes);
  });
  it('closeness_centrality (Wasserman–Faust)', () => {
    expectClose(measures.closeness, ref.closeness, ref.nodes);
  });
  it('harmonic_centrality / (n − 1)', () => {
    expectClose(measures.harmonic, ref.harmonic, ref.nodes);
  });
  it('diameter and average_shortest_path_length of the largest component', () => {
    expect(measures.diameter).toBe(ref.diameter);
    expect(Math.abs((measures.averagePathLength as number) - ref.average_path_length)).toBeLessThan(
      1e-12,
    );
  });
  it('components as networkx counts them', () => {
    const found = components(csr);
    expect(found.count).toBe(ref.components);
    expect(found.largest).toBe(ref.largest_component);
  });
});

describe.each(WEIGHTED_NETWORKS)(
  'weighted path measures (distance = 1 / weight) on %s equal networkx',
  (name) => {
    const ref = reference(name);
    const weighted = ref.weighted!;
    const csr = referenceInput(ref, true);
    const measures = finishPathMeasures(
      csr,
      sweepSources(csr, 0, ref.nodes.length, { weighted: true }),
    );
    it('betweenness, closeness, harmonic', () => {
      expectClose(measures.betweenness, weighted.betweenness, ref.nodes);
      expectClose(measures.closeness, weighted.closeness, ref.nodes);
      expectClose(measures.harmonic, weighted.harmonic, ref.nodes);
    });
    it('diameter and average path length of the largest component', () => {
      expect(Math.abs((measures.diameter as number) - weighted.diameter)).toBeLessThan(1e-12);
      expect(
        Math.abs((measures.averagePathLength as number) - weighted.average_path_length),
      ).toBeLessThan(1e-12);
    });
  },
);

describe('a sweep split by source, as workers split it', () => {
  const csr = randomNetwork(300, 900, 7);
  const n = 300;
  for (const weighted of [false, true]) {
    it(`gives the very same numbers as one sweep (${weighted ? 'weighted' : 'unweighted'})`, () => {
      const whole = sweepSources(csr, 0, n, { weighted });
      const cuts = [0, 97, 98, n]; // uneven, with a one-source range
      const merged = emptyPathPartials(n);
      for (let i = 0; i < 3; i += 1) {
        mergePathPartials(
          merged,
          sweepSources(csr, cuts[i] as number, cuts[i + 1] as number, { weighted }),
        );
      }
      // Added in another order too: the sums are exact, so the order cannot matter.
      const reversed = emptyPathPartials(n);
      for (let i = 2; i >= 0; i -= 1) {
        sweepSources(csr, cuts[i] as number, cuts[i + 1] as number, { weighted, into: reversed });
      }
      for (const partials of [merged, reversed]) {
        for (const key of Object.keys(whole) as (keyof typeof whole)[]) {
          expect(Array.from(partials[key]), key).toEqual(Array.from(whole[key]));
        }
        const a = finishPathMeasures(csr, partials);
        const b = finishPathMeasures(csr, whole);
        expect(Array.from(a.betweenness)).toEqual(Array.from(b.betweenness));
        expect(a.diameter).toBe(b.diameter);
        expect(a.averagePathLength).toBe(b.averagePathLength);
      }
    });
  }
  it('keeps dependency sums whole numbers below 2^53', () => {
    const sums = sweepSources(csr, 0, n).dependency;
    for (const value of sums) {
      expect(Number.isInteger(value)).toBe(true);
      expect(value).toBeLessThan(2 ** 53);
    }
    expect(dependencyUnit(n) * (n - 1) * (n - 2)).toBeLessThan(2 ** 52);
    expect(dependencyUnit(1_000_000) * 1e12).toBeLessThan(2 ** 52);
  });
  it('reports progress after each source', () => {
    const seen: number[] = [];
    sweepSources(csr, 10, 15, { onSource: (done) => seen.push(done) });
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('path counts beyond 32 bits', () => {
  it('stay exact on a chain of 40 diamonds (2^40 shortest paths end to end)', () => {
    const ties: [number, number][] = [];
    for (let d = 0; d < 40; d += 1) {
      const [from, up, down, to] = [3 * d, 3 * d + 1, 3 * d + 2, 3 * d + 3];
      ties.push([from, up], [from, down], [up, to], [down, to]);
    }
    const n = 3 * 40 + 1;
    const csr = csrFromTies('diamonds', {
      n,
      sources: Int32Array.from(ties, (t) => t[0]),
      targets: Int32Array.from(ties, (t) => t[1]),
      weights: new Float64Array(ties.length).fill(1),
      sectors: new Array<null>(n).fill(null),
    });
    const { betweenness } = finishPathMeasures(csr, sweepSources(csr, 0, n));
    // A junction is a cut node: every shortest path between the nodes before it and the nodes
    // after it passes through it; so does one of the two paths joining the two sides of each
    // diamond it closes or opens. Pairs count from both ends (Brandes).
    const middle = 3 * 20;
    const before = middle;
    const after = n - middle - 1;
    const expected = (2 * before * after + 2 * (0.5 + 0.5)) / ((n - 1) * (n - 2));
    expect(Math.abs((betweenness[middle] as number) - expected)).toBeLessThan(1e-12);
  });
});
