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
  if (graph === null || typeof graph !== 'object' || typeof graph.forEachEdge !== 'function') {
    throw new Error('buildCsr: expects the analysis graph (a graphology UndirectedGraph).');
  }
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
    // Weighted measures read 1 / weight as a length: a zero, a negative or a NaN (a string
    // stored as weight becomes NaN here) would silently give other numbers.
    if (!(w > 0 && w < Infinity)) {
      throw new Error(
        `buildCsr: the tie ${ties.nodes[a]}–${ties.nodes[b]} has weight ${String(graph.getEdgeAttribute(ties.nodes[a] as string, ties.nodes[b] as string, 'weight'))}; expected a positive number.`,
      );
    }
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

/**
 * Cheap shape check at the entry of each kernel, so that a wrong argument fails with the
 * kernel's name instead of reading past an array. `sectors` is checked only where it is used:
 * worker threads receive the arrays without it.
 */
export function assertCsr(fn: string, csr: Csr, needs: { sectors?: boolean } = {}): number {
  const ok =
    csr !== null &&
    typeof csr === 'object' &&
    Array.isArray(csr.nodes) &&
    csr.offsets instanceof Int32Array &&
    csr.neighbors instanceof Int32Array &&
    csr.weights instanceof Float64Array &&
    csr.offsets.length === csr.nodes.length + 1 &&
    csr.neighbors.length === csr.offsets[csr.nodes.length] &&
    csr.weights.length === csr.neighbors.length &&
    (!needs.sectors || (Array.isArray(csr.sectors) && csr.sectors.length === csr.nodes.length));
  if (!ok) throw new Error(`${fn}: expects the adjacency made by buildCsr(graph).`);
  return csr.nodes.length;
}

/**
 * Sectors as small integers for the kernels, with their names in report order: by code point
 * (the same on every machine, unlike localeCompare), organisations without a sector ('') last,
 * as one group.
 */
export function sectorGroups(csr: Csr): { names: string[]; group: Int32Array } {
  const names = [...new Set(csr.sectors)].sort((a, b) =>
    a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0,
  );
  const index = new Map(names.map((name, i) => [name, i]));
  return { names, group: Int32Array.from(csr.sectors, (s) => index.get(s) as number) };
}
