import { describe, expect, it } from 'vitest';
import {
  CATEGORY_COLORS,
  groupColours,
  linkTypeDashes,
  OTHER_SECTOR_COLOR,
  SECTOR_COLORS,
  sectorColor,
} from '../../../src/ui/palette';
import { PROTOTYPE_NAMES } from './hostile';

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

  it.each(PROTOTYPE_NAMES)('an alliance type "%s" is drawn as a solid line', (name) => {
    expect(linkTypeDashes(name)).toEqual([]);
    expect(linkTypeDashes('membership')).toEqual([7, 3]);
  });
});
