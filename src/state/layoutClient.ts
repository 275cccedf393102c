/**
 * The page side of the layout worker: ForceAtlas2 for large networks, with progress and cancel.
 * Without Worker support (or when the worker cannot start) the same core runs on this thread, a
 * chunk of iterations at a time with a pause in between, so that the page still answers and a
 * cancel is heard between chunks. Both paths give the same positions.
 */
import type { ForceLayoutInput } from '../core/layout/forceAtlas2';
import type { LayoutRequest, LayoutResponse } from '../core/protocol/layout';

export type ForceLayoutOutcome =
  | { type: 'done'; positions: Float64Array }
  | { type: 'cancelled' }
  | { type: 'failed'; message: string }
  /** Neither the worker nor the code to lay out here could be loaded (offline, say). */
  | { type: 'unavailable' };

export interface RunningForceLayout {
  result: Promise<ForceLayoutOutcome>;
  cancel(): void;
}

/**
 * Iterations for a network of `count` organisations: a readable picture in a few seconds on two
 * slow cores (measured on generated networks: 70–120 ms per iteration at 5,000/25,000, 200 ms
 * in a worker with the machine busy; ~300 ms at 10,000/50,000; ~1 s at 20,000/100,000). At
 * 5,000 the picture barely changes past ~25 iterations from the sunflower start.
 */
export function forceLayoutIterations(count: number): number {
  if (count <= 3_000) return 40;
  if (count <= 7_000) return 25;
  if (count <= 15_000) return 15;
  return 10;
}

let nextId = 1;

/**
 * Starts ForceAtlas2 on `input` (node i is the i-th of the caller's order; `initial` holds the
 * current placement). The promise never rejects: it settles with the positions, a cancel, or
 * the failure's message. The worker is terminated once it settles.
 */
export function startForceLayout(
  input: ForceLayoutInput,
  onProgress: (fraction: number) => void,
  options: { iterations?: number } = {},
): RunningForceLayout {
  const iterations = options.iterations ?? forceLayoutIterations(input.count);
  const worker = createWorker();
  if (!worker) return layoutOnMainThread(input, iterations, onProgress);
  const id = nextId++;
  let settled = false;
  let fallback: RunningForceLayout | null = null;
  let settle: (outcome: ForceLayoutOutcome) => void = () => undefined;
  const result = new Promise<ForceLayoutOutcome>((resolve) => {
    settle = (outcome) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      resolve(outcome);
    };
  });
  let heard = false;
  worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
    const message = event.data;
    if (message.id !== id || settled) return;
    heard = true;
    if (message.type === 'progress') onProgress(message.fraction);
    else if (message.type === 'done') settle({ type: 'done', positions: message.positions });
    else settle({ type: 'failed', message: message.message });
  };
  worker.onerror = (event) => {
    // A worker that never spoke could not start (refused by a policy, script missing): lay out
    // here instead. One that failed mid-way reports the failure.
    if (heard) {
      settle({ type: 'failed', message: event.message });
      return;
    }
    worker.terminate();
    fallback = layoutOnMainThread(input, iterations, onProgress);
    void fallback.result.then(settle);
  };
  // Copied, not transferred: the caller keeps its arrays (to retry, or to fall back here).
  const request: LayoutRequest = { type: 'forceAtlas2', id, input, iterations };
  worker.postMessage(request);
  return {
    result,
    cancel: () => {
      fallback?.cancel();
      settle({ type: 'cancelled' });
    },
  };
}

function createWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('../workers/layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** Pauses so that the page can draw and handle input between two chunks of iterations. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function layoutOnMainThread(
  input: ForceLayoutInput,
  iterations: number,
  onProgress: (fraction: number) => void,
): RunningForceLayout {
  let cancelled = false;
  // Loaded on demand, as the worker's own copy is: the page's bundle need not carry the layout.
  type Core = typeof import('../core/layout/forceAtlas2');
  const run = async ({
    runForceAtlas2,
    FORCE_LAYOUT_DEFAULTS,
  }: Core): Promise<ForceLayoutOutcome> => {
    // Chunk by chunk, each continuing from the positions the last one reached. The core starts
    // every chunk afresh from positions anyway, so this gives the worker's result exactly.
    let positions = input.initial;
    let done = 0;
    onProgress(0);
    while (done < iterations) {
      await pause();
      if (cancelled) return { type: 'cancelled' };
      const chunk = Math.min(FORCE_LAYOUT_DEFAULTS.chunk, iterations - done);
      positions = runForceAtlas2({ ...input, initial: positions }, { iterations: chunk });
      done += chunk;
      onProgress(done / iterations);
    }
    // Zero iterations still hand back a copy, never the caller's own array.
    return { type: 'done', positions: positions === input.initial ? positions.slice() : positions };
  };
  const result = import('../core/layout/forceAtlas2').then(
    (core) =>
      run(core).catch((error: unknown): ForceLayoutOutcome => ({
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
      })),
    (): ForceLayoutOutcome => ({ type: 'unavailable' }),
  );
  return {
    result,
    cancel: () => {
      cancelled = true;
    },
  };
}
