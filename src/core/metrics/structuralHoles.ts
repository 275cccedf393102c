/**
 * Burt's structural holes, equal to networkx `constraint` and `effective_size` (unweighted, or
 * with tie weights). With p_ij the share of i's tie weight that goes to j, and m_jq = w_jq over
 * j's strongest tie:
 *   constraint(i)     = Σ_j (p_ij + Σ_q p_iq · p_qj)²         over partners j, q of i
 *   effective_size(i) = Σ_j (1 − Σ_q p_iq · m_jq)
 * NaN for an organisation without ties, where networkx gives nan (the report shows null).
 */
import { assertCsr, type Csr } from './csr';
import { withDefaults } from './options';

export interface StructuralHolesOptions {
  weighted?: boolean;
}

export interface StructuralHoles {
  constraint: Float64Array;
  effectiveSize: Float64Array;
}

const DEFAULTS = { weighted: false };

export function structuralHoles(csr: Csr, options: StructuralHolesOptions = {}): StructuralHoles {
  const n = assertCsr('structuralHoles', csr);
  const { weighted } = withDefaults('structuralHoles', DEFAULTS, options);
  const { offsets, neighbors, weights } = csr;
  const strength = new Float64Array(n);
  const strongest = new Float64Array(n);
  for (let v = 0; v < n; v += 1) {
    const end = offsets[v + 1] as number;
    for (let e = offsets[v] as number; e < end; e += 1) {
      const w = weighted ? (weights[e] as number) : 1;
      strength[v] = (strength[v] as number) + w;
      if (w > (strongest[v] as number)) strongest[v] = w;
    }
  }
  // Weight of the tie from the current organisation to each partner (0: no tie).
  const tieTo = new Float64Array(n);
  const constraint = new Float64Array(n).fill(NaN);
  const effectiveSize = new Float64Array(n).fill(NaN);
  for (let v = 0; v < n; v += 1) {
    const start = offsets[v] as number;
    const end = offsets[v + 1] as number;
    if (start === end) continue;
    for (let e = start; e < end; e += 1) {
      tieTo[neighbors[e] as number] = weighted ? (weights[e] as number) : 1;
    }
    const sv = strength[v] as number;
    let constraintSum = 0;
    let effective = 0;
    for (let e = start; e < end; e += 1) {
      const j = neighbors[e] as number;
      let indirect = 0; // Σ_q p_vq · p_qj
      let redundancy = 0; // Σ_q p_vq · m_jq
      const jEnd = offsets[j + 1] as number;
      for (let f = offsets[j] as number; f < jEnd; f += 1) {
        const q = neighbors[f] as number;
        const vq = tieTo[q] as number;
        if (vq === 0) continue;
        const jq = weighted ? (weights[f] as number) : 1;
        indirect += (vq / sv) * (jq / (strength[q] as number));
        redundancy += (vq / sv) * (jq / (strongest[j] as number));
      }
      constraintSum += ((tieTo[j] as number) / sv + indirect) ** 2;
      effective += 1 - redundancy;
    }
    for (let e = start; e < end; e += 1) tieTo[neighbors[e] as number] = 0;
    constraint[v] = constraintSum;
    effectiveSize[v] = effective;
  }
  return { constraint, effectiveSize };
}
