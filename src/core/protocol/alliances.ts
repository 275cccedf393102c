/**
 * Messages between the page and the worker that draws the alliances of a large network
 * (core/drawing/allianceDrawing.ts). The page sends the network once, then positions, looks and
 * viewports as they change; each `draw` is answered by one `drawn` carrying the picture.
 */
import type { AllianceViewport } from '../drawing/allianceDrawing';

export type AllianceRequest =
  /** A new network: its ends and widths (transferred); positions and looks follow. */
  | { type: 'network'; ends: Uint32Array; widths: Float32Array }
  | { type: 'positions'; positions: Float32Array }
  | { type: 'looks'; looks: Uint8Array; colours: Uint8Array; palette: string[] }
  | { type: 'draw'; frame: number; viewport: AllianceViewport };

export type AllianceResponse =
  /** `bitmap` is transferred: the alliances as seen from `viewport`. */
  | { type: 'drawn'; frame: number; viewport: AllianceViewport; shown: number; bitmap: ImageBitmap }
  | { type: 'failed'; frame: number; message: string };
