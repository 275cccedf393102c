/// <reference lib="webworker" />
/**
 * Thin drawing worker: keeps the scene of a large network's alliances and draws it on an
 * OffscreenCanvas for each viewport asked, off the page's thread; the picture is transferred back.
 */
import { drawAlliances, type AllianceScene } from '../core/drawing/allianceDrawing';
import type { AllianceRequest, AllianceResponse } from '../core/protocol/alliances';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: AllianceResponse, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);

const scene: AllianceScene = {
  ends: new Uint32Array(0),
  widths: new Float32Array(0),
  positions: new Float32Array(0),
  looks: new Uint8Array(0),
  colours: new Uint8Array(0),
  palette: [],
};
let canvas: OffscreenCanvas | null = null;

scope.onmessage = (event: MessageEvent<AllianceRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'network':
      scene.ends = request.ends;
      scene.widths = request.widths;
      scene.looks = new Uint8Array(request.widths.length);
      scene.colours = new Uint8Array(request.widths.length);
      break;
    case 'positions':
      scene.positions = request.positions;
      break;
    case 'looks':
      scene.looks = request.looks;
      scene.colours = request.colours;
      scene.palette = request.palette;
      break;
    case 'draw': {
      const { frame, viewport } = request;
      try {
        const width = Math.max(1, Math.round(viewport.width));
        const height = Math.max(1, Math.round(viewport.height));
        if (!canvas) canvas = new OffscreenCanvas(width, height);
        if (canvas.width !== width) canvas.width = width;
        if (canvas.height !== height) canvas.height = height;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2D context on the OffscreenCanvas');
        const shown = drawAlliances(context, scene, viewport);
        const bitmap = canvas.transferToImageBitmap();
        post({ type: 'drawn', frame, viewport, shown, bitmap }, [bitmap]);
      } catch (error) {
        post({
          type: 'failed',
          frame,
          message: error instanceof Error ? error.message : String(error),
        });
      }
      break;
    }
  }
};
