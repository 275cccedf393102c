/**
 * Filter values that nothing in a dataset has (a sector typed on the command line that no
 * organisation carries), with the values there are, so that the mistake can be named.
 */
import {
  filterFacets,
  VALUE_FILTER_KINDS,
  type ExploreFilters,
  type ValueFilterKind,
} from './filters';
import type { Dataset } from '../model/types';

export interface UnknownFilterValue {
  kind: ValueFilterKind;
  value: string;
  /** The values of that kind present in the dataset, the most frequent first. */
  present: string[];
}

export function unknownFilterValues(
  dataset: Dataset,
  filters: ExploreFilters,
): UnknownFilterValue[] {
  const chosen = VALUE_FILTER_KINDS.filter((kind) => filters[kind].length > 0);
  if (chosen.length === 0) return [];
  const facets = filterFacets(dataset);
  const unknown: UnknownFilterValue[] = [];
  for (const kind of chosen) {
    const present = facets[kind].map((f) => f.value);
    for (const value of filters[kind]) {
      if (!present.includes(value))
        unknown.push({ kind, value, present: present.filter((v) => v !== '') });
    }
  }
  return unknown;
}
