/**
 * The network layer as a worker job (state/clients/workerClient): a worker, kept for the life of the
 * layer with its OffscreenCanvas, draws a large network's alliances and organisations and hands
 * back a bitmap, so that software raster never blocks the page. Without Worker or OffscreenCanvas
 * support (or when the worker cannot start, or dies) the same core draws on this thread into a
 * canvas of its own, from the newest network, positions and looks the worker was sent.
 */
import type { AllianceViewport } from '../../core/drawing/allianceDrawing';
import {
  drawNetworkOn,
  emptyNetworkScene,
  updateScene,
  type LayerCounts,
} from '../../core/drawing/networkScene';
import type { AllianceLooks, OrganizationLooks } from '../../core/looks/looks';
import type { Theme } from '../../core/looks/themes';
import type { NetworkLayerRequest, NetworkLayerResponse } from '../../core/protocol/networkLayer';
import { openWorker, WORKERS, type WorkerJob } from './workerClient';

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
  /**
   * Resolves with the picture, or with null when the drawing failed, a newer one was asked, the
   * worker died (the page draws from then on) or the drawer was closed.
   */
  draw(viewport: AllianceViewport): Promise<DrawnNetwork | null>;
  close(): void;
}

const networkLayerJob: WorkerJob<NetworkLayerRequest, NetworkLayerResponse> = {
  worker: WORKERS.networkLayer,
  supported: () => typeof OffscreenCanvas !== 'undefined',
  // Nothing to load: the page's bundle carries the drawing already (the looks and the canvas
  // sizing come with it), so the network is drawn here even offline.
  local: async (post) => {
    const scene = emptyNetworkScene();
    let canvas: OffscreenCanvas | HTMLCanvasElement | null = null;
    return (request) => {
      if (request.type !== 'draw') {
        updateScene(scene, request);
        return;
      }
      const { id, viewport } = request;
      try {
        canvas ??=
          typeof OffscreenCanvas !== 'undefined'
            ? new OffscreenCanvas(1, 1)
            : document.createElement('canvas');
        const counts = drawNetworkOn(canvas, scene, viewport);
        post({ type: 'drawn', id, viewport, counts, picture: canvas });
      } catch (error) {
        post({
          type: 'failed',
          id,
          message: error instanceof Error ? error.message : String(error),
        });
      }
    };
  },
};

export function createNetworkDrawer(): NetworkDrawer {
  const worker = openWorker(networkLayerJob, {
    // A picture of a viewport no longer wanted: its memory is given back at once.
    discard: (response) => {
      if (response.type === 'drawn' && 'close' in response.picture) response.picture.close();
    },
  });
  // Copies go to the worker, each kept as the newest of its kind for the page to draw from
  // should the worker die.
  return {
    setNetwork(ends, widths) {
      worker.send({ type: 'network', ends, widths }, { keep: 'network' });
    },
    setPositions(positions) {
      worker.send({ type: 'positions', positions }, { keep: 'positions' });
    },
    setAllianceLooks({ looks, colours, palette }, theme) {
      worker.send(
        { type: 'allianceLooks', looks, colours, palette: [...palette], theme },
        { keep: 'allianceLooks' },
      );
    },
    setOrganizationLooks({ diameters, looks, colours, placeholders, palette }, theme) {
      worker.send(
        {
          type: 'organizationLooks',
          diameters,
          looks,
          colours,
          placeholders,
          palette: [...palette],
          theme,
        },
        { keep: 'organizationLooks' },
      );
    },
    async draw(viewport) {
      const answer = await worker.ask((id) => ({ type: 'draw', id, viewport }));
      if (answer?.type !== 'drawn') return null;
      return { viewport: answer.viewport, counts: answer.counts, picture: answer.picture };
    },
    close: () => worker.close(),
  };
}
