/**
 * Derived scope of a link from its two organisations' geography (README, the data format). An explicit
 * `scope` in the links file wins over this; the caller decides that.
 */
import { foldPlace } from '../geo/fold';
import type { LinkScope, Organization } from './types';

type Place = Pick<Organization, 'country' | 'city' | 'worldRegion'>;

// Folding is the costly part of a scope and a file names few distinct cities: remember each.
const foldedCities = new Map<string, string>();

function cityKey(city: string | null): string {
  if (city === null) return '';
  let key = foldedCities.get(city);
  if (key === undefined) {
    key = foldPlace(city);
    foldedCities.set(city, key);
  }
  return key;
}

/**
 * Same country and same city (without case or accents) → local; same country, another or an
 * unknown city → national; other country in the same world region → regional; other world
 * region → international. Unknown when a country is missing, or when the countries differ and a
 * world region is missing (the organisation's `worldRegion`, which already holds any override).
 */
export function deriveLinkScope(a: Place, b: Place): LinkScope {
  if (a.country === null || b.country === null) return 'unknown';
  if (a.country === b.country) {
    const cityA = cityKey(a.city);
    return cityA !== '' && cityA === cityKey(b.city) ? 'local' : 'national';
  }
  if (a.worldRegion === null || b.worldRegion === null) return 'unknown';
  return a.worldRegion === b.worldRegion ? 'regional' : 'international';
}
