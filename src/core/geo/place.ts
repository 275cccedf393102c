/**
 * Where an organisation is on the map: its own latitude and longitude when it has both, else its
 * country's centre. The geographic layout places it there, and `analyze --json` reports it.
 */
import type { Organization } from '../model/types';
import { countryCentroid } from './countries';

export interface Place {
  lat: number;
  lon: number;
  /** The file's coordinates, or the centre of the organisation's country. */
  from: 'file' | 'country';
}

export function isLatitude(value: number | null): value is number {
  return value !== null && Number.isFinite(value) && value >= -90 && value <= 90;
}

export function isLongitude(value: number | null): value is number {
  return value !== null && Number.isFinite(value) && value >= -180 && value <= 180;
}

/** The coordinates used for an organisation; null with neither coordinates nor a known country. */
export function placeOf(organization: Pick<Organization, 'lat' | 'lon' | 'country'>): Place | null {
  const { lat, lon, country } = organization;
  if (isLatitude(lat) && isLongitude(lon)) return { lat, lon, from: 'file' };
  const centre = country === null ? null : countryCentroid(country);
  return centre === null ? null : { lat: centre[0], lon: centre[1], from: 'country' };
}
