/**
 * The page side of the import worker: an async API that hides the messages. Without Worker
 * support (old browsers, a page opened from disk) it runs the same core import on the main
 * thread, loaded on demand so that the page's own bundle stays small.
 */
import type { ImportOptions, InputFile } from '../core/model/importDataset';
import { UnusableInputError } from '../core/model/issues';
import type { ImportRequest, ImportResponse } from '../core/protocol/import';
import type { Dataset } from '../core/model/types';

export type ImportOutcome =
  | { type: 'done'; dataset: Dataset }
  | { type: 'unusable'; file: string; reason: UnusableInputError['reason']; message: string }
  | { type: 'failed'; message: string }
  | { type: 'cancelled' };

export interface RunningImport {
  result: Promise<ImportOutcome>;
  cancel(): void;
}

let nextId = 1;

export function startImport(
  files: InputFile[],
  options: Omit<ImportOptions, 'onProgress'>,
  onProgress: (fraction: number) => void,
): RunningImport {
  const worker = createWorker();
  if (!worker) return importOnMainThread(files, options, onProgress);
  const id = nextId++;
  let settle: (outcome: ImportOutcome) => void = () => undefined;
  const result = new Promise<ImportOutcome>((resolve) => {
    settle = (outcome) => {
      worker.terminate();
      resolve(outcome);
    };
  });
  let heard = false;
  worker.onmessage = (event: MessageEvent<ImportResponse>) => {
    const message = event.data;
    if (message.id !== id) return;
    heard = true;
    if (message.type === 'progress') onProgress(message.fraction);
    else if (message.type === 'done') settle({ type: 'done', dataset: message.dataset });
    else if (message.type === 'unusable') settle({ ...message, type: 'unusable' });
    else settle({ type: 'failed', message: message.message });
  };
  worker.onerror = (event) => {
    // A worker that never spoke could not start (its script refused or missing): do the work
    // here instead. One that failed mid-way reports the failure.
    if (heard) settle({ type: 'failed', message: event.message });
    else void importOnMainThread(files, options, onProgress).result.then(settle);
  };
  const request: ImportRequest = { type: 'import', id, files, options };
  // Copied, not transferred: the page keeps the bytes for a column-mapping retry.
  worker.postMessage(request);
  return { result, cancel: () => settle({ type: 'cancelled' }) };
}

function createWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('../workers/import.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null; // e.g. a policy forbidding workers: the import still works, on this thread
  }
}

function importOnMainThread(
  files: InputFile[],
  options: Omit<ImportOptions, 'onProgress'>,
  onProgress: (fraction: number) => void,
): RunningImport {
  let cancelled = false;
  const result = import('../core/model/importDataset').then(({ importDataset }): ImportOutcome => {
    // One synchronous call cannot be interrupted; a cancel before it starts is honoured.
    if (cancelled) return { type: 'cancelled' };
    try {
      return { type: 'done', dataset: importDataset(files, { ...options, onProgress }) };
    } catch (error) {
      if (error instanceof UnusableInputError) {
        return { type: 'unusable', file: error.file, reason: error.reason, message: error.message };
      }
      return { type: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  });
  return {
    result,
    cancel: () => {
      cancelled = true;
    },
  };
}
