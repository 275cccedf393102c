/**
 * What the app says about each measure, read from the metric descriptors: names for the size
 * choices and the details panel, definitions for tooltips, the network's summary figures.
 */
import { descriptorOf, METRICS, type SummaryOutput } from '../../core/metrics/registry';
import type { Language } from '../../core/languages';

/** The measure's name in the language shown (its id if there is no such measure). */
export function measureName(id: string, language: Language): string {
  return descriptorOf(id)?.name[language] ?? id;
}

/** Its definition and the networkx function it equals, for a tooltip. */
export function measureTitle(id: string, language: Language): string {
  const metric = descriptorOf(id);
  return metric ? `${metric.definition[language]} (networkx: ${metric.networkx})` : '';
}

/** The network's summary figures, in the descriptors' order, each with the measure it is of. */
export const SUMMARY_FIGURES: readonly { key: SummaryOutput; metric: string }[] = METRICS.flatMap(
  (metric) =>
    metric.outputs
      .filter((output) => output.place === 'summary')
      .map((output) => ({ key: output.key as SummaryOutput, metric: metric.id })),
);
