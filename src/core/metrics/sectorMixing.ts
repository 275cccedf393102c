/**
 * How sectors mix (README, the metric definitions): the Krackhardt–Stern E-I index per sector and overall, networkx
 * `attribute_assortativity_coefficient(G, "sector")`, and the mixing matrix with the counts
 * expected if ties formed regardless of sector, each sector's total degree kept. Organisations
 * without a sector form one group, reported as sector null, last. When no organisation has a
 * sector there is no index to give: every tie would count as within that one group (−1).
 */
import { assertCsr, type Csr } from './csr';

export interface SectorRow {
  sector: string | null;
  organizations: number;
  /** Ties between two organisations of this sector. */
  internal: number;
  /** Ties from this sector to another. */
  external: number;
  /** (external − internal) / (external + internal); null without ties or without any sector. */
  eiIndex: number | null;
}

export interface SectorMixing {
  sectors: SectorRow[];
  /** Over all ties: (across sectors − within) / ties; null without ties or without any sector. */
  eiIndex: number | null;
  /** Null without ties or when every tie end is in one sector (networkx: division by zero). */
  assortativity: number | null;
  mixing: { sectors: (string | null)[]; observed: number[][]; expected: number[][] };
}

function ei(external: number, internal: number): number | null {
  return external + internal === 0 ? null : (external - internal) / (external + internal);
}

export function sectorMixing(csr: Csr): SectorMixing {
  const n = assertCsr('sectorMixing', csr, { sectors: true });
  const { sectorNames: names, sector: group } = csr;
  const k = names.length;
  // observed[i][j]: ties between sectors i and j, each tie once (symmetric off the diagonal).
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const members = new Array<number>(k).fill(0);
  const degree = new Array<number>(k).fill(0);
  let ties = 0;
  for (let v = 0; v < n; v += 1) {
    const a = group[v] as number;
    members[a] = (members[a] as number) + 1;
    const end = csr.offsets[v + 1] as number;
    for (let e = csr.offsets[v] as number; e < end; e += 1) {
      const w = csr.neighbors[e] as number;
      degree[a] = (degree[a] as number) + 1;
      if (w < v) continue; // count each tie from its lower end only
      const b = group[w] as number;
      ties += 1;
      const rowA = observed[a] as number[];
      rowA[b] = (rowA[b] as number) + 1;
      if (a !== b) {
        const rowB = observed[b] as number[];
        rowB[a] = (rowB[a] as number) + 1;
      }
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
  const anySector = names.some((name) => name !== null);
  const sectors = names.map((name, i): SectorRow => {
    const row = observed[i] as number[];
    const internal = row[i] as number;
    internalAll += internal;
    const external = row.reduce((sum, value, j) => (j === i ? sum : sum + value), 0);
    return {
      sector: name,
      organizations: members[i] as number,
      internal,
      external,
      eiIndex: anySector ? ei(external, internal) : null,
    };
  });
  return {
    sectors,
    eiIndex: anySector ? ei(ties - internalAll, internalAll) : null,
    assortativity: assortativity(observed, ties),
    mixing: { sectors: [...names], observed, expected },
  };
}

/**
 * networkx's attribute_ac: with M the mixing matrix over tie ends (each tie counted in both
 * directions) normalised to sum 1, r = (trace M − Σ_i a_i²) / (1 − Σ_i a_i²), a = row sums of M.
 */
function assortativity(observed: number[][], ties: number): number | null {
  if (ties === 0) return null;
  let trace = 0;
  let squares = 0;
  observed.forEach((row, i) => {
    // Tie ends: a tie inside sector i puts two ends in M[i][i], a tie across one end each way.
    const ends = row.reduce((sum, value, j) => sum + (i === j ? 2 * value : value), 0);
    const a = ends / (2 * ties);
    trace += (2 * (row[i] as number)) / (2 * ties);
    squares += a * a;
  });
  return squares === 1 ? null : (trace - squares) / (1 - squares);
}
