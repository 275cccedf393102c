/**
 * Messages between the page and the picture worker: one picture of the view per request, its
 * bytes handed back transferred. The page cancels by terminating the worker.
 */
import type { NetworkPicture } from '../picture/networkPicture';
import {
  picturePng,
  pictureSvg,
  PictureTooLarge,
  type PictureScale,
  type PictureSurface,
} from '../picture/renderPicture';

export type PictureFormat = 'svg' | 'png';

export type PictureRequest = {
  type: 'picture';
  id: number;
  picture: NetworkPicture;
  format: PictureFormat;
  /** PNG only. */
  scale: PictureScale;
};

export type PictureResponse =
  | { type: 'pictured'; id: number; bytes: Uint8Array }
  /** `tooLarge`: the PNG would be larger than a browser draws (try a smaller scale, or SVG). */
  | { type: 'failed'; id: number; message: string; tooLarge: boolean };

/** Answers one request, in the worker or on the page's thread alike. */
export async function answerPicture(
  request: PictureRequest,
  surface: PictureSurface,
  post: (response: PictureResponse, transfer?: Transferable[]) => void,
): Promise<void> {
  const { id, picture, format, scale } = request;
  try {
    const bytes =
      format === 'svg'
        ? new TextEncoder().encode(pictureSvg(picture, surface.measure))
        : await picturePng(picture, scale, surface);
    post({ type: 'pictured', id, bytes }, [bytes.buffer]);
  } catch (error) {
    post({
      type: 'failed',
      id,
      message: error instanceof Error ? error.message : String(error),
      tooLarge: error instanceof PictureTooLarge,
    });
  }
}
