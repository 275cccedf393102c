/**
 * Colours and line patterns. Sector colours are fixed, so a sector is the same colour in every
 * view and every dataset; grey is kept for custom sectors and placeholders.
 *
 * Values from the data (a sector, a scope, an alliance type) are looked up in Maps, never as a
 * key of a plain object: a sector called `constructor` or `__proto__` is a custom sector, not
 * one of Object.prototype's members.
 */
import { SECTORS, type CanonicalSector, type Scope, type WorldRegion } from '../model/types';

/** The colours of one theme: fixed for sectors, scopes and world regions, a list for the rest. */
export interface ColourScheme {
  sectors: Readonly<Record<CanonicalSector, string>>;
  scopes: Readonly<Record<Scope, string>>;
  worldRegions: Readonly<Record<WorldRegion, string>>;
  /** For groups that have none of their own (communities, countries, themes), largest first. */
  categories: readonly string[];
  /** Custom sectors, groups beyond the list, organisations without a group. */
  other: string;
}

/**
 * Paul Tol's colour-blind-safe "muted" scheme, completed with two Okabe–Ito colours for the
 * eleventh sector and for government; Okabe–Ito for scopes and world regions.
 */
export const STANDARD_COLOURS: ColourScheme = {
  sectors: {
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
  },
  scopes: { local: '#009E73', national: '#0072B2', regional: '#E69F00', international: '#CC79A7' },
  worldRegions: {
    africa: '#E69F00',
    asia: '#56B4E9',
    europe: '#0072B2',
    latin_america_caribbean: '#009E73',
    north_america: '#CC79A7',
    oceania: '#D55E00',
  },
  categories: [
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
  ],
  other: '#BBBBBB',
};

/**
 * For a black background (the projector): Paul Tol's "light" scheme and a few pale tones, every
 * one at least 7:1 against black (WCAG AAA), still told apart by colour-blind readers.
 */
export const CONTRAST_COLOURS: ColourScheme = {
  sectors: {
    cooperative: '#44BB99',
    social_enterprise: '#BBCC33',
    civil_society: '#99DDFF',
    movement: '#FFAABB',
    union: '#EE8866',
    academia: '#77AADD',
    government: '#EEDD88',
    private: '#AAAA00',
    network: '#DDDDDD',
    international: '#FFCCFF',
    finance: '#AAEEEE',
  },
  scopes: { local: '#44BB99', national: '#77AADD', regional: '#EEDD88', international: '#FFAABB' },
  worldRegions: {
    africa: '#EEDD88',
    asia: '#99DDFF',
    europe: '#77AADD',
    latin_america_caribbean: '#44BB99',
    north_america: '#FFAABB',
    oceania: '#EE8866',
  },
  categories: [
    '#77AADD',
    '#EE8866',
    '#EEDD88',
    '#FFAABB',
    '#99DDFF',
    '#44BB99',
    '#BBCC33',
    '#AAAA00',
    '#DDDDDD',
    '#FFCCFF',
  ],
  other: '#BBBBBB',
};

/** The standard sector colours (the legend and the details panel name them). */
export const SECTOR_COLORS = STANDARD_COLOURS.sectors;
export const OTHER_SECTOR_COLOR = STANDARD_COLOURS.other;

/** Placeholders (link ends the organisations file does not list): white with a dashed rim. */
export const PLACEHOLDER_BORDER = '#6b7280';

/** A colour of `table` for a value from the data (a Map: `constructor` is a value like any other). */
function lookup(table: Readonly<Record<string, string>>): (value: string) => string | undefined {
  const map: ReadonlyMap<string, string> = new Map(Object.entries(table));
  return (value) => map.get(value);
}

const lookups = new WeakMap<
  ColourScheme,
  Record<'sector' | 'scope' | 'worldRegion', (v: string) => string | undefined>
>();
function lookupsOf(scheme: ColourScheme) {
  let found = lookups.get(scheme);
  if (!found) {
    found = {
      sector: lookup(scheme.sectors),
      scope: lookup(scheme.scopes),
      worldRegion: lookup(scheme.worldRegions),
    };
    lookups.set(scheme, found);
  }
  return found;
}

export function sectorColor(sector: string | null, scheme = STANDARD_COLOURS): string {
  return (sector !== null && lookupsOf(scheme).sector(sector)) || scheme.other;
}

export const LEGEND_SECTORS: readonly CanonicalSector[] = SECTORS;

/** The colour of a level of action; undefined for anything else. */
export function scopeColor(scope: string, scheme = STANDARD_COLOURS): string | undefined {
  return lookupsOf(scheme).scope(scope);
}

/** Group value → colour for one encoding, given its groups largest first ('' = none given). */
export function groupColours(
  encoding: string,
  groups: { value: string }[],
  scheme = STANDARD_COLOURS,
): Map<string, string> {
  const colours = new Map<string, string>();
  const fixed = lookupsOf(scheme);
  let next = 0;
  for (const { value } of groups) {
    if (value === '') continue;
    const colour =
      encoding === 'sector'
        ? sectorColor(value, scheme)
        : encoding === 'scope'
          ? fixed.scope(value)
          : encoding === 'worldRegion'
            ? fixed.worldRegion(value)
            : scheme.categories[next++];
    if (colour !== undefined && colour !== scheme.other) colours.set(value, colour);
  }
  return colours;
}

/** Line patterns of the standard alliance types (dash lengths; an empty one is a solid line). */
export const LINK_TYPE_DASHES: ReadonlyMap<string, readonly number[]> = new Map([
  ['partnership', []],
  ['membership', [7, 3]],
  ['funding', [2, 3]],
  ['research', [9, 3, 2, 3]],
  ['trade', [4, 4]],
  ['policy', [12, 4]],
  ['network', [2, 2, 6, 2]],
]);

/**
 * Patterns for the other alliance types a file names (`Convenio`, `Proyecto`), most frequent
 * first, so that each is told apart from `partnership`'s solid line; types beyond these share
 * the last, dotted one.
 */
export const CUSTOM_TYPE_DASHES: readonly (readonly number[])[] = [
  [1, 3],
  [10, 2, 2, 2, 2, 2],
  [6, 2, 1, 2],
  [3, 1],
  [14, 3, 3, 3],
  [1, 1],
];
