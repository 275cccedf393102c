/**
 * The app's analysis, wherever it runs: `answerAnalysis` answers the page's requests
 * (core/protocol/analysis) in each analysis worker, and on the page itself where no worker can
 * run (loaded on demand there, so that the page's own bundle need not carry the metric suite).
 * `analyzeDataset` is the whole analysis of a dataset at once, on the calling thread.
 */
import { allianceEffects } from '../metrics/effects';
import { buildAnalysisInput, unpackIds, type AnalysisInput } from '../metrics/input';
import { emptyPathPartials, sweepSources } from '../metrics/paths';
import { completeMetricSuite, runMetricSuite } from '../metrics/suite';
import type { Dataset } from '../model/types';
import {
  partialBuffers,
  type AnalysisRequest,
  type AnalysisResponse,
  type AnalysisSettings,
} from '../protocol/analysis';
import { reportEffects } from './analysisReport';
import { toAnalysisMetrics } from './metricsAdapter';
import type { AnalysisMetrics } from './reportTypes';

export function analyzeDataset(dataset: Dataset, settings: AnalysisSettings): AnalysisMetrics {
  const input = buildAnalysisInput(dataset);
  return toAnalysisMetrics(
    runMetricSuite(input, settings),
    dataset.organizations.map((o) => o.id),
    input.sector,
  );
}

export interface AnswerOptions {
  /**
   * On the page: the sweep gives the page back (`pause`) every SLICE_MS, and stops once `signal`
   * aborts. A worker sweeps its range in one go.
   */
  slices?: { pause: () => Promise<void>; signal: AbortSignal };
}

/** Longest stretch of sweep on the page between two pauses. */
const SLICE_MS = 12;
/** Sources swept between two looks at the clock, on the page. */
const SOURCES_PER_LOOK = 16;
/** Progress messages per part of the sweep, at most (and its last source always). */
const PROGRESS_STEPS = 50;

type Post = (message: AnalysisResponse, transfer?: Transferable[]) => void;

/**
 * The handler of one worker's requests (or of one part's, on the page): a `sweep` of its range
 * of sources, whose input it keeps, then, for one of them, `complete` from the merged sums; or
 * the `effects` of one alliance.
 */
export function answerAnalysis(
  post: Post,
  options: AnswerOptions = {},
): (request: AnalysisRequest) => Promise<void> {
  let held: { id: number; input: AnalysisInput } | null = null;
  const sweep = async (request: Extract<AnalysisRequest, { type: 'sweep' }>) => {
    const { id, input, from, to, weighted } = request;
    held = { id, input };
    const count = to - from;
    const step = Math.max(1, Math.floor(count / PROGRESS_STEPS));
    const report = (done: number) => {
      if (done % step === 0 || done === count) post({ type: 'progress', id, done });
    };
    const partials = emptyPathPartials(input.offsets.length - 1);
    const { slices } = options;
    if (!slices) {
      sweepSources(input, from, to, { weighted, into: partials, onSource: report });
    } else {
      // In ranges added into the same sums: the same numbers as one range (paths.ts).
      let start = performance.now();
      for (let at = from; at < to; at += SOURCES_PER_LOOK) {
        const base = at - from;
        const end = Math.min(to, at + SOURCES_PER_LOOK);
        sweepSources(input, at, end, {
          weighted,
          into: partials,
          onSource: (done) => report(base + done),
        });
        if (performance.now() - start > SLICE_MS) {
          await slices.pause();
          if (slices.signal.aborted) return;
          start = performance.now();
        }
      }
    }
    post({ type: 'swept', id, partials }, partialBuffers(partials));
  };
  const complete = (request: Extract<AnalysisRequest, { type: 'complete' }>) => {
    const { id } = request;
    if (held?.id !== id) throw new Error('analysis: complete before sweep.');
    const suite = completeMetricSuite(held.input, request.partials, {
      ...request.settings,
      onProgress: (fraction) => post({ type: 'completing', id, fraction }),
    });
    const metrics = toAnalysisMetrics(suite, unpackIds(held.input.ids), held.input.sector);
    held = null;
    post({ type: 'completed', id, metrics });
  };
  const effects = (request: Extract<AnalysisRequest, { type: 'effects' }>) => {
    const { id, input, source, target, weighted } = request;
    const found = allianceEffects(input, { source, target }, { weighted });
    post({ type: 'effects', id, effects: reportEffects(found, input.sectorNames) });
  };
  return async (request) => {
    try {
      if (request.type === 'sweep') await sweep(request);
      else if (request.type === 'effects') effects(request);
      else complete(request);
    } catch (error) {
      post({
        type: 'failed',
        id: request.id,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
}
