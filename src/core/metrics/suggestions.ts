/**
 * Suggested alliances: untied pairs at distance 2 ranked by networkx `adamic_adar_index`
 * (Σ 1 / log(degree) over the shared partners), with the shared partners and whether the two
 * are of different sectors. One list for the whole network, not per organisation: the `limit`
 * best pairs (default 100), best first; equal scores in node order.
 */
import { assertCsr, type Csr } from './csr';
import { withDefaults } from './options';

export interface Suggestion {
  source: number;
  target: number;
  score: number;
  /** Node positions of the partners both have, in the source's order of partners. */
  sharedPartners: number[];
  crossSector: boolean;
}

export interface SuggestionOptions {
  limit?: number;
}

const DEFAULTS = { limit: 100 };

interface Pair {
  source: number;
  target: number;
  score: number;
}

function byScore(a: Pair, b: Pair): number {
  return b.score - a.score || a.source - b.source || a.target - b.target;
}

export function suggestAlliances(csr: Csr, options: SuggestionOptions = {}): Suggestion[] {
  const n = assertCsr('suggestAlliances', csr, { sectors: true });
  const { limit } = withDefaults('suggestAlliances', DEFAULTS, options);
  if (!(Number.isInteger(limit) && limit >= 0)) {
    throw new Error(`suggestAlliances: limit must be a whole number, got ${limit}.`);
  }
  const { offsets, neighbors } = csr;
  const score = new Float64Array(n);
  const touched = new Int32Array(n);
  const tiedTo = new Int32Array(n).fill(-1);
  let kept: Pair[] = [];
  let floor = -Infinity; // worst score kept once the list has been cut to `limit`
  for (let u = 0; u < n; u += 1) {
    const uEnd = offsets[u + 1] as number;
    for (let e = offsets[u] as number; e < uEnd; e += 1) tiedTo[neighbors[e] as number] = u;
    let count = 0;
    for (let e = offsets[u] as number; e < uEnd; e += 1) {
      const w = neighbors[e] as number;
      const wEnd = offsets[w + 1] as number;
      // A shared partner has at least the two of them as partners, so log(degree) > 0.
      const gain = 1 / Math.log(wEnd - (offsets[w] as number));
      for (let f = offsets[w] as number; f < wEnd; f += 1) {
        const v = neighbors[f] as number;
        if (v <= u || tiedTo[v] === u) continue; // each pair once, untied pairs only
        if (score[v] === 0) touched[count++] = v;
        score[v] = (score[v] as number) + gain;
      }
    }
    for (let i = 0; i < count; i += 1) {
      const v = touched[i] as number;
      const s = score[v] as number;
      score[v] = 0;
      if (s < floor) continue;
      kept.push({ source: u, target: v, score: s });
      if (kept.length > 2 * limit + 64) {
        kept.sort(byScore);
        kept = kept.slice(0, limit);
        floor = kept[limit - 1]?.score ?? -Infinity;
      }
    }
  }
  kept.sort(byScore);
  return kept.slice(0, limit).map((pair, i) => ({
    ...pair,
    sharedPartners: sharedPartners(csr, pair, tiedTo, -2 - i),
    crossSector: csr.sector[pair.source] !== csr.sector[pair.target],
  }));
}

/** `marker` differs for each pair and is never a node position: the marks need no reset. */
function sharedPartners(csr: Csr, pair: Pair, mark: Int32Array, marker: number): number[] {
  const { source: a, target: b } = pair;
  for (let e = csr.offsets[b] as number; e < (csr.offsets[b + 1] as number); e += 1) {
    mark[csr.neighbors[e] as number] = marker;
  }
  const shared: number[] = [];
  for (let e = csr.offsets[a] as number; e < (csr.offsets[a + 1] as number); e += 1) {
    const w = csr.neighbors[e] as number;
    if (mark[w] === marker) shared.push(w);
  }
  return shared;
}
