/**
 * The whole suite, output by output of the metric descriptors, against networkx's values in the
 * fixtures (tests/fixtures/metrics): every output of every descriptor is compared with the
 * fixture or, where networkx has no such function, with the fixture's own count from the
 * definition; the test fails on an output it does not know how to check.
 */
import { describe, expect, it } from 'vitest';
import { outputsOf, type MetricOutput } from '../../../src/core/metrics/registry';
import {
  emptyPathPartials,
  mergePathPartials,
  sweepSources,
} from '../../../src/core/metrics/paths';
import {
  completeMetricSuite,
  MetricSuiteCancelled,
  runMetricSuite,
  SWEEP_SHARE,
  type MetricSuiteResult,
} from '../../../src/core/metrics/suite';
import {
  expectClose,
  NETWORKS,
  randomNetwork,
  reference,
  referenceInput,
  TOLERANCE,
  WEIGHTED_NETWORKS,
  type ByNode,
  type Measures,
  type Reference,
} from './reference';

type Role = 'coordinator' | 'consultant' | 'representative' | 'liaison';

/**
 * networkx `community.modularity` from its definition, over the fixture's own ties: Σ_c L_c / m −
 * (D_c / 2m)².
 */
function modularityOf(ref: Reference, community: ArrayLike<number>, weighted: boolean): number {
  const at = new Map(ref.nodes.map((node, i) => [node, i]));
  let m = 0;
  const inside = new Map<number, number>();
  const degree = new Map<number, number>();
  for (const [a, b, w] of ref.edges) {
    const weight = weighted ? w : 1;
    const [ca, cb] = [community[at.get(a)!]!, community[at.get(b)!]!];
    m += weight;
    degree.set(ca, (degree.get(ca) ?? 0) + weight);
    degree.set(cb, (degree.get(cb) ?? 0) + weight);
    if (ca === cb) inside.set(ca, (inside.get(ca) ?? 0) + weight);
  }
  let q = 0;
  for (const [c, d] of degree) q += (inside.get(c) ?? 0) / m - (d / (2 * m)) ** 2;
  return q;
}

/** Checks one output against the fixture; false when the test has no way to check it. */
function check(
  output: MetricOutput,
  result: MetricSuiteResult,
  ref: Reference,
  values: Measures,
  weighted: boolean,
): boolean {
  const close = (got: number | null | undefined, want: number | null | undefined, what: string) => {
    if (want === null || want === undefined) expect(got ?? null, what).toBeNull();
    else expect(Math.abs((got as number) - want), what).toBeLessThan(TOLERANCE);
  };
  const { place, key } = output;
  if (place === 'organizations') {
    const got = result.organizations[key as keyof typeof result.organizations];
    if (key.startsWith('brokerage.')) {
      // Sectors and ties only, weights aside: the same counts weighted or not.
      const role = key.slice('brokerage.'.length) as Role;
      ref.nodes.forEach((node, i) =>
        expect(got[i], `${key} ${node}`).toBe(ref.brokerage[node]![role]),
      );
      return true;
    }
    if (key === 'community') {
      // Numbered by size, largest first, and of the modularity networkx gives this partition.
      const sizes = new Map<number, number>();
      for (const c of got) sizes.set(c, (sizes.get(c) ?? 0) + 1);
      const ordered = [...sizes.keys()].sort((a, b) => a - b).map((c) => sizes.get(c)!);
      expect([...ordered].sort((a, b) => b - a)).toEqual(ordered);
      expect([...sizes.keys()].sort((a, b) => a - b)).toEqual(ordered.map((_, i) => i));
      return true;
    }
    if (values[key] === undefined) return false;
    expectClose(got, values[key] as ByNode<number | null>, ref.nodes);
    return true;
  }
  if (place === 'summary') {
    const got = result.summary[key as keyof typeof result.summary];
    switch (key) {
      case 'modularity':
        close(got, modularityOf(ref, result.organizations.community, weighted), key);
        expect(got as number).toBeGreaterThanOrEqual(0.99 * values.best_louvain_modularity);
        return true;
      case 'communities':
        // Louvain's partition is its own (checked above through its modularity, from the
        // fixture's ties): its count, and never fewer than networkx's components.
        expect(got).toBe(new Set(result.organizations.community).size);
        expect(got as number).toBeGreaterThanOrEqual(ref.components);
        return true;
      // Sectors and ties only, weights aside: networkx's unweighted values, weighted or not.
      case 'ei_index':
        close(got, ref.ei_overall, key);
        return true;
      case 'sector_assortativity':
        close(got, ref.sector_assortativity, key);
        return true;
    }
    if (values[key] === undefined) return false;
    close(got, values[key] as number, key);
    return true;
  }
  // The tables ignore weights: networkx's unweighted values, weighted or not.
  if (place === 'sectors') {
    expect(result.sectors.map((row) => row.sector)).toEqual(ref.sector_rows.map((r) => r.sector));
    result.sectors.forEach((row, i) => {
      const want = ref.sector_rows[i]!;
      const got = row[key as keyof typeof row] as number | null;
      if (output.type === 'integer') expect(got, key).toBe(want[key as keyof typeof want]);
      else close(got, want[key as keyof typeof want] as number | null, key);
    });
    return true;
  }
  if (place === 'mixing') {
    const matrix = result.mixing[key as 'observed' | 'expected'];
    expect(result.mixing.sectors).toEqual(ref.mixing.sectors);
    matrix.forEach((row, i) =>
      row.forEach((value, j) => close(value, ref.mixing[key as 'observed'][i]![j]!, key)),
    );
    return true;
  }
  if (place === 'suggestions') {
    const best = ref.adamic_adar.slice(0, result.suggestions.length);
    result.suggestions.forEach((s, i) => close(s.score, best[i]![2], key));
    return true;
  }
  return false;
}

function expectEveryOutput(result: MetricSuiteResult, ref: Reference, weighted: boolean): void {
  const values = (weighted ? ref.weighted : ref) as Measures;
  const unchecked = (['organizations', 'summary', 'sectors', 'mixing', 'suggestions'] as const)
    .flatMap(outputsOf)
    .filter((output) => !check(output, result, ref, values, weighted))
    .map((output) => `${output.place}.${output.key}`);
  expect(unchecked, 'outputs the fixtures do not hold').toEqual([]);
  expect(result.warnings).toEqual([]);
}

describe.each(NETWORKS)('the whole suite on %s', (name) => {
  const ref = reference(name);
  it('gives networkx’s value for every output of every descriptor', () => {
    const result = runMetricSuite(referenceInput(ref), { seed: 3 });
    expect(result.organizationCount).toBe(ref.nodes.length);
    expect(result.ties).toBe(ref.edges.length);
    expectEveryOutput(result, ref, false);
  });
});

describe.each(WEIGHTED_NETWORKS)('the weighted suite on %s', (name) => {
  const ref = reference(name);
  it('equals networkx with weights (strength; distance = 1 / weight for paths)', () => {
    const result = runMetricSuite(referenceInput(ref, true), { weighted: true });
    expectEveryOutput(result, ref, true);
  });
});

/** Everything but the timings, as plain data, to compare two runs exactly. */
function comparable(result: MetricSuiteResult): unknown {
  const { timings: _timings, ...rest } = result;
  return JSON.parse(
    JSON.stringify(rest, (_key, value: unknown) =>
      ArrayBuffer.isView(value) ? Array.from(value as Float64Array, String) : value,
    ),
  );
}

describe('the suite on a random network', () => {
  const csr = randomNetwork(400, 1_600, 5);

  it('gives identical results whatever the chunks, and from sums merged as workers do', () => {
    const whole = runMetricSuite(csr, { sourcesPerChunk: 400 });
    const single = runMetricSuite(csr, { sourcesPerChunk: 1 });
    expect(comparable(single)).toEqual(comparable(whole));
    const merged = [0, 150, 151, 400]
      .slice(1)
      .map((to, i, ends) => sweepSources(csr, i === 0 ? 0 : (ends[i - 1] as number), to))
      .reduce(mergePathPartials, emptyPathPartials(400));
    expect(comparable(completeMetricSuite(csr, merged))).toEqual(comparable(whole));
  });

  it('reports progress from 0 to 1, never going back, the sweep taking SWEEP_SHARE of it', () => {
    const seen: number[] = [];
    runMetricSuite(csr, { onProgress: (f) => seen.push(f), sourcesPerChunk: 50 });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen).toContain(SWEEP_SHARE);
    expect(seen.length).toBeGreaterThan(10);
    seen.slice(1).forEach((f, i) => expect(f).toBeGreaterThanOrEqual(seen[i] as number));
  });

  it('stops between chunks when cancelled', () => {
    let chunks = 0;
    expect(() =>
      runMetricSuite(csr, {
        sourcesPerChunk: 10,
        onProgress: () => (chunks += 1),
        isCancelled: () => chunks >= 3,
      }),
    ).toThrow(MetricSuiteCancelled);
    expect(chunks).toBe(3);
  });

  it('handles an empty network and one without ties', () => {
    const empty = runMetricSuite(randomNetwork(0, 0));
    expect(empty.organizationCount).toBe(0);
    expect(empty.summary.diameter).toBeNull();
    const lonely = runMetricSuite(randomNetwork(3, 0));
    expect(lonely.summary.modularity).toBeNull();
    expect(lonely.summary.sector_assortativity).toBeNull();
    expect(lonely.summary.diameter).toBe(0);
    expect(Array.from(lonely.organizations.constraint).every(Number.isNaN)).toBe(true);
    expect(Array.from(lonely.organizations.pagerank)).toEqual(
      [1 / 3, 1 / 3, 1 / 3].map((x) => expect.closeTo(x, 12)),
    );
  });
});
