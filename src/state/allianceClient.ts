/**
 * The page side of the alliance-drawing worker (workers/alliances.worker.ts). The worker draws a
 * large network's alliances on an OffscreenCanvas and hands back a bitmap, so that the seconds of
 * software raster never block the page. Without Worker or OffscreenCanvas support (or when the
 * worker cannot start) the same core draws on this thread into a canvas of its own. The page
 * keeps its own copy of the scene, which is what lets it switch over at any time.
 */
import {
  drawAlliances,
  type AllianceScene,
  type AllianceViewport,
  type LinePainter,
} from '../core/drawing/allianceDrawing';
import type { AllianceRequest, AllianceResponse } from '../core/protocol/alliances';

export interface DrawnAlliances {
  viewport: AllianceViewport;
  /** Alliances shown (not hidden by layer, filters or ego network). */
  shown: number;
  /** The picture, the size of the viewport, to be copied onto the visible canvas. */
  picture: CanvasImageSource;
}

export interface AllianceDrawer {
  setNetwork(ends: Uint32Array, widths: Float32Array): void;
  setPositions(positions: Float32Array): void;
  setLooks(looks: Uint8Array, colours: Uint8Array, palette: readonly string[]): void;
  /** Resolves with the picture, or with null when the drawing failed or the drawer was closed. */
  draw(viewport: AllianceViewport): Promise<DrawnAlliances | null>;
  close(): void;
}

export function createAllianceDrawer(): AllianceDrawer {
  const scene: AllianceScene = {
    ends: new Uint32Array(0),
    widths: new Float32Array(0),
    positions: new Float32Array(0),
    looks: new Uint8Array(0),
    colours: new Uint8Array(0),
    palette: [],
  };
  const waiting = new Map<number, (drawn: DrawnAlliances | null) => void>();
  let frame = 0;
  let closed = false;
  let worker = startWorker();
  let local: ((viewport: AllianceViewport) => DrawnAlliances) | null = worker
    ? null
    : localDrawing(scene);

  function startWorker(): Worker | null {
    if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return null;
    try {
      const started = new Worker(new URL('../workers/alliances.worker.ts', import.meta.url), {
        type: 'module',
      });
      started.onmessage = (event: MessageEvent<AllianceResponse>) => {
        const message = event.data;
        const resolve = waiting.get(message.frame);
        waiting.delete(message.frame);
        if (!resolve) return;
        if (message.type === 'drawn') {
          resolve({ viewport: message.viewport, shown: message.shown, picture: message.bitmap });
        } else {
          resolve(null);
        }
      };
      started.onerror = () => switchToThisThread();
      return started;
    } catch {
      return null;
    }
  }

  /** The worker could not start or died: draw here from now on, and answer what it owed. */
  function switchToThisThread() {
    worker?.terminate();
    worker = null;
    local = localDrawing(scene);
    for (const resolve of waiting.values()) resolve(null);
    waiting.clear();
  }

  const send = (request: AllianceRequest) => worker?.postMessage(request);

  return {
    setNetwork(ends, widths) {
      scene.ends = ends;
      scene.widths = widths;
      scene.looks = new Uint8Array(widths.length);
      scene.colours = new Uint8Array(widths.length);
      // Copies go to the worker: this side keeps its arrays for the fallback.
      send({ type: 'network', ends, widths });
    },
    setPositions(positions) {
      scene.positions = positions;
      send({ type: 'positions', positions });
    },
    setLooks(looks, colours, palette) {
      scene.looks = looks;
      scene.colours = colours;
      scene.palette = palette;
      send({ type: 'looks', looks, colours, palette: [...palette] });
    },
    draw(viewport) {
      if (closed) return Promise.resolve(null);
      if (local) {
        const drawing = local;
        return new Promise((resolve) => resolve(drawing(viewport))).then(
          (drawn) => drawn as DrawnAlliances,
          () => null,
        );
      }
      frame += 1;
      const asked = frame;
      return new Promise((resolve) => {
        waiting.set(asked, resolve);
        send({ type: 'draw', frame: asked, viewport });
      });
    },
    close() {
      closed = true;
      worker?.terminate();
      worker = null;
      for (const resolve of waiting.values()) resolve(null);
      waiting.clear();
    },
  };
}

/** Drawing on this thread, into a canvas kept for the purpose. */
function localDrawing(scene: AllianceScene): (viewport: AllianceViewport) => DrawnAlliances {
  let canvas: OffscreenCanvas | HTMLCanvasElement | null = null;
  return (viewport) => {
    const width = Math.max(1, Math.round(viewport.width));
    const height = Math.max(1, Math.round(viewport.height));
    if (!canvas) {
      canvas =
        typeof OffscreenCanvas !== 'undefined'
          ? new OffscreenCanvas(width, height)
          : document.createElement('canvas');
    }
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    const context = canvas.getContext('2d') as LinePainter | null;
    if (!context) throw new Error('no 2D context for the alliances');
    const shown = drawAlliances(context, scene, viewport);
    return { viewport, shown, picture: canvas };
  };
}
