/**
 * Sector colours: fixed, so a sector is the same colour in every view and every dataset.
 * Paul Tol's colour-blind-safe "muted" scheme, completed with two Okabe–Ito colours for the
 * eleventh sector and for government; grey is kept for custom sectors and placeholders.
 *
 * Values from the data (a sector, a scope, an alliance type) are looked up in Maps, never as a
 * key of a plain object: a sector called `constructor` or `__proto__` is a custom sector, not
 * one of Object.prototype's members.
 */
import { SECTORS, type CanonicalSector, type Scope, type WorldRegion } from '../core/model/types';

export const SECTOR_COLORS: Record<CanonicalSector, string> = {
  cooperative: '#117733',
  social_enterprise: '#44AA99',
  civil_society: '#88CCEE',
  movement: '#CC6677',
  union: '#882255',
  academia: '#332288',
  government: '#E69F00',
  private: '#999933',
  network: '#DDCC77',
  international: '#AA4499',
  finance: '#0072B2',
};

export const OTHER_SECTOR_COLOR = '#BBBBBB';

/** Placeholders (link ends the organisations file does not list): white with a dashed rim. */
export const PLACEHOLDER_BORDER = '#6b7280';

const SECTOR_COLOUR_OF: ReadonlyMap<string, string> = new Map(Object.entries(SECTOR_COLORS));

export function sectorColor(sector: string | null): string {
  return (sector !== null && SECTOR_COLOUR_OF.get(sector)) || OTHER_SECTOR_COLOR;
}

export const LEGEND_SECTORS: readonly CanonicalSector[] = SECTORS;

/** The colour of links when nothing else colours them. */
export const LINK_COLOR = '#9aa5b1';

/** Levels of action: the same colours for organisations and alliances (Okabe–Ito). */
export const SCOPE_COLORS: Readonly<Record<Scope, string>> = {
  local: '#009E73',
  national: '#0072B2',
  regional: '#E69F00',
  international: '#CC79A7',
};

/** The six world regions (Okabe–Ito, colour-blind safe). */
export const WORLD_REGION_COLORS: Readonly<Record<WorldRegion, string>> = {
  africa: '#E69F00',
  asia: '#56B4E9',
  europe: '#0072B2',
  latin_america_caribbean: '#009E73',
  north_america: '#CC79A7',
  oceania: '#D55E00',
};

const SCOPE_COLOUR_OF: ReadonlyMap<string, string> = new Map(Object.entries(SCOPE_COLORS));
const WORLD_REGION_COLOUR_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(WORLD_REGION_COLORS),
);

/** The colour of a level of action; undefined for anything else. */
export function scopeColor(scope: string): string | undefined {
  return SCOPE_COLOUR_OF.get(scope);
}

/**
 * Colours for groups that have none of their own (communities, countries, themes): Paul Tol's
 * colour-blind-safe "muted" scheme plus one Okabe–Ito blue. Groups beyond these, largest first,
 * share the grey of "other".
 */
export const CATEGORY_COLORS = [
  '#332288',
  '#88CCEE',
  '#44AA99',
  '#117733',
  '#999933',
  '#DDCC77',
  '#CC6677',
  '#882255',
  '#AA4499',
  '#0072B2',
] as const;

/** Group value → colour for one encoding, given its groups largest first ('' = none given). */
export function groupColours(encoding: string, groups: { value: string }[]): Map<string, string> {
  const colours = new Map<string, string>();
  let next = 0;
  for (const { value } of groups) {
    if (value === '') continue;
    const fixed =
      encoding === 'sector'
        ? sectorColor(value)
        : encoding === 'scope'
          ? SCOPE_COLOUR_OF.get(value)
          : encoding === 'worldRegion'
            ? WORLD_REGION_COLOUR_OF.get(value)
            : CATEGORY_COLORS[next++];
    if (fixed !== undefined && fixed !== OTHER_SECTOR_COLOR) colours.set(value, fixed);
  }
  return colours;
}

/** Line patterns by alliance type (canvas dash lengths; an empty one is a solid line). */
export const LINK_TYPE_DASHES: ReadonlyMap<string, readonly number[]> = new Map([
  ['partnership', []],
  ['membership', [7, 3]],
  ['funding', [2, 3]],
  ['research', [9, 3, 2, 3]],
  ['trade', [4, 4]],
  ['policy', [12, 4]],
  ['network', [2, 2, 6, 2]],
]);

/** The line pattern of an alliance type; other types (custom ones) are solid lines. */
export function linkTypeDashes(type: string): readonly number[] {
  return LINK_TYPE_DASHES.get(type) ?? [];
}
