import { describe, expect, it } from 'vitest';
import { brokerage } from '../../../src/core/metrics/brokerage';
import { sectorMixing } from '../../../src/core/metrics/sectorMixing';
import { suggestAlliances } from '../../../src/core/metrics/suggestions';
import { NETWORKS, reference, referenceInput } from './reference';

describe.each(NETWORKS)('sector measures on %s', (name) => {
  const ref = reference(name);
  const csr = referenceInput(ref);

  it('Gould–Fernandez brokerage counts, as counted from the definition', () => {
    const roles = brokerage(csr);
    ref.nodes.forEach((node, i) => {
      expect(
        {
          coordinator: roles.coordinator[i],
          consultant: roles.consultant[i],
          representative: roles.representative[i],
          liaison: roles.liaison[i],
        },
        node,
      ).toEqual(ref.brokerage[node]);
    });
  });

  it('E-I index per sector and overall', () => {
    const mixing = sectorMixing(csr);
    expect(mixing.sectors.length).toBe(ref.sector_rows.length);
    mixing.sectors.forEach((row, i) => {
      const want = ref.sector_rows[i]!;
      expect({ ...row, eiIndex: undefined }).toEqual({
        sector: want.sector,
        organizations: want.organizations,
        internal: want.internal,
        external: want.external,
        eiIndex: undefined,
      });
      if (want.ei_index === null) expect(row.eiIndex).toBeNull();
      else expect(Math.abs((row.eiIndex as number) - want.ei_index)).toBeLessThan(1e-12);
    });
    expect(Math.abs((mixing.eiIndex as number) - ref.ei_overall)).toBeLessThan(1e-12);
  });

  it('attribute_assortativity_coefficient(G, "sector")', () => {
    const { assortativity } = sectorMixing(csr);
    expect(Math.abs((assortativity as number) - ref.sector_assortativity)).toBeLessThan(1e-9);
  });

  it('mixing matrix: observed as networkx’s attribute_mixing_matrix, expected D_i·D_j / 2m', () => {
    const { mixing } = sectorMixing(csr);
    expect(mixing.sectors).toEqual(ref.mixing.sectors);
    expect(mixing.observed).toEqual(ref.mixing.observed);
    mixing.expected.forEach((row, i) =>
      row.forEach((value, j) =>
        expect(Math.abs(value - ref.mixing.expected[i]![j]!)).toBeLessThan(1e-12),
      ),
    );
  });

  it('suggestions: the best adamic_adar_index pairs, with shared partners and sector flag', () => {
    const all = suggestAlliances(csr, { limit: 10_000 });
    expect(all.length).toBe(ref.adamic_adar.length);
    const expected = new Map(
      ref.adamic_adar.map(([a, b, score, shared]) => [`${a}|${b}`, { score, shared }]),
    );
    all.forEach((s, i) => {
      const [a = '', b = ''] = [ref.nodes[s.source]!, ref.nodes[s.target]!].sort();
      const want = expected.get(`${a}|${b}`);
      expect(want, `${a}|${b}`).toBeDefined();
      expect(Math.abs(s.score - want!.score)).toBeLessThan(1e-12);
      // Best first: the i-th score is networkx's i-th best score.
      expect(Math.abs(s.score - ref.adamic_adar[i]![2])).toBeLessThan(1e-12);
      expect(s.sharedPartners.map((p) => ref.nodes[p]).sort()).toEqual(want!.shared);
      expect(s.crossSector).toBe(ref.sectors[a] !== ref.sectors[b]);
    });
    const top = suggestAlliances(csr, { limit: 3 });
    expect(top).toEqual(all.slice(0, 3));
  });
});
