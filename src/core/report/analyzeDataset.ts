/**
 * The app's analysis of a dataset on the calling thread (where Web Workers are missing), loaded
 * on demand: the analysis input, the whole suite, the results keyed by organisation id.
 */
import { buildAnalysisInput } from '../metrics/input';
import { runMetricSuite } from '../metrics/suite';
import type { Dataset } from '../model/types';
import type { AnalysisSettings } from '../protocol/analysis';
import { toAnalysisMetrics } from './metricsAdapter';
import type { AnalysisMetrics } from './reportTypes';

export function analyzeDataset(dataset: Dataset, settings: AnalysisSettings): AnalysisMetrics {
  const input = buildAnalysisInput(dataset);
  return toAnalysisMetrics(
    runMetricSuite(input, settings),
    dataset.organizations.map((o) => o.id),
  );
}
