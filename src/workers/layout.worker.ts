/// <reference lib="webworker" />
/** Thin layout worker: runs ForceAtlas2 off the page's thread and transfers the positions. */
import { runForceAtlas2 } from '../core/layout/forceAtlas2';
import type { LayoutRequest, LayoutResponse } from '../core/protocol/layout';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: LayoutResponse, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'forceAtlas2': {
      const { id } = request;
      try {
        // Heard at once: the page then knows the worker started and will not run it again itself.
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
