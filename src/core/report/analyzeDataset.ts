/**
 * The app's analysis of a dataset. graphology keeps each node's neighbours in plain objects keyed
 * by node key: with an organisation whose id is `constructor`, every other node already seemed
 * tied to it ("an edge … already exists") and the analysis failed; a `__proto__` id replaced the
 * object's prototype. So the analysis runs on node keys that no built-in property name starts
 * with, and its results are keyed back by the organisations' own ids.
 */
import { runMetricSuite } from '../metrics/suite';
import { buildAnalysisGraph } from '../model/graphs';
import type { Dataset } from '../model/types';
import type { AnalysisSettings } from '../protocol/analysis';
import { toAnalysisMetrics } from './metricsAdapter';
import type { AnalysisMetrics } from './reportTypes';

const KEY = 'o:';

/** The dataset with every organisation id (and link end) turned into an analysis key. */
export function withAnalysisKeys(dataset: Dataset): Dataset {
  return {
    ...dataset,
    organizations: dataset.organizations.map((o) => ({ ...o, id: KEY + o.id })),
    links: dataset.links.map((l) => ({ ...l, source: KEY + l.source, target: KEY + l.target })),
  };
}

/** The organisation id an analysis key stands for. */
export function idOfAnalysisKey(key: string): string {
  return key.slice(KEY.length);
}

/** The whole metric suite on the calling thread, keyed by organisation id. */
export function analyzeDataset(dataset: Dataset, settings: AnalysisSettings): AnalysisMetrics {
  const graph = buildAnalysisGraph(withAnalysisKeys(dataset));
  return toAnalysisMetrics(runMetricSuite(graph, settings), idOfAnalysisKey);
}
