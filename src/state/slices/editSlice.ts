/**
 * Editing the network in the app: the form open (an organisation or an alliance, new or
 * existing), and the undo history of the edits made. Each edit is one command on the history,
 * applied to the network in place (datasetSlice.editDataset) and analysed again in the
 * background; the workspace saves the history as soon as it changes (keepTheWork).
 */
import type { StateCreator } from 'zustand';
import {
  applyEdit,
  invertEdit,
  linkEdit,
  linkRemoval,
  organizationEdit,
  organizationRemoval,
  type Edit,
} from '../../core/edit/edits';
import type { Link, Organization } from '../../core/model/types';
import {
  EMPTY_HISTORY,
  pushEdit,
  type EditHistory,
  type HistoryEntry,
} from '../../core/edit/history';
import type { AtlasState } from '../store';

/** What the edit form is open on; a null id or key is a new record. */
export type EditTarget =
  | { kind: 'organization'; id: string | null }
  | { kind: 'link'; key: string | null; source?: string; target?: string };

export interface EditSlice {
  history: EditHistory;
  editing: EditTarget | null;
  openEditor(target: EditTarget): void;
  closeEditor(): void;
  /** One edit, made on the network shown and put on the history. */
  commitEdit(edit: Edit): void;
  /** An organisation added (an id the network lacks) or changed (one it has), as one edit. */
  saveOrganization(organization: Organization): void;
  saveLink(link: Link): void;
  removeOrganization(id: string): void;
  removeLink(key: string): void;
  undo(): void;
  redo(): void;
  /**
   * A workspace opened again: its edits made after `imports` imports applied to the network
   * shown, in order, without being put on the history again (setHistory puts it back whole).
   */
  replayEdits(entries: readonly HistoryEntry[], imports: number): void;
  setHistory(history: EditHistory): void;
}

export const createEditSlice: StateCreator<AtlasState, [], [], EditSlice> = (set, get) => {
  /** The network shown with `edit` applied, in place, and analysed again. */
  const show = (edit: Edit) => {
    const { dataset } = get();
    if (!dataset) return false;
    get().editDataset(applyEdit(dataset, edit));
    void get().analyze();
    return true;
  };

  return {
    history: EMPTY_HISTORY,
    editing: null,
    openEditor: (editing) => set({ editing }),
    closeEditor: () => set({ editing: null }),
    commitEdit: (edit) => {
      if (!show(edit)) return;
      set((state) => ({ history: pushEdit(state.history, edit, state.importSteps.length) }));
    },
    saveOrganization: (organization) => {
      const { dataset } = get();
      if (dataset) get().commitEdit(organizationEdit(dataset, organization));
    },
    saveLink: (link) => {
      const { dataset } = get();
      if (dataset) get().commitEdit(linkEdit(dataset, link));
    },
    removeOrganization: (id) => {
      const { dataset } = get();
      const edit = dataset && organizationRemoval(dataset, id);
      if (edit) get().commitEdit(edit);
    },
    removeLink: (key) => {
      const { dataset } = get();
      const edit = dataset && linkRemoval(dataset, key);
      if (edit) get().commitEdit(edit);
    },
    undo: () => {
      const { history } = get();
      const entry = history.entries[history.done - 1];
      if (!entry || !show(invertEdit(entry.edit))) return;
      set({ history: { ...history, done: history.done - 1 } });
    },
    redo: () => {
      const { history } = get();
      const entry = history.entries[history.done];
      if (!entry || !show(entry.edit)) return;
      set({ history: { ...history, done: history.done + 1 } });
    },
    replayEdits: (entries, imports) => {
      const { dataset } = get();
      if (!dataset) return;
      let edited = dataset;
      for (const entry of entries)
        if (entry.imports === imports) edited = applyEdit(edited, entry.edit);
      if (edited === dataset) return;
      get().editDataset(edited);
      void get().analyze();
    },
    setHistory: (history) => set({ history }),
  };
};
