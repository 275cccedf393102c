import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  analysisInputSteps,
  buildAnalysisInput,
  copyInput,
  INPUT_SLICE,
  inputBuffers,
  packIds,
  unpackIds,
} from '../../../src/core/metrics/input';
import { buildAnalysisGraph } from '../../../src/core/model/graphs';
import { importDataset } from '../../../src/core/model/importDataset';
import { generateNetwork, networkToCsv as csvOf } from '../../../datasets/generator/network';
import { dataset, hostileDataset, link, organization } from '../hostile/hostile';

function illustrative() {
  const file = (name: string) => ({
    name,
    bytes: new Uint8Array(readFileSync(`datasets/illustrative/${name}`)),
  });
  return importDataset([file('organizations.csv'), file('links.csv')]);
}

describe('the analysis input', () => {
  it('is the analysis graph: every organisation, one tie per pair, weights summed, in tie order', () => {
    const data = illustrative();
    const input = buildAnalysisInput(data);
    const graph = buildAnalysisGraph(data);
    const n = data.organizations.length;
    expect(input.offsets.length).toBe(n + 1);
    expect(input.neighbors.length).toBe(2 * graph.size);
    const at = new Map(data.organizations.map((o, i) => [o.id, i]));
    // Row by row, the ties of each organisation in the order graphology lists the edges.
    const rows: [number, number][][] = Array.from({ length: n }, () => []);
    let total = 0;
    graph.forEachEdge((_edge, attributes, source, target) => {
      const [a, b] = [at.get(source)!, at.get(target)!];
      rows[a]!.push([b, attributes.weight]);
      rows[b]!.push([a, attributes.weight]);
      total += attributes.weight;
    });
    rows.forEach((row, v) => {
      const slots = Array.from({ length: input.offsets[v + 1]! - input.offsets[v]! }, (_, k) => [
        input.neighbors[input.offsets[v]! + k],
        input.weights[input.offsets[v]! + k],
      ]);
      expect(slots, data.organizations[v]!.id).toEqual(row);
    });
    expect(input.totalWeight).toBe(total);
    expect(unpackIds(input.ids)).toEqual(data.organizations.map((o) => o.id));
  });

  it('numbers sectors in report order, organisations without one last', () => {
    const input = buildAnalysisInput(
      dataset([
        organization('a', { sector: 'union' }),
        organization('b', { sector: null }),
        organization('c', { sector: 'academia' }),
        organization('d', { sector: 'union' }),
      ]),
    );
    expect(input.sectorNames).toEqual(['academia', 'union', null]);
    expect(Array.from(input.sector)).toEqual([1, 2, 0, 1]);
  });

  it('makes ids irrelevant: built-in property names are positions like any other', () => {
    const network = hostileDataset();
    const input = buildAnalysisInput(network);
    expect(unpackIds(input.ids)).toEqual(network.organizations.map((o) => o.id));
    expect(input.neighbors.length).toBe(2 * network.links.length);
  });

  it('drops self links, refuses unknown ends and weights that are not positive', () => {
    const two = [organization('a'), organization('b')];
    expect(buildAnalysisInput(dataset(two, [link('L1', 'a', 'a')])).neighbors.length).toBe(0);
    expect(() => buildAnalysisInput(dataset(two, [link('L1', 'a', 'zz')]))).toThrow(
      /^buildAnalysisInput: link L1 names organisation "zz"/,
    );
    expect(() =>
      buildAnalysisInput(dataset(two, [{ ...link('L1', 'a', 'b'), weight: 0 }])),
    ).toThrow(/^buildAnalysisInput: link L1 has weight 0/);
    expect(() => buildAnalysisInput(dataset([organization('a'), organization('a')]))).toThrow(
      /appears twice/,
    );
  });

  it('is built a slice at a time, with the same result', () => {
    const csv = csvOf(generateNetwork({ organizations: 1_000, links: 40_000, seed: 4 }));
    const data = importDataset([
      { name: 'organizations.csv', bytes: new TextEncoder().encode(csv.organizations) },
      { name: 'links.csv', bytes: new TextEncoder().encode(csv.links) },
    ]);
    const steps = analysisInputSteps(data);
    const fractions: number[] = [];
    let step = steps.next();
    while (!step.done) {
      fractions.push(step.value);
      step = steps.next();
    }
    expect(fractions.length).toBeGreaterThanOrEqual(Math.floor(data.links.length / INPUT_SLICE));
    fractions.slice(1).forEach((f, i) => expect(f).toBeGreaterThanOrEqual(fractions[i]!));
    expect(fractions.at(-1)).toBe(1);
    const whole = buildAnalysisInput(data);
    for (const key of ['offsets', 'neighbors', 'weights', 'sector'] as const) {
      expect(step.value[key].join(), key).toBe(whole[key].join());
    }
  }, 30_000);

  it('packs ids code unit by code unit, lone surrogates and long ids included', () => {
    const ids = ['', 'a', '\ud800', 'x'.repeat(10_000), '__proto__', 'é‮'];
    expect(unpackIds(packIds(ids))).toEqual(ids);
  });

  it('copies for transfer: detaching the copy leaves the original whole', () => {
    const input = buildAnalysisInput(illustrative());
    const copy = copyInput(input);
    structuredClone(copy, { transfer: inputBuffers(copy) });
    expect(copy.neighbors.length).toBe(0);
    expect(input.neighbors.length).toBeGreaterThan(0);
  });
});
