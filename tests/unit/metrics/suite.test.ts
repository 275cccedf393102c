import { describe, expect, it } from 'vitest';
import { buildCsr } from '../../../src/core/metrics/csr';
import {
  emptyPathPartials,
  mergePathPartials,
  sweepSources,
} from '../../../src/core/metrics/paths';
import {
  completeMetricSuite,
  MetricSuiteCancelled,
  runMetricSuite,
  type MetricSuiteResult,
} from '../../../src/core/metrics/suite';
import {
  expectClose,
  NETWORKS,
  randomGraph,
  reference,
  referenceGraph,
  WEIGHTED_NETWORKS,
} from './reference';

describe.each(NETWORKS)('the whole suite on %s', (name) => {
  const ref = reference(name);
  const result = runMetricSuite(referenceGraph(ref), { seed: 3 });

  it('gives every per-organisation measure of networkx, in node order', () => {
    expect(result.nodes).toEqual(ref.nodes);
    expectClose(result.degree, ref.degree, ref.nodes);
    expectClose(result.strength, ref.strength, ref.nodes);
    expectClose(result.degreeCentrality, ref.degree_centrality, ref.nodes);
    expectClose(result.paths.betweenness, ref.betweenness, ref.nodes);
    expectClose(result.paths.closeness, ref.closeness, ref.nodes);
    expectClose(result.paths.harmonic, ref.harmonic, ref.nodes);
    expectClose(result.eigenvector, ref.eigenvector, ref.nodes);
    expectClose(result.pagerank, ref.pagerank, ref.nodes);
    expectClose(result.neighborhood.clustering, ref.clustering, ref.nodes);
    expectClose(result.neighborhood.constraint, ref.constraint, ref.nodes);
    expectClose(result.neighborhood.effectiveSize, ref.effective_size, ref.nodes);
    expect(result.warnings).toEqual([]);
  });

  it('gives the summary of README, the metric definitions', () => {
    const s = result.summary;
    expect(s.organizations).toBe(ref.nodes.length);
    expect(s.ties).toBe(ref.edges.length);
    expect(s.components).toBe(ref.components);
    expect(s.largestComponent).toBe(ref.largest_component);
    expect(Math.abs(s.density - ref.density)).toBeLessThan(1e-12);
    expect(Math.abs(s.transitivity - ref.transitivity)).toBeLessThan(1e-12);
    expect(Math.abs(s.averageClustering - ref.average_clustering)).toBeLessThan(1e-12);
    expect(s.diameter).toBe(ref.diameter);
    expect(Math.abs((s.averagePathLength as number) - ref.average_path_length)).toBeLessThan(1e-12);
    expect(s.modularity).toBe(result.communities.modularity);
    expect(s.modularity as number).toBeGreaterThanOrEqual(0.99 * ref.best_louvain_modularity);
    expect(s.communities).toBe(result.communities.count);
    expect(Math.abs((s.sectorAssortativity as number) - ref.sector_assortativity)).toBeLessThan(
      1e-9,
    );
    expect(Math.abs((s.eiIndex as number) - ref.ei_overall)).toBeLessThan(1e-12);
  });
});

describe.each(WEIGHTED_NETWORKS)('the weighted suite on %s', (name) => {
  const ref = reference(name);
  const weighted = ref.weighted!;
  const result = runMetricSuite(referenceGraph(ref, true), { weighted: true });
  it('equals networkx with weights (strength; distance = 1 / weight for paths)', () => {
    expectClose(result.strength, weighted.strength, ref.nodes);
    expectClose(result.paths.betweenness, weighted.betweenness, ref.nodes);
    expectClose(result.paths.closeness, weighted.closeness, ref.nodes);
    expectClose(result.paths.harmonic, weighted.harmonic, ref.nodes);
    expectClose(result.eigenvector, weighted.eigenvector, ref.nodes);
    expectClose(result.pagerank, weighted.pagerank, ref.nodes);
    expectClose(result.neighborhood.clustering, weighted.clustering, ref.nodes);
    expectClose(result.neighborhood.constraint, weighted.constraint, ref.nodes);
    expectClose(result.neighborhood.effectiveSize, weighted.effective_size, ref.nodes);
    expect(Math.abs((result.summary.diameter as number) - weighted.diameter)).toBeLessThan(1e-12);
    expect(
      Math.abs((result.summary.averagePathLength as number) - weighted.average_path_length),
    ).toBeLessThan(1e-12);
    expect(result.summary.modularity as number).toBeGreaterThanOrEqual(
      0.99 * weighted.best_louvain_modularity,
    );
  });
});

/** Everything but the timings, as plain data, to compare two runs exactly. */
function comparable(result: MetricSuiteResult): unknown {
  const { timings: _timings, csr: _csr, ...rest } = result;
  return JSON.parse(
    JSON.stringify(rest, (_key, value: unknown) =>
      ArrayBuffer.isView(value) ? Array.from(value as Float64Array, String) : value,
    ),
  );
}

describe('the suite on a random network', () => {
  const graph = randomGraph(400, 1_600, 5);

  it('gives identical results whatever the chunks, and from sums merged as workers do', () => {
    const whole = runMetricSuite(graph, { sourcesPerChunk: 400 });
    const single = runMetricSuite(graph, { sourcesPerChunk: 1 });
    expect(comparable(single)).toEqual(comparable(whole));
    const csr = buildCsr(graph);
    const merged = [0, 150, 151, 400]
      .slice(1)
      .map((to, i, ends) => sweepSources(csr, i === 0 ? 0 : (ends[i - 1] as number), to))
      .reduce(mergePathPartials, emptyPathPartials(400));
    expect(comparable(completeMetricSuite(graph, csr, merged))).toEqual(comparable(whole));
  });

  it('reports progress from 0 to 1, never going back', () => {
    const seen: number[] = [];
    runMetricSuite(graph, { onProgress: (f) => seen.push(f), sourcesPerChunk: 50 });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen.length).toBeGreaterThan(10);
    seen.slice(1).forEach((f, i) => expect(f).toBeGreaterThanOrEqual(seen[i] as number));
  });

  it('stops between chunks when cancelled', () => {
    let chunks = 0;
    expect(() =>
      runMetricSuite(graph, {
        sourcesPerChunk: 10,
        onProgress: () => (chunks += 1),
        isCancelled: () => chunks >= 3,
      }),
    ).toThrow(MetricSuiteCancelled);
    expect(chunks).toBe(3);
  });

  it('handles an empty network and one without ties', () => {
    const empty = runMetricSuite(randomGraph(0, 0));
    expect(empty.summary.organizations).toBe(0);
    expect(empty.summary.diameter).toBeNull();
    const lonely = runMetricSuite(randomGraph(3, 0));
    expect(lonely.summary.modularity).toBeNull();
    expect(lonely.summary.sectorAssortativity).toBeNull();
    expect(lonely.summary.diameter).toBe(0);
    expect(Array.from(lonely.neighborhood.constraint).every(Number.isNaN)).toBe(true);
    expect(Array.from(lonely.pagerank)).toEqual(
      [1 / 3, 1 / 3, 1 / 3].map((x) => expect.closeTo(x, 12)),
    );
  });
});
