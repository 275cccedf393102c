/**
 * A Dataset and its metrics → the `analyze --json` object of README, the command line. The report
 * computes the structure itself; everything else arrives through `options.metrics`, so the
 * metrics engine drops in without changing the shape.
 */
import { computeStructure } from '../metrics/structure';
import { buildAnalysisGraph, type AnalysisGraph } from '../model/graphs';
import { SCOPES, type Dataset, type LinkScope } from '../model/types';
import { ownValue } from '../records';
import {
  ORGANIZATION_METRICS,
  SUMMARY_METRICS,
  type AnalysisMetrics,
  type AnalysisReport,
  type OrganizationMetric,
  type ReportLink,
  type ReportOrganization,
  type ReportSummary,
  type SummaryMetric,
} from './reportTypes';

export * from './reportTypes';

export interface AnalysisReportOptions {
  /** Results of the metrics engine; missing parts are reported as null or empty. */
  metrics?: AnalysisMetrics;
  /** The analysis graph when the caller has built it already (it must come from `dataset`). */
  graph?: AnalysisGraph;
}

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

function summaryMetrics(metrics: AnalysisMetrics): Record<SummaryMetric, number | null> {
  const values = {} as Record<SummaryMetric, number | null>;
  for (const name of SUMMARY_METRICS) values[name] = finite(metrics.summary?.[name]);
  return values;
}

function organizationMetrics(
  metrics: AnalysisMetrics,
  id: string,
): Record<OrganizationMetric, number | null> {
  const values = {} as Record<OrganizationMetric, number | null>;
  for (const name of ORGANIZATION_METRICS)
    values[name] = finite(ownValue(metrics.organizations?.[name], id));
  return values;
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

export function buildAnalysisReport(
  dataset: Dataset,
  options: AnalysisReportOptions = {},
): AnalysisReport {
  const metrics = options.metrics ?? {};
  const graph = options.graph ?? buildAnalysisGraph(dataset);
  const structure = computeStructure(graph);

  const summary: ReportSummary = {
    organizations: dataset.organizations.length,
    links: dataset.links.length,
    ties: structure.ties,
    components: structure.components.count,
    largest_component: structure.components.largest,
    density: structure.density,
    ...summaryMetrics(metrics),
    scopes: scopeCounts(dataset),
  };

  const organizations = dataset.organizations.map((organization): ReportOrganization => {
    const { id } = organization;
    const computed = organizationMetrics(metrics, id);
    return {
      id,
      name: organization.name,
      sector: organization.sector,
      country: organization.country,
      world_region: organization.worldRegion,
      placeholder: organization.placeholder,
      degree: ownValue(structure.degree, id) ?? 0,
      strength: ownValue(structure.strength, id) ?? 0,
      degree_centrality: ownValue(structure.degreeCentrality, id) ?? 0,
      betweenness: computed.betweenness,
      closeness: computed.closeness,
      harmonic: computed.harmonic,
      eigenvector: computed.eigenvector,
      pagerank: computed.pagerank,
      clustering: computed.clustering,
      constraint: computed.constraint,
      effective_size: computed.effective_size,
      community: computed.community,
      brokerage: ownValue(metrics.brokerage, id) ?? null,
      attributes: { ...organization.attributes },
    };
  });

  return {
    summary,
    organizations,
    links: dataset.links.map(reportLink),
    sectors: metrics.sectors ?? [],
    mixing: metrics.mixing ?? { sectors: [], observed: [], expected: [] },
    suggestions: metrics.suggestions ?? [],
    issues: dataset.issues,
  };
}
