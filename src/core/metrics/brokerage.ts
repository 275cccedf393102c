/**
 * Gould–Fernandez brokerage for undirected ties (README, the metric definitions): for each organisation B, every open
 * two-path A–B–C (A and C not tied) counted by sector pattern — coordinator (A, B, C of one
 * sector), consultant (A and C share a sector other than B's), representative (exactly one of
 * A, C shares B's sector), liaison (three different sectors). Organisations without a sector
 * count as one group of their own.
 */
import { assertCsr, type Csr } from './csr';

export interface Brokerage {
  coordinator: Int32Array;
  consultant: Int32Array;
  representative: Int32Array;
  liaison: Int32Array;
}

export function brokerage(csr: Csr): Brokerage {
  const n = assertCsr('brokerage', csr, { sectors: true });
  const { offsets, neighbors } = csr;
  const { sector } = csr;
  const result: Brokerage = {
    coordinator: new Int32Array(n),
    consultant: new Int32Array(n),
    representative: new Int32Array(n),
    liaison: new Int32Array(n),
  };
  // tiedTo[x] === a: x is a partner of a (reset for free by moving to the next a).
  const tiedTo = new Int32Array(n).fill(-1);
  for (let b = 0; b < n; b += 1) {
    const start = offsets[b] as number;
    const end = offsets[b + 1] as number;
    const sb = sector[b] as number;
    let coordinator = 0;
    let consultant = 0;
    let representative = 0;
    let liaison = 0;
    for (let i = start; i < end; i += 1) {
      const a = neighbors[i] as number;
      const aEnd = offsets[a + 1] as number;
      for (let f = offsets[a] as number; f < aEnd; f += 1) tiedTo[neighbors[f] as number] = a;
      const sa = sector[a] as number;
      for (let j = i + 1; j < end; j += 1) {
        const c = neighbors[j] as number;
        if (tiedTo[c] === a) continue; // A and C are tied: a closed triangle, no brokerage
        const sc = sector[c] as number;
        if (sa === sb && sc === sb) coordinator += 1;
        else if (sa === sc) consultant += 1;
        else if (sa === sb || sc === sb) representative += 1;
        else liaison += 1;
      }
    }
    result.coordinator[b] = coordinator;
    result.consultant[b] = consultant;
    result.representative[b] = representative;
    result.liaison[b] = liaison;
  }
  return result;
}
