/**
 * Compressed sparse row adjacency of the analysis graph: the one input every kernel shares.
 * Node positions follow graph order; each tie appears twice (once per end). Typed arrays only,
 * so it can be handed to workers by transfer.
 */
import type { AnalysisGraph } from '../model/graphs';
import { indexTies } from './structure';

export interface Csr {
  /** Organisation ids by position. */
  nodes: string[];
  /** Sector by position ('' when none). */
  sectors: string[];
  /** Neighbours of node i are neighbors[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
  neighbors: Int32Array;
  /** Tie weight, parallel to `neighbors`. */
  weights: Float64Array;
}

export function buildCsr(graph: AnalysisGraph): Csr {
  const ties = indexTies(graph);
  const n = ties.nodes.length;
  const offsets = new Int32Array(n + 1);
  for (let t = 0; t < ties.sources.length; t += 1) {
    const a = (ties.sources[t] as number) + 1;
    const b = (ties.targets[t] as number) + 1;
    offsets[a] = (offsets[a] as number) + 1;
    offsets[b] = (offsets[b] as number) + 1;
  }
  for (let i = 0; i < n; i += 1)
    offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const fill = offsets.slice(0, n);
  const neighbors = new Int32Array(offsets[n] as number);
  const weights = new Float64Array(offsets[n] as number);
  for (let t = 0; t < ties.sources.length; t += 1) {
    const a = ties.sources[t] as number;
    const b = ties.targets[t] as number;
    const w = ties.weights[t] as number;
    let slot = fill[a] as number;
    fill[a] = slot + 1;
    neighbors[slot] = b;
    weights[slot] = w;
    slot = fill[b] as number;
    fill[b] = slot + 1;
    neighbors[slot] = a;
    weights[slot] = w;
  }
  const sectors = ties.nodes.map((node) => graph.getNodeAttribute(node, 'sector') ?? '');
  return { nodes: ties.nodes, sectors, offsets, neighbors, weights };
}

export function nodeCount(csr: Csr): number {
  return csr.nodes.length;
}
