/// <reference lib="webworker" />
/**
 * Thin analysis worker: one range of the path sweep, then perhaps the rest of the suite from the
 * merged sums (core/report/analyzeDataset, core/protocol/analysis). The page cancels by
 * terminating it.
 */
import type { AnalysisRequest } from '../core/protocol/analysis';
import { WORKER_READY } from '../core/protocol/worker';
import { answerAnalysis } from '../core/report/analyzeDataset';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const answer = answerAnalysis((message, transfer = []) => scope.postMessage(message, transfer));

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  void answer(event.data);
};
scope.postMessage(WORKER_READY);
