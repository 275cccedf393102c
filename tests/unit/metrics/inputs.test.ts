/**
 * Every public function of the engine: called twice on the same input it gives the same result
 * and leaves the input as it was; a bad argument throws an error that starts with its name.
 */
import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { brokerage } from '../../../src/core/metrics/brokerage';
import { clustering } from '../../../src/core/metrics/clustering';
import { autoRestarts, detectCommunities } from '../../../src/core/metrics/communities';
import { buildCsr, type Csr } from '../../../src/core/metrics/csr';
import { eigenvectorCentrality } from '../../../src/core/metrics/eigenvector';
import { modularity } from '../../../src/core/metrics/modularity';
import { pagerank } from '../../../src/core/metrics/pagerank';
import { componentLabels, finishPathMeasures } from '../../../src/core/metrics/pathMeasures';
import {
  emptyPathPartials,
  mergePathPartials,
  sweepSources,
} from '../../../src/core/metrics/paths';
import { seededRandom } from '../../../src/core/metrics/random';
import { sectorMixing } from '../../../src/core/metrics/sectorMixing';
import { structuralHoles } from '../../../src/core/metrics/structuralHoles';
import { suggestAlliances } from '../../../src/core/metrics/suggestions';
import { completeMetricSuite, runMetricSuite } from '../../../src/core/metrics/suite';
import type { AnalysisGraph } from '../../../src/core/model/graphs';
import { reference, referenceGraph } from './reference';

const ref = reference('disconnected');

/** A deep, comparable copy of anything the functions receive. */
function snapshot(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    ArrayBuffer.isView(v) ? Array.from(v as Float64Array, String) : v,
  );
}

function fresh(): { graph: AnalysisGraph; csr: Csr } {
  const graph = referenceGraph(ref, true);
  return { graph, csr: buildCsr(graph) };
}

const n = ref.nodes.length;
const CALLS: [string, (graph: AnalysisGraph, csr: Csr) => unknown][] = [
  ['buildCsr', (graph) => buildCsr(graph)],
  ['sweepSources', (_g, csr) => sweepSources(csr, 0, n)],
  ['sweepSources (weighted)', (_g, csr) => sweepSources(csr, 2, 7, { weighted: true })],
  ['finishPathMeasures', (_g, csr) => finishPathMeasures(csr, sweepSources(csr, 0, n))],
  ['componentLabels', (_g, csr) => componentLabels(csr)],
  ['eigenvectorCentrality', (_g, csr) => eigenvectorCentrality(csr, { weighted: true })],
  ['pagerank', (_g, csr) => pagerank(csr, { weighted: true })],
  ['clustering', (_g, csr) => clustering(csr, { weighted: true })],
  ['structuralHoles', (_g, csr) => structuralHoles(csr, { weighted: true })],
  [
    'modularity',
    (_g, csr) =>
      modularity(
        csr,
        Int32Array.from(ref.nodes, (_, i) => i % 2),
      ),
  ],
  ['detectCommunities', (graph, csr) => detectCommunities(graph, csr, { seed: 4 })],
  ['brokerage', (_g, csr) => brokerage(csr)],
  ['sectorMixing', (_g, csr) => sectorMixing(csr)],
  ['suggestAlliances', (_g, csr) => suggestAlliances(csr, { limit: 5 })],
  ['runMetricSuite', (graph) => runMetricSuite(graph, { weighted: true }).summary],
  [
    'completeMetricSuite',
    (graph, csr) => completeMetricSuite(graph, csr, sweepSources(csr, 0, n)).summary,
  ],
];

describe.each(CALLS)('%s', (_name, call) => {
  it('gives the same result twice and leaves its input alone', () => {
    const { graph, csr } = fresh();
    const before = snapshot({ graph: graph.export(), csr });
    const first = snapshot(call(graph, csr));
    const second = snapshot(call(graph, csr));
    expect(second).toBe(first);
    expect(snapshot({ graph: graph.export(), csr })).toBe(before);
  });
});

describe('bad arguments are named by the function that received them', () => {
  const { graph, csr } = fresh();
  const notCsr = { nodes: ['a'], sectors: [''] } as unknown as Csr;
  const cases: [string, () => unknown][] = [
    ['buildCsr', () => buildCsr(null as unknown as AnalysisGraph)],
    ['indexTies', () => buildCsr(new MultiGraph() as unknown as AnalysisGraph)],
    ['sweepSources', () => sweepSources(csr, 3, n + 1)],
    ['sweepSources', () => sweepSources(csr, 0.5, 2)],
    ['sweepSources', () => sweepSources(notCsr, 0, 1)],
    ['sweepSources', () => sweepSources(csr, 0, 1, { into: emptyPathPartials(n + 1) })],
    ['mergePathPartials', () => mergePathPartials(emptyPathPartials(n), emptyPathPartials(2))],
    ['finishPathMeasures', () => finishPathMeasures(csr, emptyPathPartials(2))],
    ['componentLabels', () => componentLabels(notCsr)],
    ['eigenvectorCentrality', () => eigenvectorCentrality(notCsr)],
    ['eigenvectorCentrality', () => eigenvectorCentrality(csr, { maxIterations: 0 })],
    ['pagerank', () => pagerank(csr, { alpha: 1.5 })],
    ['pagerank', () => pagerank(notCsr)],
    ['clustering', () => clustering(notCsr)],
    ['structuralHoles', () => structuralHoles(notCsr)],
    ['modularity', () => modularity(csr, [0, 1])],
    ['modularity', () => modularity(csr, new Array<number>(n).fill(-1))],
    ['detectCommunities', () => detectCommunities(graph, csr, { seed: 1.5 })],
    ['detectCommunities', () => detectCommunities(graph, csr, { restarts: 0 })],
    ['detectCommunities', () => detectCommunities(referenceGraph(reference('kite')), csr)],
    ['brokerage', () => brokerage({ ...csr, sectors: [] })],
    ['sectorMixing', () => sectorMixing(notCsr)],
    ['suggestAlliances', () => suggestAlliances(csr, { limit: -1 })],
    ['runMetricSuite', () => runMetricSuite(graph, { sourcesPerChunk: 0 })],
    ['completeMetricSuite', () => completeMetricSuite(graph, csr, emptyPathPartials(n), null!)],
    ['seededRandom', () => seededRandom(Number.NaN)],
  ];
  it.each(cases)('%s', (name, call) => {
    expect(call).toThrow(new RegExp(`^${name}: `));
  });

  it('buildCsr refuses a tie whose weight is not a positive number', () => {
    const bad = referenceGraph(ref);
    bad.setEdgeAttribute('a', 'b', 'weight', 0);
    expect(() => buildCsr(bad)).toThrow(/^buildCsr: the tie .* has weight 0/);
  });
});

describe('options', () => {
  it('given as undefined keep their default', () => {
    const { graph, csr } = fresh();
    expect(Array.from(pagerank(csr, { alpha: undefined, weighted: undefined }))).toEqual(
      Array.from(pagerank(csr)),
    );
    expect(detectCommunities(graph, csr, { seed: undefined, restarts: undefined })).toEqual(
      detectCommunities(graph, csr),
    );
    expect(runMetricSuite(graph, { seed: undefined }).summary).toEqual(
      runMetricSuite(graph).summary,
    );
  });
  it('Louvain runs: 64 on small networks, 8 from 25,000 ties', () => {
    expect(autoRestarts(0)).toBe(64);
    expect(autoRestarts(486)).toBe(64);
    expect(autoRestarts(10_000)).toBe(20);
    expect(autoRestarts(50_000)).toBe(8);
  });
});
