/**
 * The layer and filters as command-line options (`--layer national --sector cooperative`): the
 * one table of which option sets which filter, read by the command line's parser and written by
 * the Analyse area ("the same figures as …").
 */
import type { LinkScope } from '../model/types';
import { VALUE_FILTER_KINDS, type ExploreFilters, type ValueFilterKind } from './filters';

/** The option of each value filter; each may be repeated (any of the values). */
export const VALUE_FILTER_OPTIONS: Readonly<Record<ValueFilterKind, string>> = {
  sectors: 'sector',
  countries: 'country',
  worldRegions: 'world-region',
  themes: 'theme',
  linkTypes: 'type',
};

/** A value as a POSIX shell reads it back unchanged. */
function shellWord(value: string): string {
  return /^[A-Za-z0-9_.,:/+=@%-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The options that make `analyze` measure what this layer and these filters keep. */
export function filterArguments(layer: LinkScope | 'all', filters: ExploreFilters): string[] {
  const words: string[] = [];
  if (layer !== 'all') words.push('--layer', layer);
  for (const kind of VALUE_FILTER_KINDS) {
    for (const value of filters[kind])
      words.push(`--${VALUE_FILTER_OPTIONS[kind]}`, shellWord(value));
  }
  if (filters.years) words.push('--years', `${filters.years.from}-${filters.years.to}`);
  if (filters.minWeight > 0) words.push('--min-weight', String(filters.minWeight));
  if (filters.minDegree > 0) words.push('--min-degree', String(filters.minDegree));
  return words;
}
