/**
 * The page side of the import worker: an async API that hides the messages. Without Worker
 * support (old browsers, a page opened from disk) it runs the same core import on the main
 * thread, loaded on demand so that the page's own bundle stays small.
 */
import { UnusableInputError } from '../core/model/issues';
import type {
  ImportResponse,
  ImportSettings,
  ImportSource,
  ImportRequest,
} from '../core/protocol/import';
import type { Dataset, Link } from '../core/model/types';

export type ImportOutcome =
  | { type: 'done'; dataset: Dataset }
  | { type: 'unusable'; file: string; reason: UnusableInputError['reason']; message: string }
  /** `unavailable`: part of the app could not be loaded (offline, or the server gone). */
  | { type: 'failed'; message: string; unavailable?: boolean }
  | { type: 'cancelled' };

export interface RunningImport {
  result: Promise<ImportOutcome>;
  cancel(): void;
}

let nextId = 1;

export function startImport(
  files: ImportSource[],
  options: ImportSettings,
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
  // Batches are appended as they come: each message is small, so the page never blocks long.
  const links: Link[] = [];
  // Each message brings its own copy of every id: one string per organisation is kept instead
  // (on a million links, 2 million strings fewer to hold).
  const ids = new Map<string, string>();
  const canonical = (id: string): string => {
    const known = ids.get(id);
    if (known !== undefined) return known;
    ids.set(id, id);
    return id;
  };
  worker.onmessage = (event: MessageEvent<ImportResponse>) => {
    const message = event.data;
    if (message.id !== id) return;
    heard = true;
    switch (message.type) {
      case 'progress':
        onProgress(message.fraction);
        break;
      case 'links':
        for (const link of message.links) {
          link.source = canonical(link.source);
          link.target = canonical(link.target);
          links.push(link);
        }
        break;
      case 'done':
        settle({ type: 'done', dataset: { ...message.dataset, links } });
        break;
      case 'unusable':
        settle({ ...message, type: 'unusable' });
        break;
      case 'failed':
        settle({ type: 'failed', message: message.message });
        break;
    }
  };
  worker.onerror = (event) => {
    // A worker that never spoke could not start (its script refused or missing): do the work
    // here instead. One that failed mid-way reports the failure.
    event.preventDefault();
    if (heard) settle({ type: 'failed', message: event.message });
    else void importOnMainThread(files, options, onProgress).result.then(settle);
  };
  const request: ImportRequest = { type: 'import', id, files, options };
  // Picked files travel as handles (the worker reads them); bundled bytes are copied.
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
  files: ImportSource[],
  options: ImportSettings,
  onProgress: (fraction: number) => void,
): RunningImport {
  let cancelled = false;
  const run = async (): Promise<ImportOutcome> => {
    let core: typeof import('../core/model/importDataset');
    let protocol: typeof import('../core/protocol/import');
    try {
      [core, protocol] = await Promise.all([
        import('../core/model/importDataset'),
        import('../core/protocol/import'),
      ]);
    } catch (error) {
      return { type: 'failed', message: String(error), unavailable: true };
    }
    const inputs = await Promise.all(files.map(protocol.readSource));
    // One synchronous call cannot be interrupted; a cancel before it starts is honoured.
    if (cancelled) return { type: 'cancelled' };
    try {
      return { type: 'done', dataset: core.importDataset(inputs, { ...options, onProgress }) };
    } catch (error) {
      if (error instanceof UnusableInputError) {
        return { type: 'unusable', file: error.file, reason: error.reason, message: error.message };
      }
      return { type: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  };
  return {
    result: run(),
    cancel: () => {
      cancelled = true;
    },
  };
}
