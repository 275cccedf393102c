/**
 * A picture of the view as a file: SVG (one document, any size) or PNG at 1×, 2× or 4× (the
 * same drawing on a canvas that many times larger). The canvas and its encoding come from the
 * caller — an OffscreenCanvas in the export's worker — as core knows no DOM.
 */
import { CanvasPainter, type PictureCanvasContext } from './canvasPainter';
import { drawPicture, pictureLayout, type NetworkPicture } from './networkPicture';
import { SvgPainter, type TextMeasure } from './svgPainter';

export const PICTURE_SCALES = [1, 2, 4] as const;
export type PictureScale = (typeof PICTURE_SCALES)[number];

/** What drawing a PNG takes from where it runs. */
export interface PictureSurface {
  /** A canvas of this many pixels, its 2D context, and its PNG once drawn. */
  canvas(
    width: number,
    height: number,
  ): { context: PictureCanvasContext; png(): Promise<Uint8Array> };
  /** SVG path data as a Path2D. */
  path(d: string): unknown;
  measure: TextMeasure;
}

/** Browsers refuse canvases larger than this on a side (Chromium: 32,767; Safari less). */
export const LARGEST_CANVAS_SIDE = 16_384;

export class PictureTooLarge extends Error {
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    super(`a picture of ${width} × ${height} pixels is larger than a browser can draw`);
  }
}

export function pictureSvg(picture: NetworkPicture, measure: TextMeasure): string {
  const layout = pictureLayout(picture, { measureText: measure });
  const painter = new SvgPainter(layout.width, layout.height, measure);
  drawPicture(painter, picture, layout);
  return painter.toString();
}

export async function picturePng(
  picture: NetworkPicture,
  scale: PictureScale,
  surface: PictureSurface,
): Promise<Uint8Array> {
  const layout = pictureLayout(picture, { measureText: surface.measure });
  const width = Math.ceil(layout.width * scale);
  const height = Math.ceil(layout.height * scale);
  if (width > LARGEST_CANVAS_SIDE || height > LARGEST_CANVAS_SIDE) {
    throw new PictureTooLarge(width, height);
  }
  const { context, png } = surface.canvas(width, height);
  drawPicture(new CanvasPainter(context, scale, surface.path), picture, layout);
  return png();
}
