/**
 * Gould–Fernandez brokerage for undirected ties (SPEC 3): for each organisation B, every open
 * two-path A–B–C (A and C not tied) counted by sector pattern.
 */
import type { Csr } from './csr';

export interface Brokerage {
  coordinator: Int32Array;
  consultant: Int32Array;
  representative: Int32Array;
  liaison: Int32Array;
}

export function brokerage(csr: Csr): Brokerage {
  const n = csr.nodes.length;
  const codes = new Map<string, number>();
  const sector = Int32Array.from(csr.sectors, (s) => {
    if (!codes.has(s)) codes.set(s, codes.size);
    return codes.get(s) as number;
  });
  const result: Brokerage = {
    coordinator: new Int32Array(n),
    consultant: new Int32Array(n),
    representative: new Int32Array(n),
    liaison: new Int32Array(n),
  };
  const marked = new Int32Array(n).fill(-1);
  for (let b = 0; b < n; b += 1) {
    const start = csr.offsets[b] as number;
    const end = csr.offsets[b + 1] as number;
    const sb = sector[b] as number;
    let coordinator = 0;
    let consultant = 0;
    let representative = 0;
    let liaison = 0;
    for (let i = start; i < end; i += 1) {
      const a = csr.neighbors[i] as number;
      for (let f = csr.offsets[a] as number; f < (csr.offsets[a + 1] as number); f += 1) {
        marked[csr.neighbors[f] as number] = a;
      }
      const sa = sector[a] as number;
      for (let j = i + 1; j < end; j += 1) {
        const c = csr.neighbors[j] as number;
        if (marked[c] === a) continue; // A and C are tied: not an open two-path
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
