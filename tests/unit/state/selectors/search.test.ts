/**
 * Search by any name an organisation is known by: the acronyms of the illustrative network's
 * international bodies in the three languages find them first, word starts come before
 * substrings, and what was typed is folded (case, accents) as the names are.
 */
import { describe, expect, it } from 'vitest';
import { searchOrganizations } from '../../../../src/state/selectors/search';
import { illustrative } from '../../explore/illustrative';

const first = (query: string) => searchOrganizations(illustrative(), query)[0];

describe('search', () => {
  it('finds the international bodies by their acronyms in English, Spanish and French', () => {
    for (const [query, id] of [
      ['ILO', 'int-ilo'],
      ['OIT', 'int-ilo'],
      ['bit', 'int-ilo'],
      ['OECD', 'int-oecd'],
      ['OCDE', 'int-oecd'],
      ['ICA', 'int-ica'],
      ['ACI', 'int-ica'],
      ['PNUD', 'int-undp'],
      ['Organización Internacional del Trabajo', 'int-ilo'],
      ['commission europeenne', 'int-ec'],
    ] as const) {
      expect(first(query)?.id, query).toBe(id);
    }
    expect(first('OIT')?.alias).toBe('OIT');
    expect(first('International Labour')?.alias).toBeNull();
  });

  it('puts names with a word starting with the query before names that only contain it', () => {
    const hits = searchOrganizations(illustrative(), 'ilo', 20).map((h) => h.id);
    // "Hilos" contains "ilo"; the ILO is named so.
    const hilos = illustrative().organizations.find((o) => /hilos/i.test(o.name));
    expect(hilos).toBeDefined();
    expect(hits.indexOf('int-ilo')).toBe(0);
    expect(hits).toContain(hilos!.id);
    expect(hits.indexOf(hilos!.id)).toBeGreaterThan(hits.indexOf('int-ilo'));
    // "Coop" starts a word of many names: none that only contains it comes before them.
    const coop = searchOrganizations(illustrative(), 'coop', 50);
    const starts = coop.map((h) => /(^|[\s(])coop/i.test(h.name) || h.alias !== null);
    expect(starts.indexOf(false) === -1 || starts.lastIndexOf(true) < starts.indexOf(false)).toBe(
      true,
    );
  });

  it('finds nothing for nothing, and each organisation once', () => {
    expect(searchOrganizations(illustrative(), '  ')).toEqual([]);
    const ids = searchOrganizations(illustrative(), 'a', 50).map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
