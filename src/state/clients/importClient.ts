/**
 * The import as a worker job (state/clients/workerClient): an async API that hides the messages. Where
 * no worker can run it (old browsers, a page opened from disk, a worker that cannot start) the
 * page runs the same core import, loaded on demand so that its own bundle stays small. Add files
 * is a run of the same job: the network shown goes to the worker with the files.
 */
import type {
  ImportIssue,
  UnusableInputError,
  UnusableCode,
  UnusableParams,
} from '../../core/issues/issues';
import {
  answerImport,
  type ImportRequest,
  type ImportResponse,
  type ImportSettings,
  type ImportSource,
} from '../../core/protocol/import';
import { appendRequests, type AppendRequest } from '../../core/protocol/append';
import type { Dataset, Link, Organization } from '../../core/model/types';
import type { ViewForm } from '../../core/view/viewForm';
import type { SavedView } from '../../core/view/savedViews';
import { startTask, WORKERS, type Task, type WorkerJob } from './workerClient';

export type ImportOutcome =
  /**
   * `issues`: the messages to show (an append's own, the import's all); `view`: the view a
   * project file was saved with (null for other files, and for files added to the network).
   */
  | {
      type: 'done';
      dataset: Dataset;
      issues: ImportIssue[];
      view: ViewForm | null;
      /** The views a project file saved for a story (none for other files). */
      savedViews: SavedView[];
    }
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
    const [{ importDataset, importWithOrigin }, { appendDataset }, { answerAppend, NetworkParts }] =
      await Promise.all([
        import('../../core/model/importDataset'),
        import('../../core/model/appendDataset'),
        import('../../core/protocol/append'),
      ]);
    const network = new NetworkParts();
    return (request) => {
      switch (request.type) {
        case 'import':
          return answerImport(request, post, importDataset);
        case 'network-organizations':
        case 'network-links':
          return network.add(request, post);
        case 'append':
          return answerAppend(request, network.take(request), post, {
            importWithOrigin,
            appendDataset,
          });
      }
    };
  },
};

export function startImport(
  files: ImportSource[],
  options: ImportSettings,
  onProgress: (fraction: number) => void,
): RunningImport {
  return run(
    (task) => task.post({ type: 'import', id: task.id, files, options }),
    () => undefined,
    onProgress,
  );
}

/**
 * Add files: the files imported as usual and added to `network` (core/model/appendDataset). The
 * network is sent in parts, each once the worker has the one before; `network` itself is never
 * changed, so a cancelled run leaves it as it was.
 */
export function startAppend(
  network: Dataset,
  files: ImportSource[],
  options: ImportSettings,
  onProgress: (fraction: number) => void,
): RunningImport {
  let requests: Generator<AppendRequest> | null = null;
  const next = (task: Task<ImportRequest>) => {
    const request = requests?.next();
    if (request && !request.done) task.post(request.value);
  };
  return run(
    (task) => {
      requests = appendRequests(task.id, network, files, options);
      next(task);
    },
    next,
    onProgress,
  );
}

/** One run of the import job: its messages gathered into the outcome. */
function run(
  start: (task: Task<ImportRequest>) => void,
  partReceived: (task: Task<ImportRequest>) => void,
  onProgress: (fraction: number) => void,
): RunningImport {
  // Batches are appended as they come: each message is small, so the page never blocks long.
  const organizations: Organization[] = [];
  const links: Link[] = [];
  let view: ViewForm | null = null;
  let savedViews: SavedView[] = [];
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
    start,
    receive: (message, _part, task) => {
      switch (message.type) {
        case 'network-part':
          partReceived(task);
          return undefined;
        case 'organizations':
          for (const organization of message.organizations) {
            organization.id = canonical(organization.id);
            organizations.push(organization);
          }
          return undefined;
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
          savedViews = message.savedViews;
          return undefined;
        case 'done':
          return {
            type: 'done',
            dataset: { ...message.dataset, links },
            issues: message.dataset.issues,
            view,
            savedViews,
          };
        case 'appended':
          return {
            type: 'done',
            dataset: { ...message.dataset, organizations, links },
            issues: message.issues,
            view: null,
            savedViews: [],
          };
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
