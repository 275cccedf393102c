/** Messages between the page and the import worker: tagged unions on `type`. */
import type { ImportOptions, InputFile } from '../model/importDataset';
import type { Dataset, Link } from '../model/types';
import type { UnusableInputError } from '../model/issues';

/**
 * A file to import: bytes already read (the bundled dataset, tests), or a file the user picked,
 * which the worker reads itself so that the page never holds a large file's bytes.
 */
export type ImportSource = InputFile | { name: string; blob: Blob };

export async function readSource(source: ImportSource): Promise<InputFile> {
  if ('bytes' in source) return source;
  return { name: source.name, bytes: new Uint8Array(await source.blob.arrayBuffer()) };
}

export type ImportSettings = Omit<ImportOptions, 'onProgress' | 'onLinks'>;

export type ImportRequest = {
  type: 'import';
  id: number;
  files: ImportSource[];
  options: ImportSettings;
};

export type ImportResponse =
  | { type: 'progress'; id: number; fraction: number }
  /** Links as they are read, in file order; `done` then carries a dataset without them. */
  | { type: 'links'; id: number; links: Link[] }
  | { type: 'done'; id: number; dataset: Dataset }
  | {
      type: 'unusable';
      id: number;
      file: string;
      reason: UnusableInputError['reason'];
      message: string;
    }
  | { type: 'failed'; id: number; message: string };
