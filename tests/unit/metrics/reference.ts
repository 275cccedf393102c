/** Reference networks and their networkx values (tests/fixtures/metrics, see reference.py). */
import { readFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';
import type { AnalysisGraph } from '../../../src/core/model/graphs';

export interface Reference {
  nodes: string[];
  edges: [string, string, number][];
  sectors: Record<string, string>;
  [measure: string]: unknown;
}

export const NETWORKS = ['karate', 'florentine', 'kite', 'disconnected'] as const;

export function reference(name: string): Reference {
  return JSON.parse(
    readFileSync(new URL(`../../fixtures/metrics/${name}.json`, import.meta.url), 'utf8'),
  ) as Reference;
}

/** The reference network as an analysis graph, in networkx's node order. */
export function referenceGraph(ref: Reference, weighted = false): AnalysisGraph {
  const graph: AnalysisGraph = new UndirectedGraph();
  for (const node of ref.nodes) graph.addNode(node, { sector: ref.sectors[node] ?? null });
  for (const [a, b, w] of ref.edges) graph.addEdge(a, b, { weight: weighted ? w : 1, links: 1 });
  return graph;
}

export function byNode(ref: Reference, values: ArrayLike<number>): Record<string, number> {
  return Object.fromEntries(ref.nodes.map((node, i) => [node, values[i] as number]));
}
