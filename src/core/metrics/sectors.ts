/**
 * How sectors mix: Krackhardt–Stern E-I index per sector and overall, networkx
 * `attribute_assortativity_coefficient(G, "sector")`, and the mixing matrix with the counts
 * expected if ties formed regardless of sector (SPEC 3). Organisations without a sector form
 * one group, reported as null.
 */
import type { Csr } from './csr';

export interface SectorRow {
  sector: string | null;
  organizations: number;
  internal: number;
  external: number;
  eiIndex: number | null;
}

export interface SectorMixing {
  sectors: SectorRow[];
  eiIndex: number | null;
  assortativity: number | null;
  mixing: { sectors: (string | null)[]; observed: number[][]; expected: number[][] };
}

function ei(external: number, internal: number): number | null {
  return external + internal === 0 ? null : (external - internal) / (external + internal);
}

export function sectorMixing(csr: Csr): SectorMixing {
  const n = csr.nodes.length;
  const names = [...new Set(csr.sectors)].sort((a, b) =>
    a === '' ? 1 : b === '' ? -1 : a.localeCompare(b),
  );
  const index = new Map(names.map((name, i) => [name, i]));
  const k = names.length;
  const group = Int32Array.from(csr.sectors, (s) => index.get(s) as number);
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const members = new Array<number>(k).fill(0);
  const degree = new Array<number>(k).fill(0);
  let ties = 0;
  for (let v = 0; v < n; v += 1) {
    const a = group[v] as number;
    members[a] = (members[a] as number) + 1;
    for (let e = csr.offsets[v] as number; e < (csr.offsets[v + 1] as number); e += 1) {
      const w = csr.neighbors[e] as number;
      const b = group[w] as number;
      degree[a] = (degree[a] as number) + 1;
      if (w < v) continue; // each tie once
      ties += 1;
      (observed[a] as number[])[b] = ((observed[a] as number[])[b] as number) + 1;
      if (a !== b) (observed[b] as number[])[a] = ((observed[b] as number[])[a] as number) + 1;
    }
  }
  const expected = observed.map((row, i) =>
    row.map((_, j) => {
      if (ties === 0) return 0;
      const di = degree[i] as number;
      const dj = degree[j] as number;
      return i === j ? (di * di) / (4 * ties) : (di * dj) / (2 * ties);
    }),
  );
  let internalAll = 0;
  const sectors = names.map((name, i) => {
    const row = observed[i] as number[];
    const internal = row[i] as number;
    internalAll += internal;
    const external = row.reduce((sum, value, j) => (j === i ? sum : sum + value), 0);
    return {
      sector: name === '' ? null : name,
      organizations: members[i] as number,
      internal,
      external,
      eiIndex: ei(external, internal),
    };
  });
  return {
    sectors,
    eiIndex: ei(ties - internalAll, internalAll),
    assortativity: assortativity(observed, ties),
    mixing: { sectors: names.map((s) => (s === '' ? null : s)), observed, expected },
  };
}

/** networkx: with M the symmetric mixing matrix normalised to 1, r = (tr M − ΣM²) / (1 − ΣM²). */
function assortativity(observed: number[][], ties: number): number | null {
  if (ties === 0) return null;
  const k = observed.length;
  let trace = 0;
  let squares = 0;
  for (let i = 0; i < k; i += 1) {
    let rowSum = 0;
    for (let j = 0; j < k; j += 1) {
      // Each tie counts in both directions: diagonal entries twice, off-diagonal once per side.
      const cell =
        i === j
          ? 2 * ((observed[i] as number[])[j] as number)
          : ((observed[i] as number[])[j] as number);
      rowSum += cell / (2 * ties);
    }
    trace += (2 * ((observed[i] as number[])[i] as number)) / (2 * ties);
    squares += rowSum * rowSum;
  }
  return squares === 1 ? null : (trace - squares) / (1 - squares);
}
