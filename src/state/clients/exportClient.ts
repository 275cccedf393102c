/**
 * An export as a worker job (state/clients/workerClient): the dataset is posted to the export
 * worker, which writes the files; where no worker can run, the same core runs here, loaded on
 * demand.
 */
import type { ExportFormat, ExportOptions } from '../../core/export/exportDataset';
import type { ExportFile } from '../../core/export/files';
import type { Dataset } from '../../core/model/types';
import type { ExportLimit, ExportRequest, ExportResponse } from '../../core/protocol/export';
import { startTask, WORKERS, type WorkerJob } from './workerClient';

export type ExportOutcome =
  | { type: 'done'; files: ExportFile[] }
  /** `limit`: what the format cannot hold (a text too long for an Excel cell …), else null. */
  | { type: 'failed'; message: string; limit: ExportLimit | null }
  | { type: 'unavailable' }
  | { type: 'cancelled' };

const exportJob: WorkerJob<ExportRequest, ExportResponse> = {
  worker: WORKERS.export,
  local: async (post) => {
    const { answerExport } = await import('../../core/protocol/export');
    return (request) => answerExport(request, post);
  },
};

export function startExport(
  dataset: Dataset,
  format: ExportFormat,
  options: ExportOptions,
): { result: Promise<ExportOutcome>; cancel(): void } {
  const running = startTask<ExportRequest, ExportResponse, ExportOutcome>(exportJob, {
    start: (task) => task.post({ type: 'export', id: task.id, dataset, format, options }),
    receive: (message) =>
      message.type === 'exported'
        ? { type: 'done', files: message.files }
        : { type: 'failed', message: message.message, limit: message.limit },
  });
  return {
    result: running.result.then((outcome) =>
      outcome.type === 'unavailable'
        ? { type: 'unavailable' }
        : outcome.type === 'failed' && !('limit' in outcome)
          ? { type: 'failed', message: outcome.message, limit: null }
          : outcome,
    ),
    cancel: running.cancel,
  };
}
