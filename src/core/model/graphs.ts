/**
 * The two graphology views of a Dataset. The graphs hold who is tied to whom and the few numbers
 * that algorithms read; everything else stays in the Dataset's records, looked up by key
 * (organisation id for nodes, link key for the dataset graph's edges).
 */
import { MultiGraph, UndirectedGraph } from 'graphology';
import type { Dataset, Link, LinkScope } from './types';

export interface OrganizationNodeAttributes {
  sector: string | null;
}

/** One edge per link of the dataset graph. */
export interface LinkEdgeAttributes {
  weight: number;
  type: string | null;
  scope: LinkScope;
}

/** One edge per linked pair of the analysis graph (a tie). */
export interface TieAttributes {
  /** Sum of the weights of the pair's links, whatever their direction. */
  weight: number;
  /** How many links were merged into the tie. */
  links: number;
}

export type DatasetGraph = MultiGraph<OrganizationNodeAttributes, LinkEdgeAttributes>;
export type AnalysisGraph = UndirectedGraph<OrganizationNodeAttributes, TieAttributes>;

export interface AnalysisGraphOptions {
  /** Keep only some links (a time window, a scope layer, a link type); all by default. */
  includeLink?: (link: Link) => boolean;
}

function organizationIndex(fn: string, dataset: Dataset): Map<string, number> {
  const index = new Map<string, number>();
  dataset.organizations.forEach((organization, position) => {
    if (index.has(organization.id)) {
      throw new Error(`${fn}: organisation id "${organization.id}" appears twice in the dataset.`);
    }
    index.set(organization.id, position);
  });
  return index;
}

function endpoint(fn: string, index: Map<string, number>, link: Link, id: string): number {
  const position = index.get(id);
  if (position === undefined) {
    throw new Error(
      `${fn}: link ${link.key} names organisation "${id}", which is not in the dataset.`,
    );
  }
  return position;
}

/**
 * Every link as an edge: directed links as directed edges, the rest undirected; parallel and
 * self links kept. Node key = organisation id, edge key = link key.
 */
export function buildDatasetGraph(dataset: Dataset): DatasetGraph {
  const fn = 'buildDatasetGraph';
  const index = organizationIndex(fn, dataset);
  const graph: DatasetGraph = new MultiGraph({ allowSelfLoops: true });
  for (const organization of dataset.organizations) {
    graph.addNode(organization.id, { sector: organization.sector });
  }
  for (const link of dataset.links) {
    endpoint(fn, index, link, link.source);
    endpoint(fn, index, link, link.target);
    if (graph.hasEdge(link.key)) {
      throw new Error(`${fn}: link key "${link.key}" appears twice in the dataset.`);
    }
    const attributes = { weight: link.weight, type: link.type, scope: link.scope };
    if (link.directed) graph.addDirectedEdgeWithKey(link.key, link.source, link.target, attributes);
    else graph.addUndirectedEdgeWithKey(link.key, link.source, link.target, attributes);
  }
  return graph;
}

/**
 * The analysis graph of README, the metric definitions: every organisation in dataset order (isolated ones
 * included), one undirected tie per linked pair in order of the pair's first link, self links
 * dropped, tie weight = sum of the pair's link weights. Edge keys are `t0`, `t1`, …
 */
export function buildAnalysisGraph(
  dataset: Dataset,
  options: AnalysisGraphOptions = {},
): AnalysisGraph {
  const fn = 'buildAnalysisGraph';
  const index = organizationIndex(fn, dataset);
  const count = dataset.organizations.length;
  // Pairs keyed by position (low * count + high): exact up to 9e7 organisations, and far
  // cheaper than asking graphology for an existing edge 50,000 times.
  const ties = new Map<number, { source: number; target: number; weight: number; links: number }>();
  for (const link of dataset.links) {
    if (options.includeLink !== undefined && !options.includeLink(link)) continue;
    const source = endpoint(fn, index, link, link.source);
    const target = endpoint(fn, index, link, link.target);
    if (!(Number.isFinite(link.weight) && link.weight > 0)) {
      throw new Error(
        `${fn}: link ${link.key} has weight ${link.weight}; weights must be positive numbers.`,
      );
    }
    if (source === target) continue;
    const pair = source < target ? source * count + target : target * count + source;
    const tie = ties.get(pair);
    if (tie === undefined) ties.set(pair, { source, target, weight: link.weight, links: 1 });
    else {
      tie.weight += link.weight;
      tie.links += 1;
    }
  }

  const graph: AnalysisGraph = new UndirectedGraph({ allowSelfLoops: false });
  for (const organization of dataset.organizations) {
    graph.addNode(organization.id, { sector: organization.sector });
  }
  let tieNumber = 0;
  for (const tie of ties.values()) {
    const source = dataset.organizations[tie.source]?.id ?? '';
    const target = dataset.organizations[tie.target]?.id ?? '';
    graph.addUndirectedEdgeWithKey(`t${tieNumber++}`, source, target, {
      weight: tie.weight,
      links: tie.links,
    });
  }
  return graph;
}
