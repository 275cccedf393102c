/** The metric suite's typed arrays, keyed by organisation id for the report of README, the command line. */
import type { MetricSuiteResult } from '../metrics/suite';
import { textKeyed } from '../records';
import type { AnalysisMetrics, Brokerage, OrganizationMetric } from './reportTypes';

function keyed(ids: string[], values: ArrayLike<number>): Record<string, number | null> {
  const out = textKeyed<number | null>();
  ids.forEach((id, i) => {
    const value = values[i] as number;
    out[id] = Number.isFinite(value) ? value : null;
  });
  return out;
}

/**
 * `idOf` turns the graph's node keys into organisation ids (see analyzeDataset.ts); the records
 * have no prototype, so that every id, `__proto__` included, is a key like any other.
 */
export function toAnalysisMetrics(
  result: MetricSuiteResult,
  idOf: (nodeKey: string) => string = (key) => key,
): AnalysisMetrics {
  const nodes = result.csr.nodes.map(idOf);
  const organizations: Record<OrganizationMetric, Record<string, number | null>> = {
    betweenness: keyed(nodes, result.paths.betweenness),
    closeness: keyed(nodes, result.paths.closeness),
    harmonic: keyed(nodes, result.paths.harmonic),
    eigenvector: keyed(nodes, result.eigenvector),
    pagerank: keyed(nodes, result.pagerank),
    clustering: keyed(nodes, result.neighborhood.clustering),
    constraint: keyed(nodes, result.neighborhood.constraint),
    effective_size: keyed(nodes, result.neighborhood.effectiveSize),
    community: keyed(nodes, result.communities.community),
  };
  const brokerage = textKeyed<Brokerage>();
  nodes.forEach((node, i) => {
    brokerage[node] = {
      coordinator: result.brokerage.coordinator[i] as number,
      consultant: result.brokerage.consultant[i] as number,
      representative: result.brokerage.representative[i] as number,
      liaison: result.brokerage.liaison[i] as number,
    };
  });
  return {
    summary: {
      transitivity: result.neighborhood.transitivity,
      average_clustering: result.neighborhood.averageClustering,
      diameter: result.paths.diameter,
      average_path_length: result.paths.averagePathLength,
      modularity: result.communities.modularity,
      communities: result.communities.count,
      sector_assortativity: result.sectors.assortativity,
      ei_index: result.sectors.eiIndex,
    },
    organizations,
    brokerage,
    sectors: result.sectors.sectors.map((row) => ({
      sector: row.sector,
      organizations: row.organizations,
      internal: row.internal,
      external: row.external,
      ei_index: row.eiIndex,
    })),
    mixing: result.sectors.mixing,
    suggestions: result.suggestions.map((s) => ({
      source: nodes[s.source] as string,
      target: nodes[s.target] as string,
      score: s.score,
      shared_partners: s.sharedPartners.map((p) => nodes[p] as string),
      cross_sector: s.crossSector,
    })),
  };
}
