/**
 * The analysis on the worker client, with fake workers that run the real worker core
 * (core/report/analyzeDataset) in this process: the sweep split as the command line splits it,
 * each worker sent its input once, as typed arrays, the suite completed by the first worker;
 * the results equal to the whole analysis on one thread, on workers and without them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateNetwork, networkToCsv } from '../../../../datasets/generator/network';
import { allianceEffects } from '../../../../src/core/metrics/effects';
import { buildAnalysisInput } from '../../../../src/core/metrics/input';
import { sweepParts } from '../../../../src/core/metrics/paths';
import { runMetricSuite } from '../../../../src/core/metrics/suite';
import { SWEEP_SHARE } from '../../../../src/core/metrics/suite';
import { importDataset } from '../../../../src/core/model/importDataset';
import type { Dataset } from '../../../../src/core/model/types';
import type { AnalysisRequest } from '../../../../src/core/protocol/analysis';
import { WORKER_READY } from '../../../../src/core/protocol/worker';
import { reportEffects } from '../../../../src/core/report/analysisReport';
import { analyzeDataset, answerAnalysis } from '../../../../src/core/report/analyzeDataset';
import { startAnalysis, startEffects } from '../../../../src/state/clients/analysisClient';

/** A worker that runs the analysis worker's core here, messages cloned (and buffers moved). */
class CoreWorker {
  static made: CoreWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  received: AnalysisRequest[] = [];
  terminated = false;
  private readonly answer = answerAnalysis((message, transfer = []) => {
    const data = structuredClone(message, { transfer });
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data } as MessageEvent);
    }, 0);
  });

  constructor(readonly url: URL) {
    CoreWorker.made.push(this);
    setTimeout(() => this.onmessage?.({ data: WORKER_READY } as MessageEvent), 0);
  }
  postMessage(message: AnalysisRequest, transfer: Transferable[] = []) {
    const data = structuredClone(message, { transfer });
    this.received.push(data);
    setTimeout(() => {
      if (!this.terminated) void this.answer(data);
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

function network(organizations: number, links: number): Dataset {
  const csv = networkToCsv(generateNetwork({ organizations, links, seed: 11 }));
  return importDataset([
    { name: 'organizations.csv', bytes: new TextEncoder().encode(csv.organizations) },
    { name: 'links.csv', bytes: new TextEncoder().encode(csv.links) },
  ]);
}

const large = network(2_000, 6_000);
const settings = { weighted: false, seed: 1 };

beforeEach(() => {
  CoreWorker.made = [];
  vi.stubGlobal('Worker', CoreWorker);
  vi.stubGlobal('navigator', { hardwareConcurrency: 3 });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the analysis on workers', () => {
  it('splits the sweep as sweepParts does, sends each worker its input once, and gives the one-thread results', async () => {
    const progress: number[] = [];
    const running = startAnalysis(large, settings, (fraction) => progress.push(fraction));
    const outcome = await running.result;
    expect(outcome.type).toBe('done');
    const parts = sweepParts(large.organizations.length, 3);
    expect(parts.length).toBe(3);
    expect(CoreWorker.made).toHaveLength(parts.length);
    expect(CoreWorker.made.every((w) => w.url.pathname.endsWith('/analysis.worker.ts'))).toBe(true);
    CoreWorker.made.forEach((worker, part) => {
      const sweeps = worker.received.filter((r) => r.type === 'sweep');
      expect(sweeps).toHaveLength(1);
      const [from, to] = parts[part]!;
      expect(sweeps[0]).toMatchObject({ from, to, weighted: false });
      // The input is typed arrays (and the ids packed), never the dataset.
      const { input } = sweeps[0] as Extract<AnalysisRequest, { type: 'sweep' }>;
      expect(input.neighbors).toBeInstanceOf(Int32Array);
      expect(input.ids.text).toBeInstanceOf(Uint16Array);
      expect(Object.keys(sweeps[0]!).sort()).toEqual(
        ['from', 'id', 'input', 'to', 'type', 'weighted'].sort(),
      );
    });
    // The first worker completes, from the sums alone.
    const completes = CoreWorker.made.map((w) => w.received.filter((r) => r.type === 'complete'));
    expect(completes.map((c) => c.length)).toEqual([1, 0, 0]);
    expect(Object.keys(completes[0]![0]!).sort()).toEqual(['id', 'partials', 'settings', 'type']);
    expect(CoreWorker.made.every((w) => w.terminated)).toBe(true);
    // Progress never goes back, the sweep taking SWEEP_SHARE of it.
    progress.forEach((value, i) => expect(value).toBeGreaterThanOrEqual(progress[i - 1] ?? 0));
    expect(progress).toContain(SWEEP_SHARE);
    expect(progress.filter((p) => p < SWEEP_SHARE).length).toBeGreaterThan(parts.length);
    expect(progress.at(-1)).toBe(1);
    if (outcome.type !== 'done') return;
    expect(outcome.metrics).toEqual(analyzeDataset(large, settings));
  }, 60_000);

  it('terminates every worker on cancel, and settles as cancelled', async () => {
    let cancelOnce: (() => void) | null = null;
    const running = startAnalysis(large, { weighted: true, seed: 1 }, () => cancelOnce?.());
    cancelOnce = () => running.cancel();
    expect(await running.result).toEqual({ type: 'cancelled' });
    expect(CoreWorker.made.length).toBeGreaterThan(0);
    expect(CoreWorker.made.every((w) => w.terminated)).toBe(true);
  }, 60_000);

  it('fails, and says why, when the input cannot be built', async () => {
    const broken = { ...large, links: [{ ...large.links[0]!, target: 'nobody' }] };
    const outcome = await startAnalysis(broken, settings, () => undefined).result;
    expect(outcome).toMatchObject({ type: 'failed', message: expect.stringMatching(/nobody/) });
    expect(CoreWorker.made).toEqual([]);
  });
});

describe('the analysis without workers', () => {
  it('runs on this thread, giving the same results', async () => {
    vi.stubGlobal('Worker', undefined);
    const small = network(300, 900);
    const progress: number[] = [];
    const outcome = await startAnalysis(small, { weighted: true, seed: 2 }, (f) => progress.push(f))
      .result;
    expect(outcome).toEqual({
      type: 'done',
      metrics: analyzeDataset(small, { weighted: true, seed: 2 }),
    });
    expect(progress.at(-1)).toBe(1);
  }, 60_000);

  it('runs on this thread when its workers cannot be made', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new Error('refused');
        }
      },
    );
    const outcome = await startAnalysis(large, settings, () => undefined).result;
    expect(outcome).toEqual({ type: 'done', metrics: analyzeDataset(large, settings) });
  }, 60_000);

  it('is cancelled on this thread too, between slices of the sweep', async () => {
    vi.stubGlobal('Worker', undefined);
    let cancelOnce: (() => void) | null = null;
    const running = startAnalysis(large, settings, () => cancelOnce?.());
    cancelOnce = () => running.cancel();
    expect(await running.result).toEqual({ type: 'cancelled' });
  }, 60_000);
});

describe('what an alliance would change', () => {
  const small = network(200, 500);
  const input = buildAnalysisInput(small);
  const best = runMetricSuite(input, settings).suggestions[0]!;
  const tie = {
    source: small.organizations[best.source]!.id,
    target: small.organizations[best.target]!.id,
  };
  const expected = (weighted: boolean) =>
    reportEffects(allianceEffects(input, best, { weighted }), input.sectorNames);

  it('is one `effects` request to one worker, answered by the core', async () => {
    const outcome = await startEffects(small, tie, false).result;
    expect(outcome).toEqual({ type: 'done', effects: expected(false) });
    expect(CoreWorker.made).toHaveLength(1);
    const [request] = CoreWorker.made[0]!.received;
    expect(request).toMatchObject({
      type: 'effects',
      source: best.source,
      target: best.target,
      weighted: false,
    });
    expect(
      (request as Extract<AnalysisRequest, { type: 'effects' }>).input.neighbors,
    ).toBeInstanceOf(Int32Array);
    expect(CoreWorker.made[0]!.terminated).toBe(true);
  });

  it('gives the same answer on this thread where no worker can run, weighted too', async () => {
    vi.stubGlobal('Worker', undefined);
    expect(await startEffects(small, tie, true).result).toEqual({
      type: 'done',
      effects: expected(true),
    });
  });

  it('fails, and says so, for organisations not in the network', async () => {
    const outcome = await startEffects(small, { source: tie.source, target: 'nobody' }, false)
      .result;
    expect(outcome.type).toBe('failed');
    expect(CoreWorker.made).toEqual([]);
  });

  it('settles as cancelled when cancelled', async () => {
    const running = startEffects(small, tie, false);
    running.cancel();
    expect(await running.result).toEqual({ type: 'cancelled' });
  });
});
