/**
 * A Dataset and its metric suite → the `analyze --json` object of README, the command line. The
 * measures' fields come from the metric descriptors (src/core/metrics/registry.ts), in their
 * order; organisations are the dataset's, in its order (the suite's positions).
 */
import { outputsOf } from '../metrics/registry';
import type { MetricSuiteResult } from '../metrics/suite';
import { SCOPES, type Dataset, type LinkScope } from '../model/types';
import type {
  AnalysisReport,
  ReportLink,
  ReportOrganization,
  ReportSuggestion,
  ReportSummary,
} from './reportTypes';

export * from './reportTypes';

/** JSON has no NaN or Infinity: an undefined value is null (README, the command line). */
function finite(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : value;
}

function scopeCounts(dataset: Dataset): Record<LinkScope, number> {
  const counts = Object.fromEntries([...SCOPES, 'unknown'].map((scope) => [scope, 0])) as Record<
    LinkScope,
    number
  >;
  for (const link of dataset.links) counts[link.scope] += 1;
  return counts;
}

function reportLink(link: Dataset['links'][number]): ReportLink {
  return {
    source: link.source,
    target: link.target,
    type: link.type,
    weight: link.weight,
    directed: link.directed,
    since: link.since,
    until: link.until,
    scope: link.scope,
  };
}

/** Suggested alliances with organisation ids for positions. */
export function reportSuggestions(
  suite: MetricSuiteResult,
  idOf: (position: number) => string,
): ReportSuggestion[] {
  return suite.suggestions.map((s) => ({
    source: idOf(s.source),
    target: idOf(s.target),
    score: s.score,
    shared_partners: s.sharedPartners.map(idOf),
    cross_sector: s.crossSector,
  }));
}

export function buildAnalysisReport(dataset: Dataset, suite: MetricSuiteResult): AnalysisReport {
  if (suite?.organizationCount !== dataset.organizations.length) {
    throw new Error('buildAnalysisReport: the metrics must be those of this dataset.');
  }
  const summary = {
    organizations: dataset.organizations.length,
    links: dataset.links.length,
    ties: suite.ties,
  } as Record<string, unknown>;
  for (const output of outputsOf('summary')) {
    summary[output.key] = finite(suite.summary[output.key as keyof typeof suite.summary]);
  }
  summary['scopes'] = scopeCounts(dataset);

  const measures = outputsOf('organizations');
  const values = suite.organizations as Record<string, ArrayLike<number>>;
  const organizations = dataset.organizations.map((organization, i): ReportOrganization => {
    const row: Record<string, unknown> = {
      id: organization.id,
      name: organization.name,
      sector: organization.sector,
      country: organization.country,
      region: organization.region,
      city: organization.city,
      lat: organization.lat,
      lon: organization.lon,
      world_region: organization.worldRegion,
      placeholder: organization.placeholder,
    };
    for (const { key } of measures) {
      const value = finite(values[key]?.[i]);
      const dot = key.indexOf('.');
      if (dot === -1) row[key] = value;
      else {
        // A group of counts, such as brokerage.liaison: one object per organisation.
        const group = key.slice(0, dot);
        const inner = (row[group] ??= {}) as Record<string, number | null>;
        inner[key.slice(dot + 1)] = value;
      }
    }
    row['attributes'] = { ...organization.attributes };
    return row as ReportOrganization;
  });

  return {
    summary: summary as ReportSummary,
    organizations,
    links: dataset.links.map(reportLink),
    sectors: suite.sectors,
    mixing: suite.mixing,
    suggestions: reportSuggestions(suite, (p) => dataset.organizations[p]?.id ?? ''),
    issues: dataset.issues,
  };
}
