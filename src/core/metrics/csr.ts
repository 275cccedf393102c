/**
 * Compressed sparse row adjacency of the analysis graph: the one input every kernel shares.
 * Organisations are positions 0 … n − 1 (the dataset's order); each tie appears twice (once per
 * end), in the order of the pair's first link. Typed arrays only, so it can be handed to workers
 * by transfer; the engine never sees an organisation id (see input.ts).
 */

export interface Csr {
  /** Neighbours of node i are neighbors[offsets[i] .. offsets[i + 1]); n + 1 entries. */
  offsets: Int32Array;
  neighbors: Int32Array;
  /** Tie weight, parallel to `neighbors`. */
  weights: Float64Array;
  /** Sector group of each position: an index into `sectorNames`. */
  sector: Int32Array;
  /**
   * The sector groups in report order: by code point (the same on every machine, unlike
   * localeCompare), organisations without a sector (null) last, as one group.
   */
  sectorNames: (string | null)[];
  /** Sum of the tie weights, ties in the order of their first link (Louvain's m). */
  totalWeight: number;
  /**
   * Where each organisation is and whether it takes part in an international alliance: what the
   * gaps (gaps.ts) read besides sectors. An analysis input always has them (input.ts); an
   * adjacency built from ties alone (csrFromTies) has none, and the gaps that need them are null.
   */
  groups?: OrganizationGroups;
}

/** Groups of each position, as indices into their names (in code point order, null last). */
export interface OrganizationGroups {
  worldRegion: Int32Array;
  worldRegionNames: (string | null)[];
  country: Int32Array;
  countryNames: (string | null)[];
  /** 1 where the organisation is an end of some link of scope `international`. */
  international: Uint8Array;
}

/** The arrays a path sweep reads: what worker threads receive. */
export type SweepCsr = Pick<Csr, 'offsets' | 'neighbors' | 'weights'>;

/** Number of organisations of an adjacency. */
export function orderOf(csr: SweepCsr): number {
  return csr.offsets.length - 1;
}

/**
 * Cheap shape check at the entry of each kernel, so that a wrong argument fails with the
 * kernel's name instead of reading past an array. Sectors are checked only where they are used:
 * sweep threads receive the adjacency without them.
 */
export function assertCsr(
  fn: string,
  csr: Csr | SweepCsr,
  needs: { sectors?: boolean } = {},
): number {
  const ok =
    csr !== null &&
    typeof csr === 'object' &&
    csr.offsets instanceof Int32Array &&
    csr.neighbors instanceof Int32Array &&
    csr.weights instanceof Float64Array &&
    csr.offsets.length >= 1 &&
    csr.neighbors.length === csr.offsets[csr.offsets.length - 1] &&
    csr.weights.length === csr.neighbors.length &&
    (!needs.sectors ||
      ('sector' in csr &&
        csr.sector instanceof Int32Array &&
        csr.sector.length === csr.offsets.length - 1 &&
        Array.isArray(csr.sectorNames) &&
        csr.sector.every((s) => s >= 0 && s < csr.sectorNames.length)));
  if (!ok) throw new Error(`${fn}: expects the adjacency of an analysis input (input.ts).`);
  return csr.offsets.length - 1;
}

/** Tie ends of a network by position, the way every builder hands them over. */
export interface Ties {
  n: number;
  /** Ends and weight of each tie, in tie order. */
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  /** Sector of each position (null: none). */
  sectors: readonly (string | null)[];
}

export function bySectorOrder(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * The adjacency of a list of ties: each tie's ends get each other, rows in tie order. A weight
 * that is not a positive number is refused: weighted measures read 1 / weight as a length.
 */
export function csrFromTies(fn: string, ties: Ties): Csr {
  const { n, sources, targets, weights } = ties;
  const m = sources.length;
  const offsets = new Int32Array(n + 1);
  for (let t = 0; t < m; t += 1) {
    const a = sources[t] as number;
    const b = targets[t] as number;
    if (!(a >= 0 && a < n && b >= 0 && b < n) || a === b) {
      throw new Error(`${fn}: tie ${t} joins positions ${a} and ${b} of ${n}.`);
    }
    const w = weights[t] as number;
    if (!(w > 0 && w < Infinity)) {
      throw new Error(`${fn}: tie ${t} has weight ${w}; expected a positive number.`);
    }
    offsets[a + 1] = (offsets[a + 1] as number) + 1;
    offsets[b + 1] = (offsets[b + 1] as number) + 1;
  }
  for (let i = 0; i < n; i += 1) {
    offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  }
  const fill = offsets.slice(0, n);
  const neighbors = new Int32Array(2 * m);
  const slotWeights = new Float64Array(2 * m);
  let totalWeight = 0;
  for (let t = 0; t < m; t += 1) {
    const a = sources[t] as number;
    const b = targets[t] as number;
    const w = weights[t] as number;
    totalWeight += w;
    let slot = fill[a] as number;
    fill[a] = slot + 1;
    neighbors[slot] = b;
    slotWeights[slot] = w;
    slot = fill[b] as number;
    fill[b] = slot + 1;
    neighbors[slot] = a;
    slotWeights[slot] = w;
  }
  const { names: sectorNames, index: sector } = groupIndex(ties.sectors);
  return { offsets, neighbors, weights: slotWeights, sector, sectorNames, totalWeight };
}

/** Values as indices into their distinct names, in code point order, null last. */
export function groupIndex(values: readonly (string | null)[]): {
  names: (string | null)[];
  index: Int32Array;
} {
  const names = [...new Set(values.map((v) => v ?? null))].sort(bySectorOrder);
  const position = new Map(names.map((name, i) => [name, i]));
  const index = new Int32Array(values.length);
  for (let i = 0; i < values.length; i += 1) index[i] = position.get(values[i] ?? null) as number;
  return { names, index };
}

/**
 * The adjacency with one more tie between `a` and `b` (weight `weight`, default 1), appended to
 * both rows; everything else, groups included, is the same. Refused when the two are the same
 * organisation or already tied.
 */
export function withAddedTie(csr: Csr, a: number, b: number, weight = 1): Csr {
  const n = assertCsr('withAddedTie', csr);
  if (!(Number.isInteger(a) && Number.isInteger(b) && a >= 0 && b >= 0 && a < n && b < n)) {
    throw new Error(`withAddedTie: positions ${a} and ${b} are not both in 0..${n - 1}.`);
  }
  if (a === b) throw new Error(`withAddedTie: a tie joins two organisations, got ${a} twice.`);
  if (!(weight > 0 && weight < Infinity)) {
    throw new Error(`withAddedTie: weight ${weight} is not a positive number.`);
  }
  const { offsets, neighbors, weights } = csr;
  for (let e = offsets[a] as number; e < (offsets[a + 1] as number); e += 1) {
    if (neighbors[e] === b) throw new Error(`withAddedTie: ${a} and ${b} are already tied.`);
  }
  const nextOffsets = new Int32Array(n + 1);
  const nextNeighbors = new Int32Array(neighbors.length + 2);
  const nextWeights = new Float64Array(neighbors.length + 2);
  let at = 0;
  for (let v = 0; v < n; v += 1) {
    nextOffsets[v] = at;
    const start = offsets[v] as number;
    const end = offsets[v + 1] as number;
    nextNeighbors.set(neighbors.subarray(start, end), at);
    nextWeights.set(weights.subarray(start, end), at);
    at += end - start;
    if (v === a || v === b) {
      nextNeighbors[at] = v === a ? b : a;
      nextWeights[at] = weight;
      at += 1;
    }
  }
  nextOffsets[n] = at;
  return {
    ...csr,
    offsets: nextOffsets,
    neighbors: nextNeighbors,
    weights: nextWeights,
    totalWeight: csr.totalWeight + weight,
  };
}
