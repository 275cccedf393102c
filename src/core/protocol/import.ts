/** Messages between the page and the import worker: tagged unions on `type`. */
import type { InputFile } from '../csv/readFile';
import type { ImportOptions } from '../model/importDataset';
import type { Dataset, Link } from '../model/types';
import type { ViewForm } from '../view/viewForm';
import type { SavedView } from '../view/savedViews';
import { UnusableInputError, type UnusableCode, type UnusableParams } from '../issues/issues';
import type { AppendRequest, AppendResponse } from './append';

/**
 * A file to import: bytes already read (the bundled dataset, tests), or a file the user picked,
 * which the worker reads itself so that the page never holds a large file's bytes.
 */
export type ImportSource = InputFile | { name: string; blob: Blob };

export async function readSource(source: ImportSource): Promise<InputFile> {
  if ('bytes' in source) return source;
  return { name: source.name, bytes: new Uint8Array(await source.blob.arrayBuffer()) };
}

export type ImportSettings = Omit<ImportOptions, 'onProgress' | 'onLinks' | 'onView'>;

export type ImportRequest =
  | {
      type: 'import';
      id: number;
      files: ImportSource[];
      options: ImportSettings;
    }
  /** Add files: the network shown in parts, then the files to add to it (protocol/append). */
  | AppendRequest;

export type ImportResponse =
  | { type: 'progress'; id: number; fraction: number }
  /** Links as they are read, in file order; `done` then carries a dataset without them. */
  | { type: 'links'; id: number; links: Link[] }
  /** The view a project file was saved with, before its `done`. */
  | { type: 'view'; id: number; view: ViewForm; savedViews: SavedView[] }
  | { type: 'done'; id: number; dataset: Dataset }
  | {
      type: 'unusable';
      id: number;
      file: string;
      reason: UnusableInputError['reason'];
      code: UnusableCode;
      params: UnusableParams;
      message: string;
    }
  | { type: 'failed'; id: number; message: string }
  | AppendResponse;

/** Why a run could not give a dataset: a file that cannot be used, or an unexpected error. */
export function answerFailure(
  id: number,
  error: unknown,
): Extract<ImportResponse, { type: 'unusable' | 'failed' }> {
  if (error instanceof UnusableInputError) {
    return {
      type: 'unusable',
      id,
      file: error.file,
      reason: error.reason,
      code: error.code,
      params: error.params,
      message: error.message,
    };
  }
  return { type: 'failed', id, message: error instanceof Error ? error.message : String(error) };
}

/**
 * Answers an import request with its messages: progress (a hundred at most), the links in
 * batches as they are read (each message stays small for the page to take in), then the rest
 * of the dataset, or why it could not be used. The worker runs it, and so does the page where no
 * worker can, with the core import it loaded on demand.
 */
export async function answerImport(
  request: Extract<ImportRequest, { type: 'import' }>,
  post: (message: ImportResponse) => void,
  importDataset: (files: InputFile[], options: ImportOptions) => Dataset,
): Promise<void> {
  const { id, files, options } = request;
  let lastPosted = 0;
  try {
    const inputs = await Promise.all(files.map(readSource));
    const dataset = importDataset(inputs, {
      ...options,
      onProgress: (fraction) => {
        // A message per parsed chunk would flood the page; a hundred is plenty.
        if (fraction - lastPosted >= 0.01 || fraction === 1) {
          lastPosted = fraction;
          post({ type: 'progress', id, fraction });
        }
      },
      onLinks: (links) => post({ type: 'links', id, links }),
      onView: (view, savedViews) => post({ type: 'view', id, view, savedViews }),
    });
    post({ type: 'done', id, dataset });
  } catch (error) {
    post(answerFailure(id, error));
  }
}
