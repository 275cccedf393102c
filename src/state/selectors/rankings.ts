/**
 * The rankings table's rows, built once per metrics change: every organisation's values as typed
 * arrays, its rank in each measure, and for each column an order computed in advance, so that
 * sorting 50,000 rows on a click is a pass over an array (never a comparison sort).
 *
 * An ordering lists the row indices ascending by a dense key (equal values share a key), rows
 * without a value last; descending walks the runs of equal keys backwards, so that equal values
 * keep the rows' order either way.
 */
import {
  descriptorOf,
  ORGANIZATION_MEASURES,
  type OrganizationMeasure,
} from '../../core/metrics/registry';
import type { Dataset } from '../../core/model/types';
import { ownValue } from '../../core/records';
import type { AnalysisMetrics } from '../../core/report/reportTypes';

/** The key of a row without a value: after every other. */
export const NO_KEY = 0xffffffff;

export interface Ordering {
  /** Row indices, ascending by key then by row; the rows without a value last. */
  order: Uint32Array;
  /** Per row: its dense key (0, 1, …), NO_KEY without a value. */
  key: Uint32Array;
  /** Rows with a value (the first `known` of `order`). */
  known: number;
}

export interface MeasureColumn {
  metric: OrganizationMeasure;
  /** Counts (degree, core number, eccentricity) are shown whole. */
  integer: boolean;
  /** Per row; NaN = no value (null in analyze --json). */
  values: Float64Array;
  /** Per row: 1 = highest, equal values share a rank (as the details panel ranks); 0 = none. */
  ranks: Uint32Array;
  ordering: Ordering;
}

export interface RankingRows {
  ids: readonly string[];
  names: readonly string[];
  sectors: readonly (string | null)[];
  countries: readonly (string | null)[];
  /** Per row, numbered from 0 as analyze --json does; -1 = none. */
  communities: Int32Array;
  /** Name and id in lower case, for the text filter. */
  search: readonly string[];
  /** Row of each organisation id. */
  rowOf: ReadonlyMap<string, number>;
  measures: MeasureColumn[];
}

/**
 * Ranks (1 = highest, ties shared) and the ascending ordering of one measure: one native sort
 * of the values, then a binary search and a counting sort, all without a comparison function.
 */
export function rankValues(values: Float64Array): { ranks: Uint32Array; ordering: Ordering } {
  const n = values.length;
  const sorted = values.filter((v) => !Number.isNaN(v)).sort();
  const known = sorted.length;
  const ranks = new Uint32Array(n);
  const key = new Uint32Array(n).fill(NO_KEY);
  // A key counts the values below: ascending, shared by equal values, below `known`.
  for (let row = 0; row < n; row++) {
    const v = values[row]!;
    if (Number.isNaN(v)) continue;
    let lo = 0;
    let hi = known;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    key[row] = lo;
    // Values above: those after the last equal one.
    let upper = lo;
    hi = known;
    while (upper < hi) {
      const mid = (upper + hi) >>> 1;
      if (sorted[mid]! <= v) upper = mid + 1;
      else hi = mid;
    }
    ranks[row] = known - upper + 1;
  }
  return { ranks, ordering: orderByKey(key, known) };
}

/** The ordering of rows by their keys (each below `range`, or NO_KEY): a counting sort. */
export function orderByKey(key: Uint32Array, range: number): Ordering {
  const n = key.length;
  const starts = new Uint32Array(range + 1);
  let known = 0;
  for (let row = 0; row < n; row++) {
    const k = key[row]!;
    if (k !== NO_KEY) {
      starts[k + 1]! += 1;
      known += 1;
    }
  }
  for (let k = 0; k < range; k++) starts[k + 1]! += starts[k]!;
  const order = new Uint32Array(n);
  let last = known;
  for (let row = 0; row < n; row++) {
    const k = key[row]!;
    if (k === NO_KEY) order[last++] = row;
    else order[starts[k]!++] = row;
  }
  return { order, key, known };
}

/** The ordering of rows by a label (sector, country, community names): few distinct ones. */
export function orderByLabel(
  labels: readonly (string | null)[],
  compare: (a: string, b: string) => number,
): Ordering {
  const distinct = [...new Set(labels.filter((l): l is string => l !== null))].sort(compare);
  const index = new Map<string, number>();
  distinct.forEach((label, i) => {
    // Labels that compare equal share a key.
    const previous = distinct[i - 1];
    const prior = previous === undefined ? undefined : index.get(previous);
    index.set(label, prior !== undefined && compare(previous!, label) === 0 ? prior : i);
  });
  const key = new Uint32Array(labels.length);
  labels.forEach((label, row) => {
    key[row] = label === null ? NO_KEY : index.get(label)!;
  });
  return orderByKey(key, distinct.length);
}

/**
 * The ordering of rows by text too varied for orderByLabel (names): a bottom-up merge sort
 * that yields every `slice` comparisons, so that a caller can spread 50,000 names' collation
 * over several turns of the page's event loop (see runInSlices). Returns the ordering.
 */
export function* orderByText(
  texts: readonly string[],
  compare: (a: string, b: string) => number,
  slice = 1_000,
): Generator<void, Ordering, void> {
  const n = texts.length;
  let from = Uint32Array.from({ length: n }, (_, i) => i);
  let to = new Uint32Array(n);
  let done = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        // Stable: the left run wins ties.
        to[k++] = compare(texts[from[j]!]!, texts[from[i]!]!) < 0 ? from[j++]! : from[i++]!;
        if (++done % slice === 0) yield;
      }
      while (i < mid) to[k++] = from[i++]!;
      while (j < hi) to[k++] = from[j++]!;
    }
    [from, to] = [to, from];
  }
  const key = new Uint32Array(n);
  let k = 0;
  for (let at = 0; at < n; at++) {
    const row = from[at]!;
    const prev = at > 0 ? from[at - 1]! : -1;
    if (prev >= 0 && compare(texts[prev]!, texts[row]!) !== 0) k += 1;
    key[row] = k;
  }
  return { order: from, key, known: n };
}

/** Everything the table shows, but the names' ordering (orderByText) and the labels'. */
export function* rankingRowSteps(
  dataset: Dataset,
  metrics: AnalysisMetrics | null,
): Generator<void, RankingRows, void> {
  const organizations = dataset.organizations;
  const n = organizations.length;
  const ids = organizations.map((o) => o.id);
  const rowOf = new Map(ids.map((id, row) => [id, row]));
  const communities = new Int32Array(n).fill(-1);
  const communityValues = metrics?.organizations?.community;
  for (let row = 0; row < n; row++) {
    const c = ownValue(communityValues, ids[row]!);
    if (c !== null && c !== undefined) communities[row] = c;
  }
  yield;
  const measures: MeasureColumn[] = [];
  for (const metric of ORGANIZATION_MEASURES) {
    const source = metrics?.organizations?.[metric];
    const values = new Float64Array(n).fill(Number.NaN);
    if (source) {
      for (let row = 0; row < n; row++) {
        const v = ownValue(source, ids[row]!);
        if (v !== null && v !== undefined && Number.isFinite(v)) values[row] = v;
      }
    }
    yield;
    const { ranks, ordering } = rankValues(values);
    const integer = descriptorOf(metric)?.outputs[0]?.type === 'integer';
    measures.push({ metric, integer, values, ranks, ordering });
    yield;
  }
  return {
    ids,
    names: organizations.map((o) => o.name),
    sectors: organizations.map((o) => o.sector),
    countries: organizations.map((o) => o.country),
    communities,
    search: organizations.map((o) => `${o.name}\u0000${o.id}`.toLowerCase()),
    rowOf,
    measures,
  };
}

/**
 * The ordering of rows by community number (the community column sorts as its numbers do, as
 * the command line numbers them; rows without one last).
 */
export function orderByCommunity(communities: Int32Array): Ordering {
  let range = 0;
  const key = new Uint32Array(communities.length);
  communities.forEach((c, row) => {
    key[row] = c < 0 ? NO_KEY : c;
    if (c >= range) range = c + 1;
  });
  return orderByKey(key, range);
}

/**
 * The communities with the most members, largest first (ties by number), at most `limit`: the
 * choices of the community filter (a network of isolated organisations has as many communities
 * as organisations, too many for a list).
 */
export function largestCommunities(
  communities: Int32Array,
  limit: number,
): { community: number; members: number }[] {
  const members = new Map<number, number>();
  for (const c of communities) if (c >= 0) members.set(c, (members.get(c) ?? 0) + 1);
  return [...members]
    .map(([community, count]) => ({ community, members: count }))
    .sort((a, b) => b.members - a.members || a.community - b.community)
    .slice(0, limit);
}

/** Runs a generator to its end, all at once. */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The rows shown, in order: `ordering` (reversed by runs when descending), those that `keep`. */
export function shownRows(
  ordering: Ordering | null,
  rows: number,
  descending: boolean,
  keep: ((row: number) => boolean) | null,
): Uint32Array {
  const out = new Uint32Array(rows);
  let count = 0;
  const push = (row: number) => {
    if (keep === null || keep(row)) out[count++] = row;
  };
  if (ordering === null) {
    for (let row = 0; row < rows; row++) push(row);
  } else if (!descending) {
    for (let at = 0; at < rows; at++) push(ordering.order[at]!);
  } else {
    const { order, key, known } = ordering;
    let end = known;
    while (end > 0) {
      let start = end - 1;
      const k = key[order[start]!];
      while (start > 0 && key[order[start - 1]!] === k) start -= 1;
      for (let at = start; at < end; at++) push(order[at]!);
      end = start;
    }
    for (let at = known; at < rows; at++) push(order[at]!);
  }
  return out.subarray(0, count);
}
