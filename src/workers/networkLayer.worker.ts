/// <reference lib="webworker" />
/**
 * Thin drawing worker: keeps the scene of a large network (alliances and organisations) and draws
 * it on an OffscreenCanvas, kept between drawings, for each viewport asked, off the page's
 * thread; the picture is transferred back.
 */
import { drawNetworkOn, emptyNetworkScene, updateScene } from '../core/drawing/networkScene';
import type { NetworkLayerRequest, NetworkLayerResponse } from '../core/protocol/networkLayer';
import { WORKER_READY } from '../core/protocol/worker';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: NetworkLayerResponse, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);

const scene = emptyNetworkScene();
let canvas: OffscreenCanvas | null = null;

scope.onmessage = (event: MessageEvent<NetworkLayerRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'draw': {
      const { id, viewport } = request;
      try {
        canvas ??= new OffscreenCanvas(1, 1);
        const counts = drawNetworkOn(canvas, scene, viewport);
        const picture = canvas.transferToImageBitmap();
        post({ type: 'drawn', id, viewport, counts, picture }, [picture]);
      } catch (error) {
        post({
          type: 'failed',
          id,
          message: error instanceof Error ? error.message : String(error),
        });
      }
      break;
    }
    default:
      updateScene(scene, request);
  }
};
scope.postMessage(WORKER_READY);
