/**
 * Messages between the page and the worker that draws a large network's alliances and
 * organisations (core/drawing). The page sends the network once, then positions, looks and
 * viewports as they change; each `draw` is answered by one `drawn` carrying the picture, or by
 * `failed`.
 */
import type { AllianceViewport } from '../drawing/allianceDrawing';
import type { LayerCounts } from '../drawing/networkScene';
import type { Theme } from '../looks/themes';

/** What changes the scene (core/drawing/networkScene updateScene); it needs no answer. */
export type NetworkLayerUpdate =
  /** A new network: the alliances' ends and widths; everything else follows. */
  | { type: 'network'; ends: Uint32Array; widths: Float32Array }
  | { type: 'positions'; positions: Float32Array }
  | {
      type: 'allianceLooks';
      looks: Uint8Array;
      colours: Uint8Array;
      palette: string[];
      theme: Theme;
    }
  | {
      type: 'organizationLooks';
      diameters: Float32Array;
      looks: Uint8Array;
      colours: Uint8Array;
      placeholders: Uint8Array;
      palette: string[];
      theme: Theme;
    };

export type NetworkLayerRequest =
  NetworkLayerUpdate | { type: 'draw'; id: number; viewport: AllianceViewport };

export type NetworkLayerResponse =
  /**
   * The network as seen from `viewport`: from the worker, an ImageBitmap (transferred); drawn on
   * the page, the canvas it was drawn on.
   */
  | {
      type: 'drawn';
      id: number;
      viewport: AllianceViewport;
      counts: LayerCounts;
      picture: CanvasImageSource;
    }
  | { type: 'failed'; id: number; message: string };
