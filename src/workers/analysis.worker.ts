/// <reference lib="webworker" />
/** Thin analysis worker: one share of the path sweep, or the rest of the suite from the sums. */
import { buildCsr, type Csr } from '../core/metrics/csr';
import { sweepSources } from '../core/metrics/paths';
import { completeMetricSuite } from '../core/metrics/suite';
import { buildAnalysisGraph, type AnalysisGraph } from '../core/model/graphs';
import { partRange, type AnalysisRequest, type AnalysisResponse } from '../core/protocol/analysis';
import { idOfAnalysisKey, withAnalysisKeys } from '../core/report/analyzeDataset';
import { toAnalysisMetrics } from '../core/report/metricsAdapter';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: AnalysisResponse, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);

/** The graph of the last sweep request, kept for the `complete` request that may follow. */
let held: { id: number; graph: AnalysisGraph; csr: Csr } | null = null;

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  try {
    switch (request.type) {
      case 'sweep': {
        // Node keys that are never a built-in property's name (analyzeDataset.ts).
        const graph = buildAnalysisGraph(withAnalysisKeys(request.dataset));
        const csr = buildCsr(graph);
        held = { id: request.id, graph, csr };
        const [from, to] = partRange(csr.nodes.length, request.part, request.parts);
        const step = Math.max(1, Math.floor((to - from) / 50));
        const partials = sweepSources(csr, from, to, {
          weighted: request.settings.weighted,
          onSource: (done) => {
            if (done % step === 0 || done === to - from) {
              post({ type: 'progress', id: request.id, part: request.part, done, of: to - from });
            }
          },
        });
        const buffers = Object.values(partials).map((a) => (a as Float64Array).buffer);
        post({ type: 'swept', id: request.id, part: request.part, partials }, buffers);
        break;
      }
      case 'complete': {
        if (held?.id !== request.id) throw new Error('analysis worker: complete before sweep.');
        const suite = completeMetricSuite(held.graph, held.csr, request.partials, request.settings);
        held = null;
        post({
          type: 'completed',
          id: request.id,
          metrics: toAnalysisMetrics(suite, idOfAnalysisKey),
        });
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
