/**
 * Messages between the page and the export worker: one export per request, the files handed
 * back with their bytes transferred. The page cancels by terminating the worker.
 */
import { exportDataset, type ExportFormat, type ExportOptions } from '../export/exportDataset';
import {
  ExportError,
  type ExportErrorCode,
  type ExportErrorParams,
  type ExportFile,
} from '../export/files';
import type { Dataset } from '../model/types';

export type ExportRequest = {
  type: 'export';
  id: number;
  dataset: Dataset;
  format: ExportFormat;
  options: ExportOptions;
};

export type ExportResponse =
  | { type: 'exported'; id: number; files: ExportFile[] }
  /**
   * `message` is one English sentence: what the format cannot hold, or what went wrong; `limit`
   * says which limit of the format (an ExportError's code and params, translated by the page),
   * null for an unexpected error.
   */
  | { type: 'failed'; id: number; message: string; limit: ExportLimit | null };

/** What a format cannot hold: an ExportError's code and the values its sentence names. */
export interface ExportLimit {
  code: ExportErrorCode;
  params: ExportErrorParams;
}

/** Answers one request, in the worker or on the page's thread alike. */
export async function answerExport(
  request: ExportRequest,
  post: (response: ExportResponse, transfer?: Transferable[]) => void,
): Promise<void> {
  const { id, dataset, format, options } = request;
  try {
    const files = await exportDataset(dataset, format, options);
    post(
      { type: 'exported', id, files },
      files.map((f) => f.bytes.buffer),
    );
  } catch (error) {
    const limit = error instanceof ExportError ? { code: error.code, params: error.params } : null;
    post({
      type: 'failed',
      id,
      message: error instanceof Error ? error.message : String(error),
      limit,
    });
  }
}
