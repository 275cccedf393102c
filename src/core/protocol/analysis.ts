/**
 * Messages between the page and the analysis workers. Each worker sweeps its share of the
 * sources (`sweep`); one of them then completes the suite from the merged sums (`complete`).
 */
import type { PathPartials } from '../metrics/paths';
import type { Dataset } from '../model/types';
import type { AnalysisMetrics } from '../report/reportTypes';

export interface AnalysisSettings {
  weighted: boolean;
  seed: number;
}

export type AnalysisRequest =
  | {
      type: 'sweep';
      id: number;
      dataset: Dataset;
      part: number;
      parts: number;
      settings: AnalysisSettings;
    }
  | {
      type: 'complete';
      id: number;
      dataset: Dataset;
      partials: PathPartials;
      settings: AnalysisSettings;
    };

export type AnalysisResponse =
  | { type: 'progress'; id: number; part: number; done: number; of: number }
  | { type: 'swept'; id: number; part: number; partials: PathPartials }
  | { type: 'completed'; id: number; metrics: AnalysisMetrics }
  | { type: 'failed'; id: number; message: string };

/** The source range of one part out of `parts`, for a network of `n` organisations. */
export function partRange(n: number, part: number, parts: number): [number, number] {
  return [Math.floor((part * n) / parts), Math.floor(((part + 1) * n) / parts)];
}
