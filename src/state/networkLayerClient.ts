/**
 * The page side of the network-layer worker (workers/networkLayer.worker.ts). The worker draws a
 * large network's alliances and organisations on an OffscreenCanvas and hands back a bitmap, so
 * that software raster never blocks the page. Without Worker or OffscreenCanvas support (or when
 * the worker cannot start) the same core draws on this thread into a canvas of its own. The page
 * keeps its own copy of the scene, which is what lets it switch over at any time.
 */
import type { AllianceViewport } from '../core/drawing/allianceDrawing';
import {
  drawNetwork,
  emptyNetworkScene,
  fitCanvasTo,
  updateScene,
  type LayerCounts,
  type NetworkScene,
} from '../core/drawing/networkScene';
import type { DiscPainter } from '../core/drawing/organizationDrawing';
import type { AllianceLooks, OrganizationLooks } from '../core/looks/looks';
import type { Theme } from '../core/looks/themes';
import type { NetworkLayerRequest, NetworkLayerResponse } from '../core/protocol/networkLayer';

export type { LayerCounts };
export { fitCanvasTo };

export interface DrawnNetwork {
  viewport: AllianceViewport;
  counts: LayerCounts;
  /** The picture, the size of the viewport, to be copied onto the visible canvas. */
  picture: CanvasImageSource;
}

export interface NetworkDrawer {
  setNetwork(ends: Uint32Array, widths: Float32Array): void;
  setPositions(positions: Float32Array): void;
  setAllianceLooks(looks: AllianceLooks, theme: Theme): void;
  setOrganizationLooks(looks: OrganizationLooks, theme: Theme): void;
  /** Resolves with the picture, or with null when the drawing failed or the drawer was closed. */
  draw(viewport: AllianceViewport): Promise<DrawnNetwork | null>;
  close(): void;
}

export function createNetworkDrawer(): NetworkDrawer {
  const scene = emptyNetworkScene();
  const waiting = new Map<number, (drawn: DrawnNetwork | null) => void>();
  let frame = 0;
  let closed = false;
  let worker = startWorker();
  let local: ((viewport: AllianceViewport) => DrawnNetwork) | null = worker
    ? null
    : localDrawing(scene);

  function startWorker(): Worker | null {
    if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return null;
    try {
      const started = new Worker(new URL('../workers/networkLayer.worker.ts', import.meta.url), {
        type: 'module',
      });
      started.onmessage = (event: MessageEvent<NetworkLayerResponse>) => {
        const message = event.data;
        const resolve = waiting.get(message.frame);
        waiting.delete(message.frame);
        if (!resolve) return;
        if (message.type === 'drawn') {
          resolve({ viewport: message.viewport, counts: message.counts, picture: message.bitmap });
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

  // This side keeps the scene too, for the fallback; copies go to the worker.
  const update = (request: Exclude<NetworkLayerRequest, { type: 'draw' }>) => {
    updateScene(scene, request);
    worker?.postMessage(request);
  };

  return {
    setNetwork(ends, widths) {
      update({ type: 'network', ends, widths });
    },
    setPositions(positions) {
      update({ type: 'positions', positions });
    },
    setAllianceLooks({ looks, colours, palette }, theme) {
      update({ type: 'allianceLooks', looks, colours, palette: [...palette], theme });
    },
    setOrganizationLooks({ diameters, looks, colours, placeholders, palette }, theme) {
      update({
        type: 'organizationLooks',
        diameters,
        looks,
        colours,
        placeholders,
        palette: [...palette],
        theme,
      });
    },
    draw(viewport) {
      if (closed) return Promise.resolve(null);
      if (local) {
        const drawing = local;
        return new Promise<DrawnNetwork>((resolve) => resolve(drawing(viewport))).catch(() => null);
      }
      frame += 1;
      const asked = frame;
      return new Promise((resolve) => {
        waiting.set(asked, resolve);
        worker?.postMessage({ type: 'draw', frame: asked, viewport } satisfies NetworkLayerRequest);
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
function localDrawing(scene: NetworkScene): (viewport: AllianceViewport) => DrawnNetwork {
  let canvas: OffscreenCanvas | HTMLCanvasElement | null = null;
  return (viewport) => {
    canvas ??=
      typeof OffscreenCanvas !== 'undefined'
        ? new OffscreenCanvas(1, 1)
        : document.createElement('canvas');
    fitCanvasTo(canvas, viewport);
    const context = canvas.getContext('2d') as DiscPainter | null;
    if (!context) throw new Error('no 2D context for the network layer');
    return { viewport, counts: drawNetwork(context, scene, viewport), picture: canvas };
  };
}
