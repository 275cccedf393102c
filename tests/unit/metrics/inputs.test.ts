/**
 * Every public function of the engine: called twice on the same input it gives the same result
 * and leaves the input as it was; a bad argument throws an error that starts with its name.
 */
import { describe, expect, it } from 'vitest';
import { brokerage } from '../../../src/core/metrics/brokerage';
import { clustering } from '../../../src/core/metrics/clustering';
import { autoRestarts, detectCommunities } from '../../../src/core/metrics/communities';
import { csrFromTies, type Csr } from '../../../src/core/metrics/csr';
import { eigenvectorCentrality } from '../../../src/core/metrics/eigenvector';
import { modularity } from '../../../src/core/metrics/modularity';
import { pagerank } from '../../../src/core/metrics/pagerank';
import { finishPathMeasures } from '../../../src/core/metrics/pathMeasures';
import {
  emptyPathPartials,
  mergePathPartials,
  sweepSources,
} from '../../../src/core/metrics/paths';
import { seededRandom } from '../../../src/core/metrics/random';
import { sectorMixing } from '../../../src/core/metrics/sectorMixing';
import { components, structure } from '../../../src/core/metrics/structure';
import { structuralHoles } from '../../../src/core/metrics/structuralHoles';
import { suggestAlliances } from '../../../src/core/metrics/suggestions';
import { completeMetricSuite, runMetricSuite } from '../../../src/core/metrics/suite';
import { reference, referenceInput } from './reference';

const ref = reference('disconnected');

/** A deep, comparable copy of anything the functions receive. */
function snapshot(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    ArrayBuffer.isView(v) ? Array.from(v as Float64Array, String) : v,
  );
}

function fresh(): { csr: Csr } {
  return { csr: referenceInput(ref, true) };
}

const n = ref.nodes.length;
const CALLS: [string, (csr: Csr) => unknown][] = [
  ['structure', (csr) => structure(csr)],
  ['components', (csr) => components(csr)],
  ['sweepSources', (csr) => sweepSources(csr, 0, n)],
  ['sweepSources (weighted)', (csr) => sweepSources(csr, 2, 7, { weighted: true })],
  [
    'finishPathMeasures',
    (csr) => finishPathMeasures(csr, sweepSources(csr, 0, n), components(csr)),
  ],
  ['eigenvectorCentrality', (csr) => eigenvectorCentrality(csr, { weighted: true })],
  ['pagerank', (csr) => pagerank(csr, { weighted: true })],
  ['clustering', (csr) => clustering(csr, { weighted: true })],
  ['structuralHoles', (csr) => structuralHoles(csr, { weighted: true })],
  [
    'modularity',
    (csr) =>
      modularity(
        csr,
        Int32Array.from(ref.nodes, (_, i) => i % 2),
      ),
  ],
  ['detectCommunities', (csr) => detectCommunities(csr, { seed: 4 })],
  ['brokerage', (csr) => brokerage(csr)],
  ['sectorMixing', (csr) => sectorMixing(csr)],
  ['suggestAlliances', (csr) => suggestAlliances(csr, { limit: 5 })],
  ['runMetricSuite', (csr) => runMetricSuite(csr, { weighted: true }).summary],
  ['completeMetricSuite', (csr) => completeMetricSuite(csr, sweepSources(csr, 0, n)).summary],
];

describe.each(CALLS)('%s', (_name, call) => {
  it('gives the same result twice and leaves its input alone', () => {
    const { csr } = fresh();
    const before = snapshot(csr);
    const first = snapshot(call(csr));
    const second = snapshot(call(csr));
    expect(second).toBe(first);
    expect(snapshot(csr)).toBe(before);
  });
});

describe('bad arguments are named by the function that received them', () => {
  const { csr } = fresh();
  const notCsr = { offsets: [0, 0], sector: [0] } as unknown as Csr;
  const tie = (weight: number) => ({
    n: 2,
    sources: Int32Array.of(0),
    targets: Int32Array.of(1),
    weights: Float64Array.of(weight),
    sectors: [null, null],
  });
  const cases: [string, () => unknown][] = [
    ['structure', () => structure(null as unknown as Csr)],
    ['components', () => components(notCsr)],
    ['csrFromTies', () => csrFromTies('csrFromTies', tie(0))],
    ['csrFromTies', () => csrFromTies('csrFromTies', tie(Number.NaN))],
    ['csrFromTies', () => csrFromTies('csrFromTies', { ...tie(1), targets: Int32Array.of(0) })],
    ['sweepSources', () => sweepSources(csr, 3, n + 1)],
    ['sweepSources', () => sweepSources(csr, 0.5, 2)],
    ['sweepSources', () => sweepSources(notCsr, 0, 1)],
    ['sweepSources', () => sweepSources(csr, 0, 1, { into: emptyPathPartials(n + 1) })],
    ['mergePathPartials', () => mergePathPartials(emptyPathPartials(n), emptyPathPartials(2))],
    ['finishPathMeasures', () => finishPathMeasures(csr, emptyPathPartials(2), components(csr))],
    ['eigenvectorCentrality', () => eigenvectorCentrality(notCsr)],
    ['eigenvectorCentrality', () => eigenvectorCentrality(csr, { maxIterations: 0 })],
    ['pagerank', () => pagerank(csr, { alpha: 1.5 })],
    ['pagerank', () => pagerank(notCsr)],
    ['clustering', () => clustering(notCsr)],
    ['structuralHoles', () => structuralHoles(notCsr)],
    ['modularity', () => modularity(csr, [0, 1])],
    ['modularity', () => modularity(csr, new Array<number>(n).fill(-1))],
    ['detectCommunities', () => detectCommunities(csr, { seed: 1.5 })],
    ['detectCommunities', () => detectCommunities(csr, { restarts: 0 })],
    ['detectCommunities', () => detectCommunities(notCsr)],
    ['brokerage', () => brokerage({ ...csr, sector: new Int32Array(0) })],
    ['brokerage', () => brokerage({ ...csr, sectorNames: [] })],
    ['sectorMixing', () => sectorMixing(notCsr)],
    ['suggestAlliances', () => suggestAlliances(csr, { limit: -1 })],
    ['runMetricSuite', () => runMetricSuite(csr, { sourcesPerChunk: 0 })],
    ['completeMetricSuite', () => completeMetricSuite(csr, emptyPathPartials(n), null!)],
    ['seededRandom', () => seededRandom(Number.NaN)],
  ];
  it.each(cases)('%s', (name, call) => {
    expect(call).toThrow(new RegExp(`^${name}: `));
  });
});

describe('options', () => {
  it('given as undefined keep their default', () => {
    const { csr } = fresh();
    expect(Array.from(pagerank(csr, { alpha: undefined, weighted: undefined }))).toEqual(
      Array.from(pagerank(csr)),
    );
    expect(detectCommunities(csr, { seed: undefined, restarts: undefined })).toEqual(
      detectCommunities(csr),
    );
    expect(runMetricSuite(csr, { seed: undefined }).summary).toEqual(runMetricSuite(csr).summary);
  });
  it('Louvain runs: 64 on small networks, 8 from 25,000 ties', () => {
    expect(autoRestarts(0)).toBe(64);
    expect(autoRestarts(486)).toBe(64);
    expect(autoRestarts(10_000)).toBe(20);
    expect(autoRestarts(50_000)).toBe(8);
  });
});
