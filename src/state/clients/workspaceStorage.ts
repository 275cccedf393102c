/**
 * Workspaces kept in the browser's IndexedDB through idb-keyval (a small, maintained wrapper:
 * one object store, promises, no schema to migrate). Each workspace is two records — its summary
 * (`s:<id>`, what the menu lists) and its work (`w:<id>`, the files, the edits and the view) — and `current`
 * names the one in use. Nothing leaves the machine.
 *
 * Every failure is one of a few problems the page words in a sentence: storage full, storage not
 * available (private browsing, a browser setting), the database blocked (by another tab, or an
 * operation that never ends), or another failure. None is ever silent.
 */
import {
  createStore,
  del,
  get,
  getMany,
  keys,
  set,
  setMany,
  update,
  type UseStore,
} from 'idb-keyval';
import {
  readWorkspace,
  type SavedImport,
  type Workspace,
  type WorkspaceSummary,
} from '../../core/workspace/workspace';
import type { EditHistory } from '../../core/edit/history';
import type { SavedView } from '../../core/view/savedViews';

export type StorageProblem = 'full' | 'unavailable' | 'blocked' | 'failed';

export class WorkspaceStorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    cause: unknown,
  ) {
    super(
      `workspace storage: ${problem}: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
}

/** An operation still pending after this long is taken for a blocked database. */
const BLOCKED_AFTER_MS = 10_000;

const CURRENT = 'current';
const summaryKey = (id: string) => `s:${id}`;
const workKey = (id: string) => `w:${id}`;

let store: UseStore | null = null;

function database(): UseStore {
  if (typeof indexedDB === 'undefined') {
    throw new WorkspaceStorageError('unavailable', new Error('no IndexedDB in this browser'));
  }
  store ??= createStore('alliance-atlas', 'workspaces');
  return store;
}

export function problemOf(error: unknown): StorageProblem {
  if (error instanceof WorkspaceStorageError) return error.problem;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'full';
  // Private windows and browsers with storage turned off refuse to open a database at all.
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'NotAllowedError') {
    return 'unavailable';
  }
  if (error instanceof TypeError && /indexedDB/i.test(error.message)) return 'unavailable';
  return 'failed';
}

/** Runs one storage operation; rejects with a WorkspaceStorageError naming the problem. */
async function run<T>(operation: (store: UseStore) => Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const blocked = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new WorkspaceStorageError('blocked', new Error('no answer'))),
        BLOCKED_AFTER_MS,
      );
    });
    return await Promise.race([operation(database()), blocked]);
  } catch (error) {
    throw error instanceof WorkspaceStorageError
      ? error
      : new WorkspaceStorageError(problemOf(error), error);
  } finally {
    clearTimeout(timer);
  }
}

export async function listWorkspaces(): Promise<WorkspaceSummary[]> {
  return run(async (db) => {
    const ids = (await keys(db))
      .filter((key): key is string => typeof key === 'string' && key.startsWith('s:'))
      .map((key) => key.slice(2));
    const summaries = await getMany<WorkspaceSummary>(ids.map(summaryKey), db);
    return summaries
      .filter((s): s is WorkspaceSummary => typeof s === 'object' && s !== null)
      .sort((a, b) => a.created - b.created);
  });
}

export function currentWorkspaceId(): Promise<string | null> {
  return run(async (db) => {
    const id = await get<unknown>(CURRENT, db);
    return typeof id === 'string' ? id : null;
  });
}

export function setCurrentWorkspace(id: string): Promise<void> {
  return run((db) => set(CURRENT, id, db));
}

export function loadWorkspace(id: string): Promise<Workspace | null> {
  return run(async (db) => {
    const [summary, work] = await getMany<unknown>([summaryKey(id), workKey(id)], db);
    if (summary === undefined) return null;
    const record = typeof work === 'object' && work !== null ? work : {};
    return readWorkspace({ ...record, summary }, id);
  });
}

/** Writes a whole workspace (a new one, a copy). */
export function saveWorkspace(workspace: Workspace): Promise<void> {
  const { summary, ...work } = workspace;
  return run((db) =>
    setMany(
      [
        [workKey(summary.id), work],
        [summaryKey(summary.id), summary],
      ],
      db,
    ),
  );
}

/** Writes what changed of a workspace: its files, its view, its edits, its summary. */
export function saveWork(
  summary: WorkspaceSummary,
  change: {
    sources?: SavedImport[];
    view?: Record<string, unknown> | null;
    edits?: EditHistory;
    views?: SavedView[];
  },
): Promise<void> {
  return run(async (db) => {
    // Read and written in one transaction: two saves at once cannot undo each other.
    await update<Record<string, unknown>>(
      workKey(summary.id),
      (work) => ({ ...(work ?? { format: 1, sources: [], view: null }), ...change }),
      db,
    );
    await set(summaryKey(summary.id), summary, db);
  });
}

export function saveSummary(summary: WorkspaceSummary): Promise<void> {
  return run((db) => set(summaryKey(summary.id), summary, db));
}

export function deleteStoredWorkspace(id: string): Promise<void> {
  return run(async (db) => {
    await del(workKey(id), db);
    await del(summaryKey(id), db);
  });
}
