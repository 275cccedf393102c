/// <reference lib="webworker" />
/**
 * Thin export worker: writes the files of one export off the page's thread
 * (core/protocol/export). The page cancels by terminating it.
 */
import { answerExport, type ExportRequest, type ExportResponse } from '../core/protocol/export';
import { WORKER_READY } from '../core/protocol/worker';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ExportResponse, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);

scope.onmessage = (event: MessageEvent<ExportRequest>) => {
  if (event.data.type === 'export') void answerExport(event.data, post);
};
scope.postMessage(WORKER_READY);
