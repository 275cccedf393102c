/// <reference lib="webworker" />
/**
 * Thin import worker: reads the files and runs the core import off the page's thread, posting
 * the links in batches as they are read, then the rest of the dataset (core/protocol/import);
 * or, for Add files, takes the network shown in parts, imports the files and adds them to it
 * (core/protocol/append). The page cancels by terminating it.
 */
import { appendDataset } from '../core/model/appendDataset';
import { importDataset, importWithOrigin } from '../core/model/importDataset';
import { answerAppend, NetworkParts } from '../core/protocol/append';
import { answerImport, type ImportRequest, type ImportResponse } from '../core/protocol/import';
import { WORKER_READY } from '../core/protocol/worker';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportResponse) => scope.postMessage(message);
const network = new NetworkParts();

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'import':
      void answerImport(request, post, importDataset);
      break;
    case 'network-organizations':
    case 'network-links':
      network.add(request, post);
      break;
    case 'append':
      void answerAppend(request, network.take(request), post, { importWithOrigin, appendDataset });
      break;
  }
};
scope.postMessage(WORKER_READY);
