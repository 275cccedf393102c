/// <reference lib="webworker" />
/**
 * Thin drawing worker: keeps the scene of a large network (alliances and organisations) and draws
 * it on an OffscreenCanvas for each viewport asked, off the page's thread; the picture is
 * transferred back.
 */
import {
  drawNetwork,
  emptyNetworkScene,
  fitCanvasTo,
  updateScene,
} from '../core/drawing/networkScene';
import type { NetworkLayerRequest, NetworkLayerResponse } from '../core/protocol/networkLayer';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: NetworkLayerResponse, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);

const scene = emptyNetworkScene();
let canvas: OffscreenCanvas | null = null;

scope.onmessage = (event: MessageEvent<NetworkLayerRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'draw': {
      const { frame, viewport } = request;
      try {
        canvas ??= new OffscreenCanvas(1, 1);
        fitCanvasTo(canvas, viewport);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2D context on the OffscreenCanvas');
        const counts = drawNetwork(context, scene, viewport);
        const bitmap = canvas.transferToImageBitmap();
        post({ type: 'drawn', frame, viewport, counts, bitmap }, [bitmap]);
      } catch (error) {
        post({
          type: 'failed',
          frame,
          message: error instanceof Error ? error.message : String(error),
        });
      }
      break;
    }
    default:
      updateScene(scene, request);
  }
};
