/**
 * The page side of the import worker: an async API that hides the messages. Without Worker
 * support (old browsers, tests) it runs the same core import on the main thread.
 */
import { importDataset, type ImportOptions, type InputFile } from '../core/model/importDataset';
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
  if (typeof Worker === 'undefined') return importOnMainThread(files, options, onProgress);
  const id = nextId++;
  const worker = new Worker(new URL('../workers/import.worker.ts', import.meta.url), {
    type: 'module',
  });
  let settle: (outcome: ImportOutcome) => void = () => undefined;
  const result = new Promise<ImportOutcome>((resolve) => {
    settle = (outcome) => {
      worker.terminate();
      resolve(outcome);
    };
  });
  worker.onmessage = (event: MessageEvent<ImportResponse>) => {
    const message = event.data;
    if (message.id !== id) return;
    if (message.type === 'progress') onProgress(message.fraction);
    else if (message.type === 'done') settle({ type: 'done', dataset: message.dataset });
    else if (message.type === 'unusable') settle({ ...message, type: 'unusable' });
    else settle({ type: 'failed', message: message.message });
  };
  worker.onerror = (event) => settle({ type: 'failed', message: event.message });
  const request: ImportRequest = { type: 'import', id, files, options };
  // Copied, not transferred: the page keeps the bytes for a column-mapping retry.
  worker.postMessage(request);
  return { result, cancel: () => settle({ type: 'cancelled' }) };
}

function importOnMainThread(
  files: InputFile[],
  options: Omit<ImportOptions, 'onProgress'>,
  onProgress: (fraction: number) => void,
): RunningImport {
  const result = Promise.resolve().then((): ImportOutcome => {
    try {
      return { type: 'done', dataset: importDataset(files, { ...options, onProgress }) };
    } catch (error) {
      if (error instanceof UnusableInputError) {
        return { type: 'unusable', file: error.file, reason: error.reason, message: error.message };
      }
      return { type: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  });
  return { result, cancel: () => undefined };
}
