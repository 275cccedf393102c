import { illustrativeFiles } from '../clients/illustrative';
import type { StateCreator } from 'zustand';
import type {
  ImportIssue,
  UnusableCode,
  UnusableInputError,
  UnusableParams,
} from '../../core/issues/issues';
import type { ImportSettings, ImportSource } from '../../core/protocol/import';
import type { FileInspection } from '../../core/csv/readFile';
import { inspectFile } from '../clients/columnMapping';
import { startAppend, startImport, type RunningImport } from '../clients/importClient';
import { rememberedValueMapping, rememberValueMapping } from '../clients/valueMemory';
import type { ValueMapping } from '../../core/model/valueReadings';
import type { Dataset } from '../../core/model/types';
import { dropUndone, EMPTY_HISTORY } from '../../core/edit/history';
import type { AtlasState } from '../store';

export type ImportStatus = 'idle' | 'reading' | 'importing' | 'cancelled';

export interface UnusableFile {
  /** Empty when the failure concerns no one file. */
  file: string;
  /** `failed`: an unexpected error; `unavailable`: part of the app could not be loaded. */
  reason: UnusableInputError['reason'] | 'failed' | 'unavailable';
  /** What the sentence in the reader's language says (null for `failed` and `unavailable`). */
  code: UnusableCode | null;
  params: UnusableParams;
  /** The core's English sentence, or the error's own text for `failed`. */
  message: string;
}

/** A file whose columns could not be matched, waiting for the reader to map them. */
export interface PendingMapping {
  files: ImportSource[];
  name: string;
  /** The files were to be added to the network shown (Add files), not to replace it. */
  append: boolean;
  file: string;
  /** Its header and how it was read, from its first rows. */
  inspection: FileInspection;
}

/** A links file chosen alone, waiting for the reader to agree that it replaces the network. */
export interface PendingLinksOnly {
  files: ImportSource[];
  name: string;
  file: string;
}

export interface ImportSlice {
  importStatus: ImportStatus;
  importProgress: number;
  /** Messages of the import that produced the dataset shown; emptied when a new import begins. */
  importIssues: ImportIssue[];
  /**
   * The last import's messages were emptied when this one began: their line says so until the
   * new ones come, so that the network's area keeps its size (a resize redraws a large network).
   */
  messagesReplaced: boolean;
  /** Why the last import could not be used; the previous dataset stays on screen. */
  importFailure: UnusableFile | null;
  /** Set when a file's headers matched nothing: the app offers the column-mapping step. */
  pendingMapping: PendingMapping | null;
  /**
   * Set when a links file is chosen alone: its organisations would be only the ends it names, in
   * place of the network shown, so the reader is asked first.
   */
  pendingLinksOnly: PendingLinksOnly | null;
  /** The app opens on the illustrative network. */
  openIllustrative(): Promise<void>;
  /** Imports files the user picked (or fetched ones); `name` is what the header shows. */
  importFiles(
    files: ImportSource[],
    name: string,
    columnMapping?: ImportSettings['columnMapping'],
  ): Promise<void>;
  /**
   * Add files: imports the files as usual and adds them to the network shown (organisations
   * merged by id, links appended); the network keeps its name, and stays as it was if the files
   * cannot be used or the run is cancelled.
   */
  appendFiles(
    files: ImportSource[],
    name: string,
    columnMapping?: ImportSettings['columnMapping'],
  ): Promise<void>;
  dismissMapping(): void;
  /**
   * The files of the import shown, to read them again with the reader's value readings (null for
   * a dataset that came another way).
   */
  lastImport: ImportStep | null;
  /**
   * The imports the network shown was built from, in order: the first one, then each set of
   * files added to it (what a workspace keeps to build it again).
   */
  importSteps: ImportStep[];
  /**
   * The value-mapping step's choices (raw sector or alliance type → code, or kept as written):
   * remembered on this machine for later imports, and the files shown read again with them.
   */
  applyValueMapping(choices: ValueMapping): Promise<void>;
  /** Imports the links file waiting for the reader's word, or drops it. */
  confirmLinksOnly(): Promise<void>;
  dismissLinksOnly(): void;
  cancelImport(): void;
}

/** One import's files, the name shown, and the columns named by hand. */
export interface ImportStep {
  files: ImportSource[];
  name: string;
  columnMapping?: ImportSettings['columnMapping'];
}

let running: RunningImport | null = null;

/** Failures that naming the columns by hand can mend (README, the data format: a mapping step, not a failure). */
const MAPPABLE = new Set<UnusableInputError['reason']>(['missing_columns', 'unrecognised']);

/** Bumped by every import asked for: an answer that comes after a newer request is dropped. */
let generation = 0;

export const createImportSlice: StateCreator<AtlasState, [], [], ImportSlice> = (set, get) => {
  const runImport = async (
    files: ImportSource[],
    name: string,
    columnMapping?: ImportSettings['columnMapping'],
    /** Add files: the network shown, to which the files are added. */
    network?: Dataset,
  ): Promise<void> => {
    const asked = generation;
    set({
      importStatus: 'importing',
      importProgress: 0,
      importFailure: null,
      pendingMapping: null,
    });
    // The readings chosen in earlier value-mapping steps apply to every import on this machine.
    const valueMapping = rememberedValueMapping();
    const settings = { datasetName: name, columnMapping, valueMapping };
    const onProgress = (fraction: number) => set({ importProgress: fraction });
    const current = network
      ? startAppend(network, files, settings, onProgress)
      : startImport(files, settings, onProgress);
    running = current;
    const outcome = await current.result;
    if (running !== current) return; // a newer import took over
    running = null;
    set({ messagesReplaced: false });
    switch (outcome.type) {
      case 'done':
        // Added files leave the network its name.
        get().setDataset(outcome.dataset, network ? (get().datasetName ?? name) : name);
        // A project file opens in the view it was saved with, with the views saved for its story.
        if (outcome.view) get().applyView(outcome.view);
        if (outcome.savedViews.length > 0) get().setSavedViews(outcome.savedViews);
        set({
          importStatus: 'idle',
          importProgress: 1,
          importIssues: outcome.issues,
          // The value readings read the files again: those of an append are not kept for it.
          lastImport: network ? null : { files, name, columnMapping },
          importSteps: [...(network ? get().importSteps : []), { files, name, columnMapping }],
          // Edits are of the network they were made on: a new one starts a new history; files
          // added are new work, after which what was undone can no longer be redone.
          history: network ? dropUndone(get().history) : EMPTY_HISTORY,
        });
        void get().analyze();
        break;
      case 'unusable': {
        const source = MAPPABLE.has(outcome.reason)
          ? files.find((f) => f.name === outcome.file)
          : undefined;
        const inspection = source ? await inspectFile(source) : null;
        if (asked !== generation) return; // a newer import started meanwhile
        set({
          importStatus: 'idle',
          importFailure: {
            file: outcome.file,
            reason: outcome.reason,
            code: outcome.code,
            params: outcome.params,
            message: outcome.message,
          },
          pendingMapping: inspection
            ? { files, name, append: network !== undefined, file: outcome.file, inspection }
            : null,
        });
        break;
      }
      case 'failed':
        set({
          importStatus: 'idle',
          importFailure: {
            file: '',
            reason: outcome.unavailable ? 'unavailable' : 'failed',
            code: null,
            params: {},
            message: outcome.message,
          },
        });
        break;
      case 'cancelled':
        set({ importStatus: 'cancelled' });
        break;
    }
  };

  /** A new import or append: the one under way is called off, the last one's outcome cleared. */
  const beginImport = (): number => {
    running?.cancel();
    running = null;
    const asked = ++generation;
    set((state) => ({
      importStatus: 'idle',
      messagesReplaced: state.messagesReplaced || state.importIssues.length > 0,
      // The new files' outcome is what the reader looks for: the last one's messages would be
      // read as theirs (above the column-mapping step, say).
      importIssues: [],
      importFailure: null,
      pendingMapping: null,
      pendingLinksOnly: null,
    }));
    return asked;
  };

  return {
    importStatus: 'idle',
    importProgress: 0,
    importIssues: [],
    messagesReplaced: false,
    importFailure: null,
    pendingMapping: null,
    pendingLinksOnly: null,
    lastImport: null,
    importSteps: [],
    applyValueMapping: async (choices) => {
      rememberValueMapping(choices);
      const last = get().lastImport;
      if (!last) return;
      ++generation;
      // The files read again are the same network: the edits made on it are made again.
      const { history } = get();
      await runImport(last.files, last.name, last.columnMapping);
      // Read again (the import started a new history): the old one goes on.
      if (get().history !== history) {
        get().replayEdits(history.entries.slice(0, history.done), get().importSteps.length);
        get().setHistory(history);
      }
    },
    openIllustrative: async () =>
      get().importFiles(await illustrativeFiles(), 'dataset.illustrative'),
    importFiles: async (files, name, columnMapping) => {
      const asked = beginImport();
      const only = files.length === 1 && !columnMapping ? files[0] : undefined;
      if (only) {
        // Its header says what it is (the first megabyte, not an import).
        const inspection = await inspectFile(only);
        if (asked !== generation) return; // a newer import started meanwhile
        if (inspection?.kind === 'links') {
          set({ pendingLinksOnly: { files, name, file: only.name } });
          return;
        }
      }
      await runImport(files, name, columnMapping);
    },
    appendFiles: async (files, name, columnMapping) => {
      const network = get().dataset;
      if (!network) return;
      beginImport();
      // A links file alone replaces nothing here: its ends the network knows are its organisations.
      await runImport(files, name, columnMapping, network);
    },
    confirmLinksOnly: async () => {
      const pending = get().pendingLinksOnly;
      if (!pending) return;
      set({ pendingLinksOnly: null });
      await runImport(pending.files, pending.name);
    },
    dismissLinksOnly: () => set({ pendingLinksOnly: null }),
    dismissMapping: () => set({ pendingMapping: null }),
    cancelImport: () => {
      running?.cancel();
    },
  };
};
