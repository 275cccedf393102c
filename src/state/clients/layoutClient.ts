/**
 * ForceAtlas2 for large networks as a worker job (state/clients/workerClient), with progress and cancel.
 * Where no worker can run it (no Worker support, or one that cannot start) the same core runs on
 * this thread, a chunk of iterations at a time. Both paths give the same positions.
 */
import type { ForceLayoutInput } from '../../core/layout/forceAtlas2';
import type { LayoutRequest, LayoutResponse } from '../../core/protocol/layout';
import { startTask, WORKERS, type WorkerJob } from './workerClient';

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
function forceLayoutIterations(count: number): number {
  if (count <= 3_000) return 40;
  if (count <= 7_000) return 25;
  if (count <= 15_000) return 15;
  return 10;
}

const layoutJob: WorkerJob<LayoutRequest, LayoutResponse> = {
  worker: WORKERS.layout,
  // On this thread a chunk of iterations at a time, with a pause in between, so that the page
  // still answers and a cancel is heard between chunks.
  local: async (post, signal) => {
    // Loaded on demand, as the worker's own copy is: the page's bundle need not carry the layout.
    const { runForceAtlas2, FORCE_LAYOUT_DEFAULTS } = await import('../../core/layout/forceAtlas2');
    return async ({ id, input, iterations }) => {
      // Chunk by chunk, each continuing from the positions the last one reached. The core starts
      // every chunk afresh from positions anyway, so this gives the worker's result exactly.
      let positions = input.initial;
      let done = 0;
      post({ type: 'progress', id, fraction: 0 });
      while (done < iterations) {
        await pause();
        if (signal.aborted) return;
        const chunk = Math.min(FORCE_LAYOUT_DEFAULTS.chunk, iterations - done);
        positions = runForceAtlas2({ ...input, initial: positions }, { iterations: chunk });
        done += chunk;
        post({ type: 'progress', id, fraction: done / iterations });
      }
      // Zero iterations still hand back a copy, never the caller's own array.
      post({
        type: 'done',
        id,
        positions: positions === input.initial ? positions.slice() : positions,
      });
    };
  },
};

/** Pauses so that the page can draw and handle input between two chunks of iterations. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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
  const running = startTask<LayoutRequest, LayoutResponse, ForceLayoutOutcome>(layoutJob, {
    // Copied, not transferred: the caller keeps its arrays (to retry).
    start: (task) => task.post({ type: 'forceAtlas2', id: task.id, input, iterations }),
    receive: (message) => {
      switch (message.type) {
        case 'progress':
          onProgress(message.fraction);
          return undefined;
        case 'done':
          return { type: 'done', positions: message.positions };
        case 'failed':
          return { type: 'failed', message: message.message };
      }
    },
  });
  return {
    result: running.result.then((outcome) =>
      outcome.type === 'unavailable' ? { type: 'unavailable' } : outcome,
    ),
    cancel: running.cancel,
  };
}
