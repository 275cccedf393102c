/**
 * Gaps of a network (README, the metrics): where alliances are missing. Pairs of sectors with
 * fewer ties than the mixing matrix expects, world regions and countries tied to no other,
 * sectors outside every international alliance, organisations that never leave their sector,
 * organisations without ties and the components apart from the largest. Organisations without a
 * sector are left out of the sector gaps (no sector is not a sector), and of
 * `organizationsWithoutExternalTie`; organisations of unknown world region or country are left
 * out of the region and country gaps, and a tie to one of them is no tie to another region.
 */
import type { Csr, OrganizationGroups } from './csr';
import type { SectorMixing } from './sectorMixing';
import type { Components } from './structure';

export interface SectorPairGap {
  /** Sector indices (into `sectorNames`), the lower first. */
  sectors: [number, number];
  observed: number;
  /** D_a·D_b / 2m, as in the mixing matrix. */
  expected: number;
  /** observed / expected; null when expected is 0 (a sector without ties). */
  ratio: number | null;
}

export interface IsolatedGroup {
  kind: 'world_region' | 'country';
  name: string;
  organizations: number;
  /** Ties between two organisations of the group. */
  tiesWithin: number;
}

export interface GapValues {
  /** Every pair of distinct sectors, the most under-connected first (`bySectorGap`). */
  sectorPairs: SectorPairGap[];
  /** World regions, then countries, in name order; null without groups (csr.ts). */
  isolatedRegions: IsolatedGroup[] | null;
  /** Sector names in report order; null without groups. */
  sectorsWithoutInternational: string[] | null;
  /** Positions, in order. */
  organizationsWithoutExternalTie: number[];
  isolatedOrganizations: number[];
  /** Components of two organisations or more other than the largest: positions, largest first. */
  smallComponents: number[][];
}

/**
 * Zero-tie pairs first (those with something expected before those with nothing expected, the
 * most expected first), then by ratio ascending, then by expected descending, then sector order.
 */
export function bySectorGap(a: SectorPairGap, b: SectorPairGap): number {
  const zeroA = a.observed === 0 ? 0 : 1;
  const zeroB = b.observed === 0 ? 0 : 1;
  if (zeroA !== zeroB) return zeroA - zeroB;
  if (a.ratio === null || b.ratio === null) {
    if (a.ratio !== b.ratio) return a.ratio === null ? 1 : -1;
  } else if (a.ratio !== b.ratio) return a.ratio - b.ratio;
  return b.expected - a.expected || a.sectors[0] - b.sectors[0] || a.sectors[1] - b.sectors[1];
}

/** observed / expected of one cell of the mixing matrix (the diagonal for one sector). */
export function mixingRatio(mixing: SectorMixing['mixing'], a: number, b: number): number | null {
  const expected = mixing.expected[a]?.[b] ?? 0;
  return expected === 0 ? null : (mixing.observed[a]?.[b] ?? 0) / expected;
}

function sectorPairs(csr: Csr, mixing: SectorMixing['mixing']): SectorPairGap[] {
  const pairs: SectorPairGap[] = [];
  const k = csr.sectorNames.length;
  for (let a = 0; a < k; a += 1) {
    if (csr.sectorNames[a] === null) continue;
    for (let b = a + 1; b < k; b += 1) {
      if (csr.sectorNames[b] === null) continue;
      pairs.push({
        sectors: [a, b],
        observed: mixing.observed[a]?.[b] ?? 0,
        expected: mixing.expected[a]?.[b] ?? 0,
        ratio: mixingRatio(mixing, a, b),
      });
    }
  }
  return pairs.sort(bySectorGap);
}

function isolatedOf(
  csr: Csr,
  kind: IsolatedGroup['kind'],
  group: Int32Array,
  names: (string | null)[],
): IsolatedGroup[] {
  const n = csr.offsets.length - 1;
  const members = new Int32Array(names.length);
  const within = new Int32Array(names.length);
  const across = new Int32Array(names.length);
  for (let v = 0; v < n; v += 1) {
    const g = group[v] as number;
    if (names[g] === null) continue;
    members[g] = (members[g] as number) + 1;
    for (let e = csr.offsets[v] as number; e < (csr.offsets[v + 1] as number); e += 1) {
      const w = csr.neighbors[e] as number;
      const h = group[w] as number;
      if (h === g) {
        if (w > v) within[g] = (within[g] as number) + 1;
      } else if (names[h] !== null) across[g] = (across[g] as number) + 1;
    }
  }
  const out: IsolatedGroup[] = [];
  names.forEach((name, g) => {
    if (name === null || members[g] === 0 || across[g] !== 0) return;
    out.push({ kind, name, organizations: members[g] as number, tiesWithin: within[g] as number });
  });
  return out;
}

function withoutInternational(csr: Csr, groups: OrganizationGroups): string[] {
  const reaches = new Uint8Array(csr.sectorNames.length);
  groups.international.forEach((flag, v) => {
    if (flag === 1) reaches[csr.sector[v] as number] = 1;
  });
  return csr.sectorNames.filter((name, s): name is string => name !== null && reaches[s] === 0);
}

export function findGaps(csr: Csr, mixing: SectorMixing, components: Components): GapValues {
  const n = csr.offsets.length - 1;
  const { offsets, neighbors, sector, sectorNames } = csr;
  const withoutExternal: number[] = [];
  const isolated: number[] = [];
  for (let v = 0; v < n; v += 1) {
    const start = offsets[v] as number;
    const end = offsets[v + 1] as number;
    if (start === end) {
      isolated.push(v);
      continue;
    }
    if (sectorNames[sector[v] as number] === null) continue;
    let external = false;
    for (let e = start; e < end && !external; e += 1) {
      external = sector[neighbors[e] as number] !== sector[v];
    }
    if (!external) withoutExternal.push(v);
  }
  const members = new Map<number, number[]>();
  for (let v = 0; v < n; v += 1) {
    const c = components.label[v] as number;
    if (c === components.largestIndex || (components.sizes[c] as number) < 2) continue;
    let list = members.get(c);
    if (!list) members.set(c, (list = []));
    list.push(v);
  }
  const smallComponents = [...members.values()].sort(
    (a, b) => b.length - a.length || (a[0] as number) - (b[0] as number),
  );
  const { groups } = csr;
  return {
    sectorPairs: sectorPairs(csr, mixing.mixing),
    isolatedRegions: groups
      ? [
          ...isolatedOf(csr, 'world_region', groups.worldRegion, groups.worldRegionNames),
          ...isolatedOf(csr, 'country', groups.country, groups.countryNames),
        ]
      : null,
    sectorsWithoutInternational: groups ? withoutInternational(csr, groups) : null,
    organizationsWithoutExternalTie: withoutExternal,
    isolatedOrganizations: isolated,
    smallComponents,
  };
}
