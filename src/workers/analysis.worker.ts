/// <reference lib="webworker" />
/** Thin analysis worker: one range of the path sweep, or the rest of the suite from the sums. */
import { unpackIds, type AnalysisInput } from '../core/metrics/input';
import { sweepSources } from '../core/metrics/paths';
import { completeMetricSuite } from '../core/metrics/suite';
import {
  partialBuffers,
  type AnalysisRequest,
  type AnalysisResponse,
} from '../core/protocol/analysis';
import { toAnalysisMetrics } from '../core/report/metricsAdapter';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: AnalysisResponse, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);

/** The input of the last sweep, kept for the `complete` request that may follow. */
let held: { id: number; input: AnalysisInput } | null = null;

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  try {
    switch (request.type) {
      case 'sweep': {
        const { id, input, part, from, to } = request;
        held = { id, input };
        const step = Math.max(1, Math.floor((to - from) / 50));
        const partials = sweepSources(input, from, to, {
          weighted: request.settings.weighted,
          onSource: (done) => {
            if (done % step === 0 || done === to - from) {
              post({ type: 'progress', id, part, done, of: to - from });
            }
          },
        });
        post({ type: 'swept', id, part, partials }, partialBuffers(partials));
        break;
      }
      case 'complete': {
        if (held?.id !== request.id) throw new Error('analysis worker: complete before sweep.');
        const { id } = request;
        const suite = completeMetricSuite(held.input, request.partials, {
          ...request.settings,
          onProgress: (fraction) => post({ type: 'completing', id, fraction }),
        });
        const metrics = toAnalysisMetrics(suite, unpackIds(held.input.ids));
        held = null;
        post({ type: 'completed', id, metrics });
        break;
      }
    }
  } catch (error) {
    post({
      type: 'failed',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
