import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  partnerCounts,
  activeDuring,
  filterFacets,
  hasNoFilter,
  NO_FILTERS,
  NONE,
  shownByFilters,
  type ExploreFilters,
} from '../../../src/core/explore/filters';
import type { Dataset } from '../../../src/core/model/types';
import { illustrative } from './illustrative';

/** The rules of the filter panel written out plainly, one organisation and one link at a time. */
function oracle(dataset: Dataset, layer: string, f: ExploreFilters) {
  const within = (chosen: string[], values: (string | null)[]) =>
    chosen.length === 0 ||
    (values.length === 0 ? chosen.includes('') : values.some((v) => chosen.includes(v ?? '')));
  const byId = new Map(dataset.organizations.map((o) => [o.id, o]));
  const orgOk = (id: string) => {
    const o = byId.get(id)!;
    return (
      within(f.sectors, [o.sector]) &&
      within(f.countries, [o.country]) &&
      within(f.worldRegions, [o.worldRegion]) &&
      within(f.themes, o.themes)
    );
  };
  const year = (v: string | null) => (v === null ? null : Number(v.slice(0, 4)));
  let links = dataset.links.filter((l) => {
    const since = year(l.since);
    const until = year(l.until);
    return (
      orgOk(l.source) &&
      orgOk(l.target) &&
      (layer === 'all' || l.scope === layer) &&
      within(f.linkTypes, [l.type]) &&
      (f.years === null ||
        ((since === null || since <= f.years.to) && (until === null || until >= f.years.from))) &&
      l.weight >= f.minWeight
    );
  });
  const linkLevel =
    layer !== 'all' || f.linkTypes.length > 0 || f.years !== null || f.minWeight > 0;
  let orgs = dataset.organizations
    .map((o) => o.id)
    .filter(
      (id) => orgOk(id) && (!linkLevel || links.some((l) => l.source === id || l.target === id)),
    );
  if (f.minDegree > 0) {
    const degree = (id: string) =>
      new Set(
        links
          .filter((l) => l.source !== l.target && (l.source === id || l.target === id))
          .map((l) => (l.source === id ? l.target : l.source)),
      ).size;
    orgs = orgs.filter((id) => degree(id) >= f.minDegree);
    links = links.filter((l) => orgs.includes(l.source) && orgs.includes(l.target));
  }
  return { organizations: orgs.sort(), links: links.map((l) => l.key).sort() };
}

describe('shownByFilters on the illustrative network', () => {
  const dataset = illustrative();
  const facets = filterFacets(dataset);

  it('shows everything when nothing is set', () => {
    const shown = shownByFilters(dataset, 'all', NO_FILTERS);
    expect(shown.organizations.size).toBe(dataset.organizations.length);
    expect(shown.links.size).toBe(dataset.links.length);
    expect(hasNoFilter(NO_FILTERS)).toBe(true);
  });

  it('combines values of one kind with OR and kinds with AND', () => {
    const unions = shownByFilters(dataset, 'all', { ...NO_FILTERS, sectors: ['union'] });
    const coops = shownByFilters(dataset, 'all', { ...NO_FILTERS, sectors: ['cooperative'] });
    const both = shownByFilters(dataset, 'all', {
      ...NO_FILTERS,
      sectors: ['union', 'cooperative'],
    });
    expect(both.organizations.size).toBe(unions.organizations.size + coops.organizations.size);
    expect(both.links.size).toBeGreaterThan(unions.links.size + coops.links.size);
    const mexicanUnions = shownByFilters(dataset, 'all', {
      ...NO_FILTERS,
      sectors: ['union'],
      countries: ['MX'],
    });
    for (const id of mexicanUnions.organizations) {
      const o = dataset.organizations.find((x) => x.id === id)!;
      expect([o.sector, o.country]).toEqual(['union', 'MX']);
    }
    expect(mexicanUnions.organizations.size).toBeLessThan(unions.organizations.size);
  });

  it('keeps alliances active during the years chosen, open ends included', () => {
    expect(activeDuring({ since: '2015', until: '2018' }, { from: 2019, to: 2025 })).toBe(false);
    expect(activeDuring({ since: '2015', until: '2019-03-01' }, { from: 2019, to: 2025 })).toBe(
      true,
    );
    expect(activeDuring({ since: null, until: null }, { from: 2019, to: 2019 })).toBe(true);
    expect(activeDuring({ since: '2024', until: null }, { from: 2015, to: 2023 })).toBe(false);
    expect(facets.years).toEqual({ from: 2015, to: 2025 });
  });

  it('offers the values present, with counts', () => {
    expect(facets.sectors.reduce((sum, v) => sum + v.count, 0)).toBe(dataset.organizations.length);
    expect(facets.linkTypes.map((v) => v.value)).toContain('membership');
    expect(facets.maxDegree).toBeGreaterThan(10);
    expect(facets.maxWeight).toBe(5);
  });

  it('agrees with the rules written out plainly, for any combination', () => {
    const pick = (values: { value: string }[]) =>
      fc.subarray([...values.map((v) => v.value), NONE], { maxLength: 3 });
    fc.assert(
      fc.property(
        fc.record({
          layer: fc.constantFrom('all', 'local', 'national', 'regional', 'international'),
          sectors: pick(facets.sectors),
          countries: pick(facets.countries.slice(0, 8)),
          worldRegions: pick(facets.worldRegions),
          themes: pick(facets.themes.slice(0, 6)),
          linkTypes: pick(facets.linkTypes),
          years: fc.option(
            fc
              .tuple(fc.integer({ min: 2014, max: 2026 }), fc.integer({ min: 2014, max: 2026 }))
              .map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
          ),
          minWeight: fc.integer({ min: 0, max: 5 }),
          minDegree: fc.integer({ min: 0, max: 6 }),
        }),
        ({ layer, ...filters }) => {
          const shown = shownByFilters(dataset, layer as 'all', filters);
          const expected = oracle(dataset, layer, filters);
          expect([...shown.organizations].sort()).toEqual(expected.organizations);
          expect([...shown.links].sort()).toEqual(expected.links);
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });
});

describe('partnerCounts', () => {
  it('counts distinct partners, and a new list afresh (a list is counted once, by identity)', () => {
    const dataset: Dataset = illustrative();
    const [first] = dataset.links;
    const counted = partnerCounts(dataset.links);
    expect(partnerCounts(dataset.links)).toBe(counted);
    const byHand = new Map<string, Set<string>>();
    for (const l of dataset.links) {
      if (l.source === l.target) continue;
      for (const [a, b] of [
        [l.source, l.target],
        [l.target, l.source],
      ] as const) {
        if (!byHand.has(a)) byHand.set(a, new Set());
        byHand.get(a)!.add(b);
      }
    }
    expect(new Map([...byHand].map(([id, s]) => [id, s.size]))).toEqual(new Map(counted));
    // One more alliance between two organisations not yet partners: a new list, new counts.
    const a = first!.source;
    const stranger = dataset.organizations.find((o) => o.id !== a && !byHand.get(a)?.has(o.id))!.id;
    const more = [...dataset.links, { ...first!, key: 'extra', target: stranger }];
    expect(partnerCounts(more).get(a)).toBe(counted.get(a)! + 1);
  });
});
