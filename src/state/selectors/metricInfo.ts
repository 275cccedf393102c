/**
 * What the app says about each measure, read from the metric descriptors: names for the size choices and the details panel, definitions for tooltips.
 */
import { descriptorOf } from '../../core/metrics/registry';
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
