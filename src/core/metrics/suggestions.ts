/**
 * Suggested alliances: untied pairs at distance 2 ranked by networkx `adamic_adar_index`
 * (Σ 1 / log degree over shared partners), with the shared partners and whether the two are of
 * different sectors. Only the best `limit` pairs are kept (default 100), best first.
 */
import type { Csr } from './csr';

export interface Suggestion {
  source: number;
  target: number;
  score: number;
  sharedPartners: number[];
  crossSector: boolean;
}

const DEFAULTS = { limit: 100 };

export function suggestAlliances(csr: Csr, options: { limit?: number } = {}): Suggestion[] {
  const { limit } = { ...DEFAULTS, ...options };
  if (!(Number.isInteger(limit) && limit >= 0)) {
    throw new Error(`suggestAlliances: limit must be a whole number, got ${limit}.`);
  }
  const n = csr.nodes.length;
  const { offsets, neighbors } = csr;
  const score = new Float64Array(n);
  const touched = new Int32Array(n);
  const tied = new Int32Array(n).fill(-1);
  const kept: { source: number; target: number; score: number }[] = [];
  let floor = -Infinity; // worst score kept once the list is full
  for (let u = 0; u < n; u += 1) {
    for (let e = offsets[u] as number; e < (offsets[u + 1] as number); e += 1)
      tied[neighbors[e] as number] = u;
    let count = 0;
    for (let e = offsets[u] as number; e < (offsets[u + 1] as number); e += 1) {
      const w = neighbors[e] as number;
      const dw = (offsets[w + 1] as number) - (offsets[w] as number);
      const gain = 1 / Math.log(dw);
      for (let f = offsets[w] as number; f < (offsets[w + 1] as number); f += 1) {
        const v = neighbors[f] as number;
        if (v <= u || tied[v] === u) continue;
        if (score[v] === 0) touched[count++] = v;
        score[v] = (score[v] as number) + gain;
      }
    }
    for (let i = 0; i < count; i += 1) {
      const v = touched[i] as number;
      const s = score[v] as number;
      score[v] = 0;
      if (kept.length >= limit && s <= floor) continue;
      kept.push({ source: u, target: v, score: s });
      if (kept.length > 2 * limit) {
        kept.sort(byScore);
        kept.length = limit;
        floor = kept[limit - 1]?.score ?? -Infinity;
      }
    }
  }
  kept.sort(byScore);
  kept.length = Math.min(kept.length, limit);
  return kept.map((pair) => ({
    ...pair,
    sharedPartners: sharedPartners(csr, pair.source, pair.target),
    crossSector: csr.sectors[pair.source] !== csr.sectors[pair.target],
  }));
}

function byScore(a: { score: number; source: number; target: number }, b: typeof a): number {
  return b.score - a.score || a.source - b.source || a.target - b.target;
}

function sharedPartners(csr: Csr, a: number, b: number): number[] {
  const ofA = new Set<number>();
  for (let e = csr.offsets[a] as number; e < (csr.offsets[a + 1] as number); e += 1)
    ofA.add(csr.neighbors[e] as number);
  const shared: number[] = [];
  for (let e = csr.offsets[b] as number; e < (csr.offsets[b + 1] as number); e += 1) {
    const w = csr.neighbors[e] as number;
    if (ofA.has(w)) shared.push(w);
  }
  return shared;
}
