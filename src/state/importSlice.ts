import type { StateCreator } from 'zustand';
import type { ImportIssue, UnusableInputError } from '../core/model/issues';
import type { InputFile } from '../core/model/importDataset';
import { startImport, type RunningImport } from './importClient';
import type { AtlasState } from './store';

export type ImportStatus = 'idle' | 'reading' | 'importing' | 'cancelled';

export interface UnusableFile {
  file: string;
  reason: UnusableInputError['reason'];
  message: string;
}

export interface ImportSlice {
  importStatus: ImportStatus;
  importProgress: number;
  /** Messages of the last import that produced a dataset. */
  importIssues: ImportIssue[];
  /** Why the last import could not be used; the previous dataset stays on screen. */
  importFailure: UnusableFile | null;
  /** Imports files the user picked (or fetched ones); `name` is what the header shows. */
  importFiles(files: InputFile[], name: string): Promise<void>;
  cancelImport(): void;
}

let running: RunningImport | null = null;

export const createImportSlice: StateCreator<AtlasState, [], [], ImportSlice> = (set, get) => ({
  importStatus: 'idle',
  importProgress: 0,
  importIssues: [],
  importFailure: null,
  importFiles: async (files, name) => {
    running?.cancel();
    set({ importStatus: 'importing', importProgress: 0, importFailure: null });
    const current = startImport(files, { datasetName: name }, (fraction) =>
      set({ importProgress: fraction }),
    );
    running = current;
    const outcome = await current.result;
    if (running !== current) return; // a newer import took over
    running = null;
    switch (outcome.type) {
      case 'done':
        get().setDataset(outcome.dataset, name);
        set({ importStatus: 'idle', importProgress: 1, importIssues: outcome.dataset.issues });
        break;
      case 'unusable':
        set({
          importStatus: 'idle',
          importFailure: { file: outcome.file, reason: outcome.reason, message: outcome.message },
        });
        break;
      case 'failed':
        set({
          importStatus: 'idle',
          importFailure: { file: '', reason: 'unrecognised', message: outcome.message },
        });
        break;
      case 'cancelled':
        set({ importStatus: 'cancelled' });
        break;
    }
  },
  cancelImport: () => {
    running?.cancel();
  },
});
