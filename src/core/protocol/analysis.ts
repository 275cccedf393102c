/**
 * Messages between the page and the analysis workers. The page builds the analysis input once
 * (src/core/metrics/input.ts) and transfers a copy to each worker with its `sweep`, the only
 * time it is sent; each worker sweeps its range of sources; one of them then completes the suite
 * from the merged sums (`complete`, with the input it kept) and sends back the results keyed by
 * organisation id. An `effects` request, on its own, asks what one alliance would change. Which part a message comes from is the worker it comes from.
 */
import type { AnalysisInput } from '../metrics/input';
import type { PathPartials } from '../metrics/paths';
import type { AnalysisMetrics, ReportEffects } from '../report/reportTypes';

export interface AnalysisSettings {
  weighted: boolean;
  seed: number;
}

export type AnalysisRequest =
  | {
      type: 'sweep';
      id: number;
      /** Transferred: the worker keeps it for the `complete` that may follow. */
      input: AnalysisInput;
      /** The sources of this part, [from, to). */
      from: number;
      to: number;
      weighted: boolean;
    }
  | {
      type: 'complete';
      id: number;
      /** The merged sums of every part; transferred. */
      partials: PathPartials;
      settings: AnalysisSettings;
    }
  /**
   * What the alliance source–target (positions) would change (core/metrics/effects.ts), on its
   * own: the worker sweeps the network without the tie and with it.
   */
  | {
      type: 'effects';
      id: number;
      /** Transferred. */
      input: AnalysisInput;
      source: number;
      target: number;
      weighted: boolean;
    };

export type AnalysisResponse =
  /** Sweep progress of one part: `done` of its sources. */
  | { type: 'progress'; id: number; done: number }
  | { type: 'swept'; id: number; partials: PathPartials }
  /** Progress of the whole suite while it completes (from SWEEP_SHARE to 1). */
  | { type: 'completing'; id: number; fraction: number }
  | { type: 'completed'; id: number; metrics: AnalysisMetrics }
  | { type: 'effects'; id: number; effects: ReportEffects }
  | { type: 'failed'; id: number; message: string };

/** The buffers of a sweep's sums, to transfer them. */
export function partialBuffers(partials: PathPartials): ArrayBuffer[] {
  return Object.values(partials).map((array) => (array as Float64Array).buffer as ArrayBuffer);
}
