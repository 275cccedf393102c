/**
 * Messages between the page and the worker that draws a large network's alliances and
 * organisations (core/drawing). The page sends the network once, then positions, looks and
 * viewports as they change; each `draw` is answered by one `drawn` carrying the picture.
 */
import type { AllianceViewport } from '../drawing/allianceDrawing';
import type { LayerCounts } from '../drawing/networkScene';
import type { Theme } from '../looks/themes';

export type NetworkLayerRequest =
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
    }
  | { type: 'draw'; frame: number; viewport: AllianceViewport };

export type NetworkLayerResponse =
  /** `bitmap` is transferred: the network as seen from `viewport`. */
  | {
      type: 'drawn';
      frame: number;
      viewport: AllianceViewport;
      counts: LayerCounts;
      bitmap: ImageBitmap;
    }
  | { type: 'failed'; frame: number; message: string };
