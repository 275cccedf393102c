/**
 * Gaps and the effects of one added alliance, on a network small enough to work out by hand,
 * against networkx (tests/fixtures/metrics/effects.py) and on a network with a planted gap.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csrFromTies, withAddedTie } from '../../../src/core/metrics/csr';
import {
  allianceEffects,
  sectorDistance,
  suggestionsForGaps,
} from '../../../src/core/metrics/effects';
import { buildAnalysisInput, type AnalysisInput } from '../../../src/core/metrics/input';
import { sweepSources } from '../../../src/core/metrics/paths';
import { sectorMixing } from '../../../src/core/metrics/sectorMixing';
import { runMetricSuite } from '../../../src/core/metrics/suite';
import { importDataset } from '../../../src/core/model/importDataset';
import { buildAnalysisReport } from '../../../src/core/report/analysisReport';
import { reference, referenceInput } from './reference';

const encoder = new TextEncoder();

/**
 * Eight organisations, three sectors. a1 is the hub of a tree: a1–a2–a3, a1–b1–b2, a1–c1–c2;
 * a4 has no tie. Government and academia have no tie between them (the gap). a1–c1 is the only
 * international alliance (MX–FR); a4 is the only organisation in Oceania (NZ).
 */
const ORGANIZATIONS = [
  'id,name,sector,country',
  'a1,A1,cooperative,MX',
  'a2,A2,cooperative,MX',
  'a3,A3,cooperative,MX',
  'a4,A4,cooperative,NZ',
  'b1,B1,government,MX',
  'b2,B2,government,MX',
  'c1,C1,academia,FR',
  'c2,C2,academia,FR',
].join('\n');
const LINKS = ['source,target', 'a1,a2', 'a2,a3', 'a1,b1', 'b1,b2', 'a1,c1', 'c1,c2'].join('\n');

function hand(): { dataset: ReturnType<typeof importDataset>; input: AnalysisInput } {
  const dataset = importDataset([
    { name: 'organizations.csv', bytes: encoder.encode(ORGANIZATIONS) },
    { name: 'links.csv', bytes: encoder.encode(LINKS) },
  ]);
  return { dataset, input: buildAnalysisInput(dataset) };
}

const at = (_input: AnalysisInput, id: string): number =>
  ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'c1', 'c2'].indexOf(id);

describe('gaps, worked out by hand', () => {
  const { dataset, input } = hand();
  const suite = runMetricSuite(input);
  const { gaps } = buildAnalysisReport(dataset, suite);

  it('sector pairs: D_i·D_j / 2m expected (D = 6, 3, 3; m = 6), the tie-less pair first', () => {
    expect(gaps.sector_pairs).toEqual([
      { sectors: ['academia', 'government'], observed: 0, expected: 0.75, ratio: 0 },
      { sectors: ['academia', 'cooperative'], observed: 1, expected: 1.5, ratio: 2 / 3 },
      { sectors: ['cooperative', 'government'], observed: 1, expected: 1.5, ratio: 2 / 3 },
    ]);
  });

  it('regions and countries tied to no other, sectors without international alliances', () => {
    expect(gaps.isolated_regions).toEqual([
      { kind: 'world_region', name: 'oceania', organizations: 1, ties_within: 0 },
      { kind: 'country', name: 'NZ', organizations: 1, ties_within: 0 },
    ]);
    expect(gaps.sectors_without_international).toEqual(['government']);
  });

  it('organisations that never leave their sector, isolated ones, small components', () => {
    expect(gaps.organizations_without_external_tie).toEqual(['a2', 'a3', 'b2', 'c2']);
    expect(gaps.isolated_organizations).toEqual(['a4']);
    expect(gaps.small_components).toEqual([]);
  });

  it('small components: those of two or more apart from the largest, largest first', () => {
    // 0–1–2–3 (the largest), 4–5, 6–7–8, and 9 alone.
    const ties: [number, number][] = [
      [0, 1],
      [1, 2],
      [2, 0],
      [0, 3],
      [4, 5],
      [6, 7],
      [7, 8],
    ];
    const csr = csrFromTies('test', {
      n: 10,
      sources: Int32Array.from(ties, ([a]) => a),
      targets: Int32Array.from(ties, ([, b]) => b),
      weights: new Float64Array(ties.length).fill(1),
      sectors: new Array<string>(10).fill('cooperative'),
    });
    const result = runMetricSuite(csr);
    expect(result.gaps.smallComponents).toEqual([
      [6, 7, 8],
      [4, 5],
    ]);
    expect(result.gaps.isolatedOrganizations).toEqual([9]);
    // Without groups (an adjacency from ties alone), the region gaps are not known.
    expect(result.gaps.isolatedRegions).toBeNull();
  });

  it('suggestions_for_gaps: cross-sector only, the tie-less sector pair first, then by score', () => {
    const report = buildAnalysisReport(dataset, suite);
    expect(report.suggestions.map((s) => `${s.source}-${s.target}`)).toEqual([
      'a1-a3',
      'a1-b2',
      'a1-c2',
      'a2-b1',
      'a2-c1',
      'b1-c1',
    ]);
    expect(report.suggestions_for_gaps.map((s) => s.suggestion)).toEqual([5, 2, 4, 1, 3]);
    expect(report.suggestions_for_gaps[0]).toMatchObject({
      source: 'b1',
      target: 'c1',
      sectors: ['government', 'academia'],
      pair_ratio: 0,
    });
    const order = suggestionsForGaps(suite.mixing, input.sector, suite.suggestions);
    expect(order.map((s) => s.index)).toEqual([5, 2, 4, 1, 3]);
  });
});

describe('allianceEffects, worked out by hand', () => {
  const { input } = hand();
  const near = (got: number | null, want: number) =>
    expect(Math.abs((got as number) - want)).toBeLessThan(1e-12);

  it('b1–c1 closes the gap: ratio 0 → 7/8, E-I 0 → 1/3, distance 3 → 2', () => {
    const effects = allianceEffects(input, { source: at(input, 'b1'), target: at(input, 'c1') });
    // After: m = 7, D = 6, 4, 4; expected 16 / 14, observed 1.
    expect(effects.pairRatio.before).toBe(0);
    near(effects.pairRatio.after, 7 / 8);
    expect(effects.ei.map((e) => input.sectorNames[e.sector])).toEqual(['government', 'academia']);
    for (const e of effects.ei) {
      near(e.before, 0);
      near(e.after, 1 / 3);
    }
    expect(effects.componentsJoined).toBe(false);
    // A tree: b1 separates b2 from the five others, 5 of C(7, 2) = 21 pairs; the new tie takes
    // no shortest path away from b1 or c1 and adds none through them.
    for (const end of [effects.betweenness.source, effects.betweenness.target]) {
      near(end.before, 5 / 21);
      near(end.after, 5 / 21);
    }
    // b1–c1 2, b1–c2 3, b2–c1 3, b2–c2 4 → 3; then 1, 2, 2, 3 → 2.
    near(effects.sectorDistance.before, 3);
    near(effects.sectorDistance.after, 2);
  });

  it('a4–a1 joins two components; one sector: the diagonal ratio and one E-I row', () => {
    const effects = allianceEffects(input, { source: at(input, 'a4'), target: at(input, 'a1') });
    expect(effects.componentsJoined).toBe(true);
    // Diagonal: observed 2 / (6² / 24) = 4/3, then 3 / (8² / 28) = 21/16.
    near(effects.pairRatio.before, 4 / 3);
    near(effects.pairRatio.after, 21 / 16);
    expect(effects.ei.length).toBe(1);
    near(effects.ei[0]!.before, 0); // 2 external, 2 internal
    near(effects.ei[0]!.after, -1 / 5); // 2 external, 3 internal
    // a1: 12 pairs of 21 through it, then 6 more (a4 with each of the six others).
    near(effects.betweenness.target.before, 12 / 21);
    near(effects.betweenness.target.after, 18 / 21);
    near(effects.betweenness.source.after, 0);
    // Cooperative pairs: a1a2 1, a1a3 2, a2a3 1 → 4/3; with a4: + 1, 2, 3 → 10/6.
    near(effects.sectorDistance.before, 4 / 3);
    near(effects.sectorDistance.after, 5 / 3);
  });

  it('gives the same with the sweeps handed over (as the command line does)', () => {
    const tie = { source: at(input, 'b2'), target: at(input, 'c2') };
    const n = input.offsets.length - 1;
    const before = sweepSources(input, 0, n);
    const after = sweepSources(withAddedTie(input, tie.source, tie.target), 0, n);
    expect(allianceEffects(input, tie, { before, after })).toEqual(allianceEffects(input, tie));
  });

  it('refuses a tie that is already there or joins an organisation to itself', () => {
    expect(() => allianceEffects(input, { source: 0, target: 1 })).toThrow(/already tied/);
    expect(() => allianceEffects(input, { source: 2, target: 2 })).toThrow(/twice/);
  });
});

interface EffectCase {
  network: string;
  source: string;
  target: string;
  components_joined: boolean;
  betweenness: Record<'source' | 'target', { before: number; after: number }>;
  sector_distance: { before: number | null; after: number | null };
}

const CASES = JSON.parse(
  readFileSync(new URL('../../fixtures/metrics/effects.json', import.meta.url), 'utf8'),
) as EffectCase[];

describe.each(CASES.map((c) => [`${c.network} ${c.source}–${c.target}`, c] as const))(
  'allianceEffects against networkx: %s',
  (_, c) => {
    const ref = reference(c.network);
    const csr = referenceInput(ref);
    const tie = { source: ref.nodes.indexOf(c.source), target: ref.nodes.indexOf(c.target) };
    const effects = allianceEffects(csr, tie);
    const close = (got: number | null, want: number | null) => {
      if (want === null) expect(got).toBeNull();
      else expect(Math.abs((got as number) - want)).toBeLessThan(1e-9);
    };

    it('betweenness_centrality(normalized=True) of both ends, before and after', () => {
      for (const end of ['source', 'target'] as const) {
        close(effects.betweenness[end].before, c.betweenness[end].before);
        close(effects.betweenness[end].after, c.betweenness[end].after);
      }
      expect(effects.componentsJoined).toBe(c.components_joined);
    });

    it('mean shortest_path_length between the two sectors, connected pairs only', () => {
      close(effects.sectorDistance.before, c.sector_distance.before);
      close(effects.sectorDistance.after, c.sector_distance.after);
      const [a, b] = effects.sectors;
      close(sectorDistance(csr, b, a), c.sector_distance.before);
    });
  },
);

/** Seeded generator (mulberry32), so that the planted network is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('a planted gap', () => {
  // 80 organisations in four sectors, 320 random ties, none between union and academia.
  const SECTORS = ['cooperative', 'union', 'government', 'academia'];
  const n = 80;
  const sectors = Array.from({ length: n }, (_, i) => SECTORS[i % 4] as string);
  const next = random(11);
  const seen = new Set<number>();
  const sources: number[] = [];
  const targets: number[] = [];
  while (sources.length < 320) {
    const a = Math.floor(next() * n);
    const b = Math.floor(next() * n);
    const pair = Math.min(a, b) * n + Math.max(a, b);
    const gap = new Set([sectors[a], sectors[b]]);
    if (a === b || seen.has(pair) || (gap.has('union') && gap.has('academia'))) continue;
    seen.add(pair);
    sources.push(a);
    targets.push(b);
  }
  const csr = csrFromTies('planted', {
    n,
    sources: Int32Array.from(sources),
    targets: Int32Array.from(targets),
    weights: new Float64Array(sources.length).fill(1),
    sectors,
  });
  const suite = runMetricSuite(csr, { suggestions: 10_000 });
  const name = (s: number) => csr.sectorNames[s];

  it('heads sector_pairs, the only pair without a tie', () => {
    const [first, ...rest] = suite.gaps.sectorPairs;
    expect(first!.sectors.map(name)).toEqual(['academia', 'union']);
    expect(first!.observed).toBe(0);
    expect(first!.ratio).toBe(0);
    expect(first!.expected).toBeGreaterThan(0);
    for (const pair of rest) expect(pair.observed).toBeGreaterThan(0);
  });

  it('the suggestions joining the two sectors lead suggestions_for_gaps, ratio 0 before', () => {
    const joining = suite.suggestions.filter(
      (s) =>
        new Set([sectors[s.source], sectors[s.target]]).size === 2 &&
        [sectors[s.source], sectors[s.target]].every((x) => x === 'union' || x === 'academia'),
    );
    expect(joining.length).toBeGreaterThan(0);
    const order = suggestionsForGaps(suite.mixing, csr.sector, suite.suggestions);
    const first = suite.suggestions[order[0]!.index]!;
    expect(joining).toContain(first);
    expect(order[0]!.pairRatio).toBe(0);
    const effects = allianceEffects(csr, first);
    expect(effects.pairRatio.before).toBe(0);
    expect(effects.pairRatio.after as number).toBeGreaterThan(0);
    // The matrix's own cell, after: observed 1 over its expected.
    const { mixing } = sectorMixing(withAddedTie(csr, first.source, first.target));
    const [a, b] = effects.sectors;
    expect(effects.pairRatio.after).toBe(mixing.observed[a]![b]! / mixing.expected[a]![b]!);
  });
});
