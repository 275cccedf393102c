/**
 * The analysis as a worker job (state/clients/workerClient). The analysis input
 * (src/core/metrics/input.ts) is built here a slice at a time, never more than a few
 * milliseconds without giving the page back, and kept per dataset (switching Weighted does not
 * build it again); each worker receives its own copy once, by transfer. The sources of the path
 * sweep are split as the command line splits them (`sweepParts`), one worker a part, the sums
 * merged here, the suite completed by the first worker. Cancel terminates every worker. Where no
 * worker can run, the same core runs on this thread (one part after the other, giving the page
 * back between slices), loaded on demand.
 */
import {
  analysisInputSteps,
  copyInput,
  inputBuffers,
  type AnalysisInput,
} from '../../core/metrics/input';
import {
  emptyPathPartials,
  mergePathPartials,
  sweepParts,
  type PathPartials,
} from '../../core/metrics/paths';
import { SWEEP_SHARE, sweepProgress } from '../../core/metrics/suite';
import type { Dataset } from '../../core/model/types';
import {
  partialBuffers,
  type AnalysisRequest,
  type AnalysisResponse,
  type AnalysisSettings,
} from '../../core/protocol/analysis';
import type { AnalysisMetrics, ReportEffects } from '../../core/report/reportTypes';
import { startTask, WORKERS, type RunningTask, type Task, type WorkerJob } from './workerClient';

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

const analysisJob: WorkerJob<AnalysisRequest, AnalysisResponse> = {
  worker: WORKERS.analysis,
  local: async (post, signal) => {
    const { answerAnalysis } = await import('../../core/report/analyzeDataset');
    return answerAnalysis(post, { slices: { pause, signal } });
  },
};

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

/**
 * The parts of the sweep on this machine: as many as its cores, as the command line's; one
 * where there are no workers (on this thread, more parts would only cost more copies).
 */
function partsOf(n: number): [number, number][] {
  if (typeof Worker === 'undefined') return sweepParts(n, 1);
  return sweepParts(n, (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 2);
}

function analysisTask(
  input: AnalysisInput,
  settings: AnalysisSettings,
  onProgress: (fraction: number) => void,
): RunningTask<AnalysisOutcome> {
  const n = input.offsets.length - 1;
  const parts = partsOf(n);
  const done = new Array<number>(parts.length).fill(0);
  const merged: PathPartials = emptyPathPartials(n);
  let swept = 0;
  let over = false;
  // One copy per worker, each in a task of its own (a copy is one memcpy of the arrays).
  const postParts = async (task: Task<AnalysisRequest>) => {
    for (let part = 0; part < parts.length && !over; part += 1) {
      if (part > 0) await pause();
      if (over) return;
      const [from, to] = parts[part] as [number, number];
      const copy = copyInput(input);
      const { weighted } = settings;
      task.post(
        { type: 'sweep', id: task.id, input: copy, from, to, weighted },
        { part, transfer: inputBuffers(copy) },
      );
    }
  };
  const running = startTask<AnalysisRequest, AnalysisResponse, AnalysisOutcome>(analysisJob, {
    start: (task) => void postParts(task),
    receive: (message, part, task) => {
      switch (message.type) {
        case 'progress':
          done[part] = message.done;
          onProgress(
            sweepProgress(
              done.reduce((a, b) => a + b, 0),
              n,
            ),
          );
          return undefined;
        case 'swept':
          mergePathPartials(merged, message.partials);
          swept += 1;
          if (swept === parts.length) {
            onProgress(SWEEP_SHARE);
            task.post(
              { type: 'complete', id: task.id, partials: merged, settings },
              { part: 0, transfer: partialBuffers(merged) },
            );
          }
          return undefined;
        case 'completing':
          onProgress(message.fraction);
          return undefined;
        case 'completed':
          onProgress(1);
          return { type: 'done', metrics: message.metrics };
        case 'failed':
          return { type: 'failed', message: message.message };
      }
    },
  });
  void running.result.then(() => {
    over = true;
  });
  return running;
}

export function startAnalysis(
  dataset: Dataset,
  settings: AnalysisSettings,
  onProgress: (fraction: number) => void,
): RunningAnalysis {
  let cancelled = false;
  let running: RunningTask<AnalysisOutcome> | null = null;
  const result = (async (): Promise<AnalysisOutcome> => {
    let input: AnalysisInput | null;
    try {
      input = await inputOf(dataset, () => cancelled);
    } catch (error) {
      return { type: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
    if (input === null || cancelled) return { type: 'cancelled' };
    running = analysisTask(input, settings, onProgress);
    const outcome = await running.result;
    return outcome.type === 'unavailable' ? { type: 'unavailable' } : outcome;
  })();
  return {
    result,
    cancel: () => {
      cancelled = true;
      running?.cancel();
    },
  };
}

export type EffectsOutcome =
  | { type: 'done'; effects: ReportEffects }
  | { type: 'failed'; message: string }
  | { type: 'unavailable' }
  | { type: 'cancelled' };

export interface RunningEffects {
  result: Promise<EffectsOutcome>;
  cancel(): void;
}

/**
 * What the alliance between the organisations `source` and `target` (ids) would change, computed
 * in a worker (or on this thread where none can run) on the analysis input kept for the dataset.
 */
export function startEffects(
  dataset: Dataset,
  tie: { source: string; target: string },
  weighted: boolean,
): RunningEffects {
  let cancelled = false;
  let running: RunningTask<EffectsOutcome> | null = null;
  const result = (async (): Promise<EffectsOutcome> => {
    let input: AnalysisInput | null;
    try {
      input = await inputOf(dataset, () => cancelled);
    } catch (error) {
      return { type: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
    if (input === null || cancelled) return { type: 'cancelled' };
    // The input's positions are the dataset's order (core/metrics/input).
    const source = dataset.organizations.findIndex((o) => o.id === tie.source);
    const target = dataset.organizations.findIndex((o) => o.id === tie.target);
    if (source < 0 || target < 0 || source === target) {
      return { type: 'failed', message: 'effects: not two organisations of this network.' };
    }
    const copy = copyInput(input);
    running = startTask<AnalysisRequest, AnalysisResponse, EffectsOutcome>(analysisJob, {
      start: (task) =>
        task.post(
          { type: 'effects', id: task.id, input: copy, source, target, weighted },
          { transfer: inputBuffers(copy) },
        ),
      receive: (message) => {
        if (message.type === 'effects') return { type: 'done', effects: message.effects };
        if (message.type === 'failed') return { type: 'failed', message: message.message };
        return undefined;
      },
    });
    const outcome = await running.result;
    return outcome.type === 'unavailable' ? { type: 'unavailable' } : outcome;
  })();
  return {
    result,
    cancel: () => {
      cancelled = true;
      running?.cancel();
    },
  };
}
