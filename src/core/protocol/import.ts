/** Messages between the page and the import worker: tagged unions on `type`. */
import type { ImportOptions, InputFile } from '../model/importDataset';
import type { Dataset } from '../model/types';
import type { UnusableInputError } from '../model/issues';

export type ImportRequest =
  | { type: 'import'; id: number; files: InputFile[]; options: Omit<ImportOptions, 'onProgress'> }
  | { type: 'cancel'; id: number };

export type ImportResponse =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'done'; id: number; dataset: Dataset }
  | {
      type: 'unusable';
      id: number;
      file: string;
      reason: UnusableInputError['reason'];
      message: string;
    }
  | { type: 'failed'; id: number; message: string };
