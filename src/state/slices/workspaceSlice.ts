import type { StateCreator } from 'zustand';
import type { StoreApi } from 'zustand';
import type { ImportSource } from '../../core/protocol/import';
import {
  copyName,
  holdsWork,
  ILLUSTRATIVE_IMPORT,
  newWorkspace,
  type SavedImport,
  type Workspace,
  type WorkspaceSummary,
} from '../../core/workspace/workspace';
import {
  currentWorkspaceId,
  deleteStoredWorkspace,
  listWorkspaces,
  loadWorkspace,
  problemOf,
  saveSummary,
  saveWork,
  saveWorkspace,
  setCurrentWorkspace,
  type StorageProblem,
} from '../clients/workspaceStorage';
import { DEFAULT_VIEW, readViewForm } from '../../core/view/viewForm';
import { currentViewForm } from '../selectors/view';
import type { Notice } from './noticeSlice';
import type { AtlasState } from '../store';
import { newId } from '../newId';

/** The sentence each storage problem gets (state/slices/noticeSlice.ts). */
const NOTICE_OF: Record<StorageProblem, Notice> = {
  full: 'storageFull',
  unavailable: 'storageUnavailable',
  blocked: 'storageBlocked',
  failed: 'storageFailed',
};

export interface WorkspaceSlice {
  /** The workspace the work is saved into; null while the reader has not chosen. */
  workspaceId: string | null;
  workspaces: WorkspaceSummary[];
  /** The last visit's work, offered: continue where one left off, or start fresh. */
  restoreOffer: WorkspaceSummary | null;
  /** A workspace is being opened: nothing is saved until it is on screen. */
  restoring: boolean;
  /** The workspaces have been looked at on opening (or could not be): see openWorkspaces. */
  workspacesOpened: boolean;
  /**
   * On opening the app: the workspace in use, offered when it holds work, else taken on (a
   * first one created, named `firstName`). The illustrative network opens meanwhile.
   */
  openWorkspaces(firstName: string): Promise<void>;
  continueWorkspace(): Promise<void>;
  /** A new workspace on the illustrative network; the one offered stays in the list. */
  startFresh(name: string): Promise<void>;
  createWorkspace(name: string): Promise<void>;
  renameWorkspace(id: string, name: string): Promise<void>;
  /** `copy` is the copy's name as the page words it. */
  duplicateWorkspace(id: string, copy: string): Promise<void>;
  /** The one in use deleted, the next one is opened (or a new one, named `fallbackName`). */
  deleteWorkspace(id: string, fallbackName: string): Promise<void>;
  switchWorkspace(id: string): Promise<void>;
}

/** What saving a change needs: the workspace's summary as the store now has it. */
function summaryOf(state: AtlasState): WorkspaceSummary | null {
  const summary = state.workspaces.find((w) => w.id === state.workspaceId);
  if (!summary) return null;
  return {
    ...summary,
    saved: Date.now(),
    datasetName: state.datasetName,
    organizations: state.dataset?.organizations.length ?? 0,
    links: state.dataset?.links.length ?? 0,
  };
}

function sourcesOf(saved: SavedImport): ImportSource[] {
  return saved.files.map((file) =>
    file.data instanceof Uint8Array
      ? { name: file.name, bytes: file.data }
      : { name: file.name, blob: file.data },
  );
}

export const createWorkspaceSlice: StateCreator<AtlasState, [], [], WorkspaceSlice> = (
  set,
  get,
) => {
  /** Says what went wrong with storage, once, in a sentence (never a blank page). */
  const trouble = (error: unknown) => get().notify(NOTICE_OF[problemOf(error)]);

  const replaceSummary = (summary: WorkspaceSummary) =>
    set(({ workspaces }) => ({
      workspaces: workspaces.some((w) => w.id === summary.id)
        ? workspaces.map((w) => (w.id === summary.id ? summary : w))
        : [...workspaces, summary],
    }));

  /** Puts a workspace's work on screen, then saves into it from then on. */
  const open = async (workspace: Workspace) => {
    set({ restoring: true, restoreOffer: null, workspaceId: null });
    try {
      const [first, ...added] = workspace.sources;
      if (first && first.name !== ILLUSTRATIVE_IMPORT) {
        await get().importFiles(sourcesOf(first), first.name, first.columnMapping);
      } else if (
        get().datasetName !== ILLUSTRATIVE_IMPORT ||
        get().importSteps.length !== 1 ||
        get().history.entries.length > 0
      ) {
        // The illustrative network as it ships: another workspace's edits are not this one's.
        await get().openIllustrative();
      }
      // The edits done, each after the imports it was made on; undone ones wait for a redo.
      const { edits } = workspace;
      const done = edits.entries.slice(0, edits.done);
      get().replayEdits(done, get().importSteps.length);
      // The files added to it, in the order they were added; each waits for the one before.
      for (const source of added) {
        if (get().importFailure) break;
        await get().appendFiles(sourcesOf(source), source.name, source.columnMapping);
        get().replayEdits(done, get().importSteps.length);
      }
      get().setHistory(edits);
      get().setSavedViews(workspace.views);
      if (workspace.view) get().applyView(readViewForm(workspace.view));
    } finally {
      set({ restoring: false, workspaceId: workspace.summary.id });
    }
    await setCurrentWorkspace(workspace.summary.id).catch(trouble);
  };

  const create = async (name: string): Promise<Workspace> => {
    const workspace = newWorkspace(newId(), name, Date.now());
    await saveWorkspace(workspace);
    await setCurrentWorkspace(workspace.summary.id);
    replaceSummary(workspace.summary);
    return workspace;
  };

  return {
    workspaceId: null,
    workspaces: [],
    restoreOffer: null,
    restoring: false,
    workspacesOpened: false,

    openWorkspaces: async (firstName) => {
      const illustrative = get().openIllustrative();
      try {
        const workspaces = await listWorkspaces();
        set({ workspaces });
        const id = await currentWorkspaceId();
        const current = (id && workspaces.find((w) => w.id === id)) || workspaces.at(-1);
        const work = current ? await loadWorkspace(current.id) : null;
        if (current && work && holdsWork(work, DEFAULT_VIEW)) {
          set({ restoreOffer: current });
        } else if (current) {
          await illustrative;
          set({ workspaceId: current.id });
        } else {
          const workspace = await create(firstName);
          await illustrative;
          set({ workspaceId: workspace.summary.id });
        }
      } catch (error) {
        trouble(error);
      }
      set({ workspacesOpened: true });
      await illustrative;
    },

    continueWorkspace: async () => {
      const offer = get().restoreOffer;
      if (!offer) return;
      try {
        const workspace = await loadWorkspace(offer.id);
        if (workspace) await open(workspace);
        else set({ restoreOffer: null });
      } catch (error) {
        set({ restoreOffer: null });
        trouble(error);
      }
    },

    startFresh: async (name) => {
      set({ restoreOffer: null });
      try {
        const workspace = await create(name);
        await open(workspace);
      } catch (error) {
        trouble(error);
      }
    },

    createWorkspace: async (name) => {
      try {
        await open(await create(name));
      } catch (error) {
        trouble(error);
      }
    },

    renameWorkspace: async (id, name) => {
      const summary = get().workspaces.find((w) => w.id === id);
      const trimmed = name.trim();
      if (!summary || trimmed === '' || trimmed === summary.name) return;
      const renamed = { ...summary, name: trimmed };
      replaceSummary(renamed);
      await saveSummary(renamed).catch(trouble);
    },

    duplicateWorkspace: async (id, copy) => {
      try {
        const original = await loadWorkspace(id);
        if (!original) return;
        const name = copyName(
          copy,
          get().workspaces.map((w) => w.name),
        );
        const now = Date.now();
        const duplicate: Workspace = {
          ...original,
          summary: { ...original.summary, id: newId(), name, created: now, saved: now },
        };
        await saveWorkspace(duplicate);
        replaceSummary(duplicate.summary);
      } catch (error) {
        trouble(error);
      }
    },

    deleteWorkspace: async (id, fallbackName) => {
      try {
        await deleteStoredWorkspace(id);
        set(({ workspaces }) => ({ workspaces: workspaces.filter((w) => w.id !== id) }));
        if (get().workspaceId !== id) return;
        const next = get().workspaces.at(-1);
        const workspace = next ? await loadWorkspace(next.id) : null;
        await open(workspace ?? (await create(fallbackName)));
      } catch (error) {
        trouble(error);
      }
    },

    switchWorkspace: async (id) => {
      if (id === get().workspaceId) return;
      try {
        const workspace = await loadWorkspace(id);
        if (workspace) await open(workspace);
      } catch (error) {
        trouble(error);
      }
    },
  };
};

/** The view is saved this long after it last changed (a drag of a slider is one save). */
const VIEW_SAVE_MS = 200;

/**
 * Saves the work as it changes into the workspace in use: the files of each import (not the
 * illustrative network's, which ships with the app), the edits, the view, and the summary the
 * menu lists.
 */
export function keepTheWork(store: StoreApi<AtlasState>): void {
  let viewSaved = '';
  let viewTimer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();
  /** Writes one change (its summary with it), one at a time and in order. */
  const queue = (write: (summary: WorkspaceSummary) => Promise<void>) => {
    const state = store.getState();
    const summary = summaryOf(state);
    if (!summary) return;
    saving = saving
      .then(() => write(summary))
      .then(
        () =>
          store.setState(({ workspaces }) => ({
            workspaces: workspaces.map((w) => (w.id === summary.id ? summary : w)),
          })),
        (error: unknown) => state.notify(NOTICE_OF[problemOf(error)]),
      );
  };
  const save = (change: Parameters<typeof saveWork>[1]) =>
    queue((summary) => saveWork(summary, change));
  const saveView = () => {
    viewTimer = undefined;
    save({ view: currentViewForm(store.getState()) });
  };

  store.subscribe((state, previous) => {
    if (state.workspaceId === null || state.restoring) return;
    if (state.workspaceId !== previous.workspaceId) {
      // Taken on or opened: the menu lists it with the network now on screen. Its files are
      // as saved (an import that failed on return leaves them untouched).
      queue(saveSummary);
      return;
    }
    if (state.importSteps !== previous.importSteps) {
      const sources: SavedImport[] = state.importSteps.map(({ files, name, columnMapping }) => ({
        // The illustrative network ships with the app: its files are not kept.
        files:
          name === ILLUSTRATIVE_IMPORT
            ? []
            : files.map((file) => ({
                name: file.name,
                data: 'bytes' in file ? file.bytes : file.blob,
              })),
        name,
        ...(columnMapping ? { columnMapping } : {}),
      }));
      const view = currentViewForm(state);
      viewSaved = JSON.stringify(view);
      save({ sources, view, edits: state.history });
      return;
    }
    // An edit is saved at once: a tab closed the moment after loses none. So is a saved view.
    if (state.history !== previous.history) save({ edits: state.history });
    if (state.savedViews !== previous.savedViews) save({ views: state.savedViews });
    // The view's form is small: comparing it on each change of the store costs next to nothing.
    const view = JSON.stringify(currentViewForm(state));
    if (view !== viewSaved) {
      viewSaved = view;
      clearTimeout(viewTimer);
      viewTimer = setTimeout(saveView, VIEW_SAVE_MS);
    }
  });
  // A view not yet saved when the page goes (a reload, the tab closed) is written at once.
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', () => {
      if (viewTimer === undefined) return;
      clearTimeout(viewTimer);
      saveView();
    });
  }
}
