/**
 * The metric suite's typed arrays, keyed by organisation id: what the app holds of an analysis
 * (README, the app). The records have no prototype, so that every id, `__proto__` included, is a
 * key like any other; the suite itself never saw an id.
 */
import { outputsOf, type SummaryOutput } from '../metrics/registry';
import type { MetricSuiteResult } from '../metrics/suite';
import { textKeyed } from '../records';
import { reportGaps, reportSuggestions, reportSuggestionsForGaps } from './analysisReport';
import type { AnalysisMetrics, Brokerage, OrganizationValue } from './reportTypes';

function keyed(ids: readonly string[], values: ArrayLike<number>): Record<string, number | null> {
  const out = textKeyed<number | null>();
  ids.forEach((id, i) => {
    const value = values[i] as number;
    out[id] = Number.isFinite(value) ? value : null;
  });
  return out;
}

/**
 * `ids[i]` is the organisation at position i (the analysis input's order), `sector[i]` its index
 * into the mixing matrix's sectors (the input's `sector`).
 */
export function toAnalysisMetrics(
  result: MetricSuiteResult,
  ids: readonly string[],
  sector: ArrayLike<number>,
): AnalysisMetrics {
  const values = result.organizations as Record<string, ArrayLike<number>>;
  const organizations: Partial<Record<OrganizationValue, Record<string, number | null>>> = {};
  const roles: string[] = [];
  for (const { key } of outputsOf('organizations')) {
    if (key.startsWith('brokerage.')) roles.push(key);
    else organizations[key as OrganizationValue] = keyed(ids, values[key] ?? []);
  }
  const brokerage = textKeyed<Brokerage>();
  ids.forEach((id, i) => {
    const entry = {} as Record<string, number>;
    for (const role of roles) entry[role.slice('brokerage.'.length)] = values[role]?.[i] as number;
    brokerage[id] = entry as unknown as Brokerage;
  });
  const summary: Partial<Record<SummaryOutput, number | null>> = { ...result.summary };
  const idOf = (p: number) => ids[p] ?? '';
  return {
    summary,
    ties: result.ties,
    organizations,
    brokerage,
    sectors: result.sectors,
    mixing: result.mixing,
    suggestions: reportSuggestions(result, idOf),
    suggestionsForGaps: reportSuggestionsForGaps(result, sector, idOf),
    gaps: reportGaps(result.gaps, result.mixing.sectors, idOf),
  };
}
