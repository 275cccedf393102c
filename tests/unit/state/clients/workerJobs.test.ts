/**
 * The import and the layout where no worker runs them: the page's copy of each job, loaded on
 * demand, gives what the core gives, through the same messages the worker would post.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runForceAtlas2 } from '../../../../src/core/layout/forceAtlas2';
import { importDataset } from '../../../../src/core/model/importDataset';
import { startImport } from '../../../../src/state/clients/importClient';
import { startForceLayout } from '../../../../src/state/clients/layoutClient';

const tiny = ['organizations.csv', 'links.csv'].map((name) => ({
  name,
  bytes: new Uint8Array(readFileSync(`datasets/tiny/${name}`)),
}));

/** A worker whose script cannot be loaded: it fails before it says anything. */
class MissingScriptWorker {
  onerror: ((event: unknown) => void) | null = null;
  onmessage: unknown = null;
  onmessageerror: unknown = null;
  terminated = false;
  constructor() {
    setTimeout(() => this.onerror?.({ message: '', preventDefault: () => undefined }), 0);
  }
  postMessage() {
    throw new Error('nothing is posted to a worker that has not started');
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the import on this thread', () => {
  beforeEach(() => {
    vi.stubGlobal('Worker', undefined);
  });

  it('gives the core import’s dataset, its links streamed in batches, and progress up to 1', async () => {
    const progress: number[] = [];
    const outcome = await startImport(tiny, { datasetName: 'tiny' }, (f) => progress.push(f))
      .result;
    const expected = importDataset(tiny, { datasetName: 'tiny' });
    expect(outcome.type).toBe('done');
    if (outcome.type !== 'done') return;
    expect(outcome.dataset.organizations).toEqual(expected.organizations);
    expect(outcome.dataset.links).toEqual(expected.links);
    expect(outcome.dataset.issues).toEqual(expected.issues);
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('says why a file cannot be used', async () => {
    const empty = [{ name: 'links.csv', bytes: new TextEncoder().encode('nothing,here\n1,2\n') }];
    const outcome = await startImport(empty, {}, () => undefined).result;
    expect(outcome).toMatchObject({ type: 'unusable', file: 'links.csv' });
  });

  it('settles as cancelled when cancelled', async () => {
    const running = startImport(tiny, {}, () => undefined);
    running.cancel();
    expect(await running.result).toEqual({ type: 'cancelled' });
  });

  it('runs here too when the worker’s script cannot be loaded', async () => {
    vi.stubGlobal('Worker', MissingScriptWorker);
    const outcome = await startImport(tiny, {}, () => undefined).result;
    expect(outcome.type).toBe('done');
    if (outcome.type === 'done') expect(outcome.dataset.links.length).toBeGreaterThan(0);
  });
});

describe('ForceAtlas2 on this thread', () => {
  const input = {
    count: 6,
    edges: Uint32Array.from([0, 1, 1, 2, 2, 0, 3, 4, 4, 5, 5, 3, 0, 3]),
    initial: Float64Array.from([0, 0, 10, 0, 0, 10, 50, 50, 60, 50, 50, 60]),
  };

  it('gives the positions the worker would, chunk after chunk, with progress', async () => {
    vi.stubGlobal('Worker', undefined);
    const progress: number[] = [];
    const outcome = await startForceLayout(input, (f) => progress.push(f), { iterations: 25 })
      .result;
    expect(outcome).toEqual({
      type: 'done',
      positions: runForceAtlas2(input, { iterations: 25 }),
    });
    expect(progress).toEqual([0, 0.4, 0.8, 1]);
    expect(input.initial[1]).toBe(0); // the caller's arrays are left as they were
  });

  it('stops between chunks when cancelled', async () => {
    vi.stubGlobal('Worker', MissingScriptWorker);
    const progress: number[] = [];
    const running = startForceLayout(input, (f) => progress.push(f), { iterations: 1000 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    running.cancel();
    expect(await running.result).toEqual({ type: 'cancelled' });
    const heard = progress.length;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(progress.length).toBe(heard);
    expect(heard).toBeLessThan(100);
  });
});
