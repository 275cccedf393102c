/**
 * Filters, facets, encodings, legend highlights, ego networks, introductions, placements and
 * search, for organisations whose ids, sectors, themes and alliance types are the names of
 * built-in object properties (hostileDataset: a ring of them and one cooperative).
 */
import { describe, expect, it } from 'vitest';
import { egoNetwork } from '../../../src/core/explore/egoNetwork';
import { filterFacets, NO_FILTERS, shownByFilters } from '../../../src/core/explore/filters';
import { introductions } from '../../../src/core/explore/introductions';
import { geographicPositions } from '../../../src/core/geo/projection';
import { colourGroups, highlightMembers } from '../../../src/core/looks/encodings';
import { organizationLooks } from '../../../src/core/looks/looks';
import { sectorGroups, sectorPlacement } from '../../../src/state/selectors/placements';
import { searchOrganizations } from '../../../src/state/selectors/search';
import { createAtlasStore } from '../../../src/state/store';
import {
  OTHER_SECTOR_COLOR,
  SECTOR_COLORS,
  STANDARD_COLOURS,
} from '../../../src/core/looks/palette';
import { hostileDataset, PROTOTYPE_NAMES } from './hostile';

const network = hostileDataset();
const ids = network.organizations.map((o) => o.id);

describe('filters of values named like built-in properties', () => {
  it('offer each as a facet of its own, counted once', () => {
    const facets = filterFacets(network);
    for (const kind of ['sectors', 'themes', 'linkTypes'] as const) {
      const counts = new Map(facets[kind].map(({ value, count }) => [value, count]));
      for (const name of PROTOTYPE_NAMES) expect(counts.get(name)).toBe(1);
    }
  });

  it.each(PROTOTYPE_NAMES)('keep the organisations of sector, theme or type "%s"', (name) => {
    const bySector = shownByFilters(network, 'all', { ...NO_FILTERS, sectors: [name] });
    expect([...bySector.organizations]).toEqual([name]);
    const byTheme = shownByFilters(network, 'all', { ...NO_FILTERS, themes: [name] });
    expect([...byTheme.organizations]).toEqual([name]);
    const byType = shownByFilters(network, 'all', { ...NO_FILTERS, linkTypes: [name] });
    const i = ids.indexOf(name);
    expect([...byType.organizations]).toEqual([name, ids[(i + 1) % ids.length]]);
  });

  it('are toggled in the store as plain strings', () => {
    const store = createAtlasStore();
    store.getState().setDataset(network, 'hostile');
    for (const name of PROTOTYPE_NAMES) store.getState().toggleFilterValue('sectors', name);
    expect(store.getState().filters.sectors).toEqual([...PROTOTYPE_NAMES]);
    store.getState().toggleFilterValue('sectors', '__proto__');
    expect(store.getState().filters.sectors).toEqual(PROTOTYPE_NAMES.slice(1));
  });
});

/** Each organisation's colour when colouring by `colourBy`. */
function colours(colourBy: 'sector' | 'theme'): Map<string, string> {
  const looks = organizationLooks(network, null, {
    colourBy,
    sizeBy: 'degree',
    shown: null,
    highlighted: null,
    path: null,
    selected: null,
    theme: 'default',
  });
  return new Map(ids.map((id, i) => [id, looks.palette[looks.colours[i]!]!]));
}

describe('encodings and legend groups of such values', () => {
  it('colour such sectors grey, as custom sectors, and the cooperative green', () => {
    const bySector = colours('sector');
    for (const name of PROTOTYPE_NAMES) expect(bySector.get(name)).toBe(OTHER_SECTOR_COLOR);
    expect(bySector.get('coop')).toBe(SECTOR_COLORS.cooperative);
  });

  it('give such themes the palette in turn', () => {
    const byTheme = [...colours('theme').values()];
    expect(new Set(byTheme).size).toBe(ids.length);
    expect(byTheme.every((c) => STANDARD_COLOURS.categories.includes(c))).toBe(true);
  });

  it('count one organisation in each group, keyed by its value', () => {
    const { groups, groupOf } = colourGroups(network, null, 'sector');
    expect(groups.map((g) => [g.value, g.count]).sort()).toEqual(
      [...PROTOTYPE_NAMES, 'cooperative'].map((v) => [v, 1]).sort(),
    );
    expect([...groupOf.keys()]).toEqual(ids);
  });

  it.each(PROTOTYPE_NAMES)('highlight the sector, or the alliance type, "%s"', (name) => {
    const { groupOf } = colourGroups(network, null, 'sector');
    const sector = highlightMembers(network, groupOf, { encoding: 'sector', value: name });
    expect([...(sector?.organizations ?? [])]).toEqual([name]);
    const type = highlightMembers(network, groupOf, { encoding: 'linkType', value: name });
    expect(type?.links.size).toBe(1);
  });
});

describe('ego networks, introductions, placements and search on such ids', () => {
  it('find partners and chains between them', () => {
    const ego = egoNetwork(network.links, 'constructor', 1);
    expect([...ego.organizations].sort()).toEqual(['__proto__', 'constructor', 'toString']);
    const found = introductions(network.links, '__proto__', 'valueOf');
    expect(found.distance).toBe(3);
    // Half-way round the ring of six, both ways.
    expect(found.chains).toEqual([
      ['__proto__', 'constructor', 'toString', 'valueOf'],
      ['__proto__', 'coop', 'hasOwnProperty', 'valueOf'],
    ]);
  });

  it('give each a place in the grouped and geographic layouts', () => {
    expect([...sectorPlacement(network).keys()].sort()).toEqual([...ids].sort());
    expect(sectorGroups(network).map((g) => g.group)).toEqual(
      expect.arrayContaining([...PROTOTYPE_NAMES]),
    );
    const placed = geographicPositions(network.organizations, {}).positions;
    expect([...placed.keys()].sort()).toEqual([...ids].sort());
  });

  it.each(PROTOTYPE_NAMES)('search finds "%s"', (name) => {
    expect(searchOrganizations(network, name).map((hit) => hit.id)).toContain(name);
  });
});
