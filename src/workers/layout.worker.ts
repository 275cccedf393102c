/// <reference lib="webworker" />
/** Thin layout worker: runs ForceAtlas2 off the page's thread and transfers the positions. */
import { runForceAtlas2 } from '../core/layout/forceAtlas2';
import type { LayoutRequest, LayoutResponse } from '../core/protocol/layout';
import { WORKER_READY } from '../core/protocol/worker';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: LayoutResponse, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'forceAtlas2': {
      const { id } = request;
      try {
        post({ type: 'progress', id, fraction: 0 });
        const positions = runForceAtlas2(request.input, {
          iterations: request.iterations,
          onProgress: (fraction) => post({ type: 'progress', id, fraction }),
        });
        post({ type: 'done', id, positions }, [positions.buffer]);
      } catch (error) {
        post({
          type: 'failed',
          id,
          message: error instanceof Error ? error.message : String(error),
        });
      }
      break;
    }
  }
};
scope.postMessage(WORKER_READY);
