/**
 * A picture of the view as a worker job (state/clients/workerClient): the picture's data is
 * posted to the picture worker, which draws it on an OffscreenCanvas (PNG) or writes it (SVG).
 * A browser without workers or OffscreenCanvas gets `unavailable`: the data exports still work.
 */
import type { NetworkPicture } from '../../core/picture/networkPicture';
import type { PictureScale } from '../../core/picture/renderPicture';
import type { PictureFormat, PictureRequest, PictureResponse } from '../../core/protocol/picture';
import { startTask, WORKERS, type WorkerJob } from './workerClient';

export type PictureOutcome =
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'failed'; message: string; tooLarge: boolean }
  | { type: 'unavailable' }
  | { type: 'cancelled' };

const pictureJob: WorkerJob<PictureRequest, PictureResponse> = {
  worker: WORKERS.picture,
  supported: () => typeof OffscreenCanvas !== 'undefined',
};

export function startPicture(
  picture: NetworkPicture,
  format: PictureFormat,
  scale: PictureScale,
): { result: Promise<PictureOutcome>; cancel(): void } {
  const running = startTask<PictureRequest, PictureResponse, PictureOutcome>(pictureJob, {
    start: (task) => task.post({ type: 'picture', id: task.id, picture, format, scale }),
    receive: (message) =>
      message.type === 'pictured'
        ? { type: 'done', bytes: message.bytes }
        : { type: 'failed', message: message.message, tooLarge: message.tooLarge },
  });
  return {
    result: running.result.then((outcome) =>
      outcome.type === 'unavailable'
        ? { type: 'unavailable' }
        : outcome.type === 'failed' && !('tooLarge' in outcome)
          ? { type: 'failed', message: outcome.message, tooLarge: false }
          : outcome,
    ),
    cancel: running.cancel,
  };
}
