/// <reference lib="webworker" />
/**
 * Thin picture worker: draws a picture of the view off the page's thread
 * (core/protocol/picture) on an OffscreenCanvas, its text measured by a canvas of its own. The
 * page cancels by terminating it.
 */
import { fontOf, type PictureCanvasContext } from '../core/picture/canvasPainter';
import type { PictureSurface } from '../core/picture/renderPicture';
import { answerPicture, type PictureRequest, type PictureResponse } from '../core/protocol/picture';
import { WORKER_READY } from '../core/protocol/worker';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: PictureResponse, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);

const measurer = new OffscreenCanvas(1, 1).getContext('2d');
const surface: PictureSurface = {
  canvas(width, height) {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D context for the picture');
    return {
      context: context as unknown as PictureCanvasContext,
      png: async () =>
        new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer()),
    };
  },
  path: (d) => new Path2D(d),
  measure(text, size, weight) {
    if (!measurer) throw new Error('no 2D context to measure text');
    measurer.font = fontOf(size, weight);
    return measurer.measureText(text).width;
  },
};

scope.onmessage = (event: MessageEvent<PictureRequest>) => {
  if (event.data.type === 'picture') void answerPicture(event.data, surface, post);
};
scope.postMessage(WORKER_READY);
