/// <reference lib="webworker" />
/**
 * Thin import worker: reads the files and runs the core import off the page's thread, posting
 * the links in batches as they are read, then the rest of the dataset (core/protocol/import).
 * The page cancels by terminating it.
 */
import { importDataset } from '../core/model/importDataset';
import { answerImport, type ImportRequest, type ImportResponse } from '../core/protocol/import';
import { WORKER_READY } from '../core/protocol/worker';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportResponse) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'import':
      void answerImport(request, post, importDataset);
      break;
  }
};
scope.postMessage(WORKER_READY);
