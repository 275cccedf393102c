/// <reference lib="webworker" />
/** Thin import worker: runs the core import off the page's thread and posts the result. */
import { importDataset } from '../core/model/importDataset';
import { UnusableInputError } from '../core/model/issues';
import type { ImportRequest, ImportResponse } from '../core/protocol/import';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportResponse) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'import': {
      const { id } = request;
      let lastPosted = 0;
      try {
        const dataset = importDataset(request.files, {
          ...request.options,
          onProgress: (fraction) => {
            // A message per parsed chunk would flood the page; a hundred is plenty.
            if (fraction - lastPosted >= 0.01 || fraction === 1) {
              lastPosted = fraction;
              post({ type: 'progress', id, fraction });
            }
          },
        });
        post({ type: 'done', id, dataset });
      } catch (error) {
        if (error instanceof UnusableInputError) {
          post({
            type: 'unusable',
            id,
            file: error.file,
            reason: error.reason,
            message: error.message,
          });
        } else {
          post({
            type: 'failed',
            id,
            message: error instanceof Error ? error.message : String(error),
          });
        }
      }
      break;
    }
    case 'cancel':
      // The import is one synchronous call: the page cancels by terminating this worker.
      break;
  }
};
