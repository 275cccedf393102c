/// <reference lib="webworker" />
/**
 * Thin import worker: reads the files, runs the core import off the page's thread and posts the
 * links in batches as they are read (each message stays small for the page to take in), then
 * the rest of the dataset. The page cancels by terminating it.
 */
import { importDataset } from '../core/model/importDataset';
import { UnusableInputError } from '../core/model/issues';
import { readSource, type ImportRequest, type ImportResponse } from '../core/protocol/import';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportResponse) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { id, files, options } = event.data;
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
      post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
    }
  }
};
