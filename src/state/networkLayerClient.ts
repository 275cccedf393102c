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
  setNetwork,
  setPositions,
  type LayerCounts,
  type NetworkScene,
} from '../core/drawing/networkScene';
import type { DiscPainter, OrganizationScene } from '../core/drawing/organizationDrawing';
import type { NetworkLayerRequest, NetworkLayerResponse } from '../core/protocol/networkLayer';

export type { LayerCounts };
// The looks the layer knows and the canvas sizing, for the page's side of the layer.
export { ALLIANCE_LOOK, LOOK_STYLES, ON_PATH_LINE } from '../core/drawing/allianceDrawing';
export { ORGANIZATION_LOOK, ORGANIZATION_OPACITY } from '../core/drawing/organizationDrawing';
export { fitCanvasTo };

export interface DrawnNetwork {
  viewport: AllianceViewport;
  counts: LayerCounts;
  /** The picture, the size of the viewport, to be copied onto the visible canvas. */
  picture: CanvasImageSource;
}

export type OrganizationLooks = Omit<OrganizationScene, 'positions'>;

export interface NetworkDrawer {
  setNetwork(ends: Uint32Array, widths: Float32Array): void;
  setPositions(positions: Float32Array): void;
  setAllianceLooks(looks: Uint8Array, colours: Uint8Array, palette: readonly string[]): void;
  setOrganizationLooks(looks: OrganizationLooks): void;
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

  // Copies go to the worker: this side keeps its arrays for the fallback.
  const send = (request: NetworkLayerRequest) => worker?.postMessage(request);

  return {
    setNetwork(ends, widths) {
      setNetwork(scene, ends, widths);
      send({ type: 'network', ends, widths });
    },
    setPositions(positions) {
      setPositions(scene, positions);
      send({ type: 'positions', positions });
    },
    setAllianceLooks(looks, colours, palette) {
      scene.alliances = { ...scene.alliances, looks, colours, palette };
      send({ type: 'allianceLooks', looks, colours, palette: [...palette] });
    },
    setOrganizationLooks(looks) {
      scene.organizations = { ...scene.organizations, ...looks };
      send({ type: 'organizationLooks', ...looks, palette: [...looks.palette] });
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
