/**
 * The page side of the analysis. The analysis input (src/core/metrics/input.ts) is built here a
 * slice at a time, never more than a few milliseconds without giving the page back, and kept per
 * dataset (switching Weighted does not build it again); each worker receives its own copy once,
 * by transfer. The sources of the path sweep are split as the command line splits them
 * (`sweepParts`), the sums merged here, the suite completed by the first worker. Cancel
 * terminates every worker. Without Worker support it all runs on this thread.
 *
 * The transport is one function, `spawn`, and messages in and out, so that the client ports to a
 * generic worker client as it is.
 */
import {
  analysisInputSteps,
  copyInput,
  inputBuffers,
  type AnalysisInput,
} from '../core/metrics/input';
import {
  emptyPathPartials,
  mergePathPartials,
  sweepParts,
  type PathPartials,
} from '../core/metrics/paths';
import { SWEEP_SHARE, sweepProgress } from '../core/metrics/suite';
import type { Dataset } from '../core/model/types';
import {
  partialBuffers,
  type AnalysisRequest,
  type AnalysisResponse,
  type AnalysisSettings,
} from '../core/protocol/analysis';
import type { AnalysisMetrics } from '../core/report/reportTypes';

export type AnalysisOutcome =
  | { type: 'done'; metrics: AnalysisMetrics }
  | { type: 'failed'; message: string }
  /** The analysis' code could not be loaded (a worker that cannot start, a missing chunk). */
  | { type: 'unavailable' }
  | { type: 'cancelled' };

export interface RunningAnalysis {
  result: Promise<AnalysisOutcome>;
  cancel(): void;
}

/** Longest stretch of input building between two yields to the page. */
const SLICE_MS = 12;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs a generator to its end, giving the page back every SLICE_MS; null once cancelled. */
async function inSlices<T>(
  steps: Generator<unknown, T>,
  cancelled: () => boolean,
): Promise<T | null> {
  let start = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - start > SLICE_MS) {
      await pause();
      if (cancelled()) return null;
      start = performance.now();
    }
  }
}

const inputs = new WeakMap<Dataset, AnalysisInput>();

async function inputOf(dataset: Dataset, cancelled: () => boolean): Promise<AnalysisInput | null> {
  const known = inputs.get(dataset);
  if (known) return known;
  const built = await inSlices(analysisInputSteps(dataset), cancelled);
  if (built) inputs.set(dataset, built);
  return built;
}

function spawn(): Worker {
  return new Worker(new URL('../workers/analysis.worker.ts', import.meta.url), { type: 'module' });
}

let nextId = 1;

export function startAnalysis(
  dataset: Dataset,
  settings: AnalysisSettings,
  onProgress: (fraction: number) => void,
): RunningAnalysis {
  if (typeof Worker === 'undefined') {
    // Loaded on demand: the page's own bundle need not carry the whole metric suite.
    const result = import('../core/report/analyzeDataset').then(
      ({ analyzeDataset }): AnalysisOutcome => {
        try {
          return { type: 'done', metrics: analyzeDataset(dataset, settings) };
        } catch (error) {
          return { type: 'failed', message: String(error) };
        }
      },
      // Offline after the first visit, say: the page goes on without the measures.
      (): AnalysisOutcome => ({ type: 'unavailable' }),
    );
    return { result, cancel: () => undefined };
  }
  const id = nextId++;
  const workers: Worker[] = [];
  let finished = false;
  let settle: (outcome: AnalysisOutcome) => void = () => undefined;
  const result = new Promise<AnalysisOutcome>((resolve) => {
    settle = (outcome) => {
      if (finished) return;
      finished = true;
      for (const worker of workers) worker.terminate();
      resolve(outcome);
    };
  });
  const cancel = () => settle({ type: 'cancelled' });

  void (async () => {
    let input: AnalysisInput | null;
    try {
      input = await inputOf(dataset, () => finished);
    } catch (error) {
      settle({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (input === null || finished) return;
    const n = input.offsets.length - 1;
    const available = Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 8));
    const parts = sweepParts(n, available);
    try {
      for (let part = 0; part < parts.length; part += 1) workers.push(spawn());
    } catch {
      settle({ type: 'unavailable' });
      return;
    }
    const done = new Array<number>(parts.length).fill(0);
    const merged: PathPartials = emptyPathPartials(n);
    let swept = 0;
    const onMessage = (message: AnalysisResponse) => {
      if (message.id !== id) return;
      switch (message.type) {
        case 'progress':
          done[message.part] = message.done;
          onProgress(
            sweepProgress(
              done.reduce((a, b) => a + b, 0),
              n,
            ),
          );
          break;
        case 'swept': {
          mergePathPartials(merged, message.partials);
          swept += 1;
          if (swept === parts.length) {
            onProgress(SWEEP_SHARE);
            const request: AnalysisRequest = { type: 'complete', id, partials: merged, settings };
            workers[0]?.postMessage(request, partialBuffers(merged));
          }
          break;
        }
        case 'completing':
          onProgress(message.fraction);
          break;
        case 'completed':
          onProgress(1);
          settle({ type: 'done', metrics: message.metrics });
          break;
        case 'failed':
          settle({ type: 'failed', message: message.message });
          break;
      }
    };
    workers.forEach((worker) => {
      let heard = false;
      // A worker that never spoke could not start (its script missing, refused by a policy).
      worker.onerror = (event) =>
        settle(heard ? { type: 'failed', message: event.message } : { type: 'unavailable' });
      worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
        heard = true;
        onMessage(event.data);
      };
    });
    // One copy per worker, each in a task of its own (a copy is one memcpy of the arrays).
    for (let part = 0; part < parts.length; part += 1) {
      if (finished) return;
      const [from, to] = parts[part] as [number, number];
      const copy = copyInput(input);
      const request: AnalysisRequest = { type: 'sweep', id, input: copy, part, from, to, settings };
      workers[part]?.postMessage(request, inputBuffers(copy));
      await pause();
    }
  })();
  return { result, cancel };
}
