import { describe, expect, it } from 'vitest';
import { allianceTypePatterns } from '../../../src/core/looks/looks';
import {
  groupColours,
  LINK_TYPE_DASHES,
  OTHER_SECTOR_COLOR,
  SECTOR_COLORS,
  sectorColor,
  STANDARD_COLOURS,
} from '../../../src/core/looks/palette';
import { hostileDataset, PROTOTYPE_NAMES } from './hostile';

const CATEGORY_COLORS = STANDARD_COLOURS.categories;

describe('colours and line patterns of values named like built-in properties', () => {
  it.each(PROTOTYPE_NAMES)('a sector "%s" is a custom sector, grey', (name) => {
    expect(sectorColor(name)).toBe(OTHER_SECTOR_COLOR);
    expect(sectorColor('cooperative')).toBe(SECTOR_COLORS.cooperative);
  });

  it.each(['sector', 'scope', 'worldRegion'])(
    'colouring by %s gives such a group no colour of its own (it is "other")',
    (encoding) => {
      const colours = groupColours(
        encoding,
        PROTOTYPE_NAMES.map((value) => ({ value })),
      );
      expect([...colours]).toEqual([]);
    },
  );

  it('colouring by theme or country gives them the palette in turn, as text', () => {
    const colours = groupColours(
      'theme',
      PROTOTYPE_NAMES.map((value) => ({ value })),
    );
    expect([...colours.keys()]).toEqual([...PROTOTYPE_NAMES]);
    expect([...colours.values()]).toEqual(CATEGORY_COLORS.slice(0, PROTOTYPE_NAMES.length));
  });

  it.each(PROTOTYPE_NAMES)(
    'an alliance type "%s" is a custom type with a pattern of its own',
    (name) => {
      const patterns = allianceTypePatterns(hostileDataset());
      expect(Array.isArray(patterns.get(name))).toBe(true);
      expect(patterns.get(name)?.length).toBeGreaterThan(0);
      expect([...LINK_TYPE_DASHES.values()]).not.toContainEqual(patterns.get(name));
      expect(patterns.get('membership')).toEqual([7, 3]);
    },
  );
});
