/**
 * k-core number of each organisation, equal to networkx `core_number(G)`: the largest k such that
 * the organisation belongs to the k-core, the largest group in which everyone has at least k
 * partners within the group. Batagelj and Zaversnik's bucket algorithm, O(n + m): organisations
 * are peeled in increasing order of their remaining degree. Weights play no part, as in networkx.
 */
import { assertCsr, type Csr } from './csr';

export function coreNumber(csr: Csr): Int32Array {
  const n = assertCsr('coreNumber', csr);
  const { offsets, neighbors } = csr;
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v += 1) {
    degree[v] = (offsets[v + 1] as number) - (offsets[v] as number);
    if ((degree[v] as number) > maxDegree) maxDegree = degree[v] as number;
  }
  // Organisations sorted by degree (counting sort), with where each degree starts.
  const start = new Int32Array(maxDegree + 2);
  for (let v = 0; v < n; v += 1) start[(degree[v] as number) + 1]! += 1;
  for (let d = 0; d <= maxDegree; d += 1) start[d + 1]! += start[d] as number;
  const order = new Int32Array(n);
  const position = new Int32Array(n);
  const fill = start.slice();
  for (let v = 0; v < n; v += 1) {
    const at = fill[degree[v] as number]!++;
    order[at] = v;
    position[v] = at;
  }
  for (let i = 0; i < n; i += 1) {
    const v = order[i] as number;
    const dv = degree[v] as number;
    for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e += 1) {
      const u = neighbors[e] as number;
      const du = degree[u] as number;
      if (du <= dv) continue;
      // Move u to the front of its degree's run, then shrink its degree by one.
      const first = start[du] as number;
      const w = order[first] as number;
      if (w !== u) {
        const pu = position[u] as number;
        order[first] = u;
        position[u] = first;
        order[pu] = w;
        position[w] = pu;
      }
      start[du] = first + 1;
      degree[u] = du - 1;
    }
  }
  return degree;
}
