/**
 * The import as a worker job (state/clients/workerClient): an async API that hides the messages. Where
 * no worker can run it (old browsers, a page opened from disk, a worker that cannot start) the
 * page runs the same core import, loaded on demand so that its own bundle stays small.
 */
import type { UnusableInputError, UnusableCode, UnusableParams } from '../../core/issues/issues';
import {
  answerImport,
  type ImportRequest,
  type ImportResponse,
  type ImportSettings,
  type ImportSource,
} from '../../core/protocol/import';
import type { Dataset, Link } from '../../core/model/types';
import type { ViewForm } from '../../core/view/viewForm';
import { startTask, WORKERS, type WorkerJob } from './workerClient';

export type ImportOutcome =
  /** `view`: the view a project file was saved with; null for other files. */
  | { type: 'done'; dataset: Dataset; view: ViewForm | null }
  | {
      type: 'unusable';
      file: string;
      reason: UnusableInputError['reason'];
      code: UnusableCode;
      params: UnusableParams;
      message: string;
    }
  /** `unavailable`: part of the app could not be loaded (offline, or the server gone). */
  | { type: 'failed'; message: string; unavailable?: boolean }
  | { type: 'cancelled' };

export interface RunningImport {
  result: Promise<ImportOutcome>;
  cancel(): void;
}

const importJob: WorkerJob<ImportRequest, ImportResponse> = {
  worker: WORKERS.import,
  local: async (post) => {
    const { importDataset } = await import('../../core/model/importDataset');
    return (request) => answerImport(request, post, importDataset);
  },
};

export function startImport(
  files: ImportSource[],
  options: ImportSettings,
  onProgress: (fraction: number) => void,
): RunningImport {
  // Batches are appended as they come: each message is small, so the page never blocks long.
  const links: Link[] = [];
  let view: ViewForm | null = null;
  // Each message brings its own copy of every id: one string per organisation is kept instead
  // (on a million links, 2 million strings fewer to hold).
  const ids = new Map<string, string>();
  const canonical = (id: string): string => {
    const known = ids.get(id);
    if (known !== undefined) return known;
    ids.set(id, id);
    return id;
  };
  const running = startTask<ImportRequest, ImportResponse, ImportOutcome>(importJob, {
    // Picked files travel as handles (the worker reads them); bundled bytes are copied.
    start: (task) => task.post({ type: 'import', id: task.id, files, options }),
    receive: (message) => {
      switch (message.type) {
        case 'progress':
          onProgress(message.fraction);
          return undefined;
        case 'links':
          for (const link of message.links) {
            link.source = canonical(link.source);
            link.target = canonical(link.target);
            links.push(link);
          }
          return undefined;
        case 'view':
          view = message.view;
          return undefined;
        case 'done':
          return { type: 'done', dataset: { ...message.dataset, links }, view };
        case 'unusable': {
          const { file, reason, code, params } = message;
          return { type: 'unusable', file, reason, code, params, message: message.message };
        }
        case 'failed':
          return { type: 'failed', message: message.message };
      }
    },
  });
  return {
    result: running.result.then((outcome) =>
      outcome.type === 'unavailable'
        ? { type: 'failed', message: outcome.message, unavailable: true }
        : outcome,
    ),
    cancel: running.cancel,
  };
}
