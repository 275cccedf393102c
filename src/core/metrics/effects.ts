/**
 * What one alliance would change (README, the metrics): the network's measures with the tie
 * source–target added (weight 1), next to their values without it. Everything is computed by the
 * metric code itself, on the adjacency with the tie (`withAddedTie`): the mixing matrix and E-I
 * index (sectorMixing.ts), components (structure.ts), betweenness (the path sweep and
 * pathMeasures.ts, normalized as the suite's) and the distance between the two sectors (the same
 * sweep, from the organisations of the smaller sector). One call handles one tie, so that the app
 * can run it in a worker for the suggestion a user picks; the sweep sums of the network without
 * the tie (`before`, which the suite computed) or with it (`after`, from threads) may be handed
 * over instead of being swept again on this thread.
 */
import { assertCsr, withAddedTie, type Csr } from './csr';
import { bySectorGap, mixingRatio } from './gaps';
import { withDefaults } from './options';
import { finishPathMeasures } from './pathMeasures';
import { sweepSourceList, sweepSources, type PathPartials } from './paths';
import { sectorMixing, type SectorMixing } from './sectorMixing';
import { components } from './structure';
import type { Suggestion } from './suggestions';

export interface Change<T = number | null> {
  before: T;
  after: T;
}

export interface AllianceEffects {
  source: number;
  target: number;
  /** The two organisations' sector indices (into `sectorNames`), the source's first. */
  sectors: [number, number];
  /** observed / expected ties of the two sectors' cell of the mixing matrix (diagonal if one sector). */
  pairRatio: Change;
  /** E-I index of each of the two sectors (one entry when they are the same). */
  ei: ({ sector: number } & Change)[];
  /** True when the two were in different components (the tie joins two into one). */
  componentsJoined: boolean;
  /** Normalized betweenness (networkx `betweenness_centrality(G, normalized=True)`). */
  betweenness: { source: Change<number>; target: Change<number> };
  /** `sectorDistance` of the two sectors. */
  sectorDistance: Change;
}

export interface EffectOptions {
  /** Distance = 1 / weight, as the suite's `weighted`; the added tie has weight 1. */
  weighted?: boolean;
  /** Sweep sums of the whole network without the tie (all sources), if already computed. */
  before?: PathPartials;
  /** Sweep sums of the whole network with the tie, if already computed (threads). */
  after?: PathPartials;
}

const DEFAULTS = { weighted: false };

/**
 * Mean shortest-path distance between an organisation of sector `a` and one of sector `b`, over
 * the pairs that are connected (u of a, v of b, u ≠ v; each unordered pair once when a = b);
 * null when no such pair is connected. Distance counts ties, or 1 / weight when weighted.
 */
export function sectorDistance(
  csr: Csr,
  a: number,
  b: number,
  options: { weighted?: boolean } = {},
): number | null {
  const n = assertCsr('sectorDistance', csr, { sectors: true });
  const { weighted } = withDefaults('sectorDistance', DEFAULTS, options);
  const { sector } = csr;
  let sizeA = 0;
  let sizeB = 0;
  for (let v = 0; v < n; v += 1) {
    if (sector[v] === a) sizeA += 1;
    if (sector[v] === b) sizeB += 1;
  }
  // From the smaller sector: every pair is seen from its end in that sector (from both when a = b).
  const [from, to] = sizeA <= sizeB ? [a, b] : [b, a];
  const sources = new Int32Array(Math.min(sizeA, sizeB));
  let count = 0;
  for (let v = 0; v < n; v += 1) if (sector[v] === from) sources[count++] = v;
  let total = 0;
  let pairs = 0;
  sweepSourceList(csr, sources, {
    weighted,
    visit: (_source, order, reached, distance) => {
      for (let i = 1; i < reached; i += 1) {
        const v = order[i] as number;
        if (sector[v] === to) {
          total += distance[v] as number;
          pairs += 1;
        }
      }
    },
  });
  return pairs === 0 ? null : total / pairs;
}

/** The effects of adding the tie `source`–`target` (two untied organisations) to `csr`. */
export function allianceEffects(
  csr: Csr,
  tie: { source: number; target: number },
  options: EffectOptions = {},
): AllianceEffects {
  const n = assertCsr('allianceEffects', csr, { sectors: true });
  const { weighted, before, after } = withDefaults('allianceEffects', DEFAULTS, options);
  const { source, target } = tie;
  const added = withAddedTie(csr, source, target);
  for (const [name, partials] of [
    ['before', before],
    ['after', after],
  ] as const) {
    if (partials !== undefined && partials.dependency?.length !== n) {
      throw new Error(`allianceEffects: \`${name}\` must be the sweep of these ${n} nodes.`);
    }
  }
  const sweptBefore = before ?? sweepSources(csr, 0, n, { weighted });
  const sweptAfter = after ?? sweepSources(added, 0, n, { weighted });
  const a = csr.sector[source] as number;
  const b = csr.sector[target] as number;
  const mixingBefore = sectorMixing(csr);
  const mixingAfter = sectorMixing(added);
  const componentsBefore = components(csr);
  const { label } = componentsBefore;
  const betweennessBefore = finishPathMeasures(csr, sweptBefore, componentsBefore).betweenness;
  const betweennessAfter = finishPathMeasures(added, sweptAfter, components(added)).betweenness;
  return {
    source,
    target,
    sectors: [a, b],
    pairRatio: {
      before: mixingRatio(mixingBefore.mixing, a, b),
      after: mixingRatio(mixingAfter.mixing, a, b),
    },
    ei: (a === b ? [a] : [a, b]).map((s) => ({
      sector: s,
      before: mixingBefore.sectors[s]?.eiIndex ?? null,
      after: mixingAfter.sectors[s]?.eiIndex ?? null,
    })),
    componentsJoined: label[source] !== label[target],
    betweenness: {
      source: {
        before: betweennessBefore[source] as number,
        after: betweennessAfter[source] as number,
      },
      target: {
        before: betweennessBefore[target] as number,
        after: betweennessAfter[target] as number,
      },
    },
    sectorDistance: {
      before: sectorDistance(csr, a, b, { weighted }),
      after: sectorDistance(added, a, b, { weighted }),
    },
  };
}

export interface GapSuggestion {
  /** Index into the suggestions given. */
  index: number;
  /** observed / expected ties of the two organisations' sector pair; null if none expected. */
  pairRatio: number | null;
}

/**
 * The "close sector gaps" order: cross-sector suggestions only, those whose sector pair is the
 * most under-connected first (the order of `gaps.sector_pairs`: zero-tie pairs first, then by
 * observed / expected ascending), then by score (the suggestions' own order). `sector` gives
 * each position's index into the mixing matrix's sectors.
 */
export function suggestionsForGaps(
  mixing: SectorMixing['mixing'],
  sector: ArrayLike<number>,
  suggestions: readonly Pick<Suggestion, 'source' | 'target'>[],
): GapSuggestion[] {
  const rows = suggestions
    .map((s, index) => {
      const x = sector[s.source] as number;
      const y = sector[s.target] as number;
      const [lo, hi] = x < y ? [x, y] : [y, x];
      return {
        index,
        pair: {
          sectors: [lo, hi] as [number, number],
          observed: mixing.observed[lo]?.[hi] ?? 0,
          expected: mixing.expected[lo]?.[hi] ?? 0,
          ratio: mixingRatio(mixing, lo, hi),
        },
      };
    })
    .filter((row) => row.pair.sectors[0] !== row.pair.sectors[1]);
  rows.sort((p, q) => bySectorGap(p.pair, q.pair) || p.index - q.index);
  return rows.map((row) => ({ index: row.index, pairRatio: row.pair.ratio }));
}
