/**
 * The page side of the analysis: the sources of the path sweep split across as many workers as
 * the machine has cores, their sums merged here, the suite completed by one of them. Cancel
 * terminates every worker. Without Worker support it all runs on this thread.
 */
import { emptyPathPartials, mergePathPartials, type PathPartials } from '../core/metrics/paths';
import type { Dataset } from '../core/model/types';
import type {
  AnalysisRequest,
  AnalysisResponse,
  AnalysisSettings,
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
  const parts = Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 8));
  const workers: Worker[] = [];
  try {
    for (let part = 0; part < parts; part += 1) {
      workers.push(
        new Worker(new URL('../workers/analysis.worker.ts', import.meta.url), { type: 'module' }),
      );
    }
  } catch {
    for (const worker of workers) worker.terminate();
    return { result: Promise.resolve({ type: 'unavailable' }), cancel: () => undefined };
  }
  const done = new Array<number>(parts).fill(0);
  const total = new Array<number>(parts).fill(1);
  let settle: (outcome: AnalysisOutcome) => void = () => undefined;
  const result = new Promise<AnalysisOutcome>((resolve) => {
    settle = (outcome) => {
      for (const worker of workers) worker.terminate();
      resolve(outcome);
    };
  });
  const merged: PathPartials = emptyPathPartials(dataset.organizations.length);
  let swept = 0;
  workers.forEach((worker) => {
    let heard = false;
    // A worker that never spoke could not start (its script missing, refused by a policy).
    worker.onerror = (event) =>
      settle(heard ? { type: 'failed', message: event.message } : { type: 'unavailable' });
    worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
      const message = event.data;
      if (message.id !== id) return;
      heard = true;
      switch (message.type) {
        case 'progress':
          done[message.part] = message.done;
          total[message.part] = message.of;
          // The sweep is nearly all of the work; the rest of the suite is the last few per cent.
          onProgress((0.95 * done.reduce((a, b) => a + b, 0)) / total.reduce((a, b) => a + b, 0));
          break;
        case 'swept':
          mergePathPartials(merged, message.partials);
          swept += 1;
          if (swept === parts) {
            const request: AnalysisRequest = {
              type: 'complete',
              id,
              dataset,
              partials: merged,
              settings,
            };
            workers[0]?.postMessage(request);
          }
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
  });
  workers.forEach((worker, part) => {
    const request: AnalysisRequest = { type: 'sweep', id, dataset, part, parts, settings };
    worker.postMessage(request);
  });
  return { result, cancel: () => settle({ type: 'cancelled' }) };
}
