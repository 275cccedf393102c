import { describe, expect, it } from 'vitest';
import { countryCentroid } from '../../../src/core/geo/countries';
import {
  GEO_SCALE,
  UNPLACED_LATITUDE,
  geographicPositions,
  projectLonLat,
  type GeoPoint,
} from '../../../src/core/geo/projection';
import type { Organization } from '../../../src/core/model/types';

function organization(
  id: string,
  place: { lat?: number | null; lon?: number | null; country?: string | null } = {},
): Organization {
  return {
    id,
    name: `Organisation ${id}`,
    sector: null,
    country: place.country ?? null,
    region: null,
    city: null,
    lat: place.lat ?? null,
    lon: place.lon ?? null,
    scope: null,
    worldRegion: null,
    themes: [],
    aliases: [],
    placeholder: false,
    attributes: {},
    row: null,
  };
}

const MEXICO_CITY = { lat: 19.4326, lon: -99.1332 };

function distance(a: GeoPoint, b: GeoPoint): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function smallestDistance(points: GeoPoint[]): number {
  let smallest = Infinity;
  for (let i = 0; i < points.length; i += 1) {
    for (let j = i + 1; j < points.length; j += 1) {
      smallest = Math.min(smallest, distance(points[i]!, points[j]!));
    }
  }
  return smallest;
}

/** A crowd: `count` organisations in a few hundred metres of Mexico City's centre. */
function mexicoCityCrowd(count: number): Organization[] {
  return Array.from({ length: count }, (_, i) =>
    organization(`cdmx-${String(i).padStart(3, '0')}`, {
      country: 'MX',
      lat: MEXICO_CITY.lat + ((i * 37) % 11) * 0.001,
      lon: MEXICO_CITY.lon + ((i * 53) % 13) * 0.001,
    }),
  );
}

describe('projectLonLat', () => {
  it('is equirectangular, with y growing southwards as on screen', () => {
    expect(GEO_SCALE).toBe(10);
    expect(projectLonLat(0, 0)).toEqual({ x: 0, y: 0 });
    expect(projectLonLat(180, 90)).toEqual({ x: 1800, y: -900 });
    expect(projectLonLat(-180, -90)).toEqual({ x: -1800, y: 900 });
    const paris = projectLonLat(2.3522, 48.8566);
    expect(paris.x).toBeCloseTo(23.522, 9);
    expect(paris.y).toBeCloseTo(-488.566, 9);
  });
});

describe('geographicPositions', () => {
  it('puts an organisation with coordinates exactly at its projected place', () => {
    const { positions, located, byCountry, unplaced } = geographicPositions([
      organization('a', { ...MEXICO_CITY, country: 'MX' }),
    ]);
    expect(positions.get('a')).toEqual(projectLonLat(MEXICO_CITY.lon, MEXICO_CITY.lat));
    expect(positions.get('a')!.x).toBeCloseTo(-991.332, 6);
    expect(positions.get('a')!.y).toBeCloseTo(-194.326, 6);
    expect({ located, byCountry, unplaced }).toEqual({ located: 1, byCountry: 0, unplaced: [] });
  });

  it('gives the same picture every time, whatever the input order, and leaves its input alone', () => {
    const organizations = [
      ...mexicoCityCrowd(40),
      ...['b1', 'b2', 'b3', 'b4'].map((id) => organization(id, { country: 'BR' })),
      organization('nowhere'),
    ];
    const copy = structuredClone(organizations);
    const first = geographicPositions(organizations);
    const second = geographicPositions([...organizations].reverse());
    expect([...second.positions.entries()].sort()).toEqual([...first.positions.entries()].sort());
    expect(second.unplaced).toEqual(first.unplaced);
    expect(organizations).toEqual(copy);
  });

  it('places organisations without coordinates around their country’s centre', () => {
    const organizations = [
      organization('uy', { country: 'UY' }),
      ...Array.from({ length: 30 }, (_, i) => organization(`br-${i}`, { country: 'br' })),
    ];
    const { positions, located, byCountry } = geographicPositions(organizations);
    expect({ located, byCountry }).toEqual({ located: 0, byCountry: 31 });

    const [uyLat, uyLon] = countryCentroid('UY')!;
    expect(positions.get('uy')).toEqual(projectLonLat(uyLon, uyLat));

    // Thirty small discs need a patch about 9° across: well inside Brazil.
    const [brLat, brLon] = countryCentroid('BR')!;
    const brazil = projectLonLat(brLon, brLat);
    for (let i = 0; i < 30; i += 1) {
      expect(distance(positions.get(`br-${i}`)!, brazil)).toBeLessThan(6 * GEO_SCALE);
    }
  });

  it('falls back to the country when the coordinates are incomplete or out of range', () => {
    const { positions, located, byCountry } = geographicPositions([
      organization('only-lat', { lat: 10, country: 'SN' }),
      organization('bad-lat', { lat: 123, lon: 10, country: 'FR' }),
      organization('not-a-number', { lat: Number.NaN, lon: 10, country: 'FR' }),
    ]);
    expect({ located, byCountry }).toEqual({ located: 0, byCountry: 3 });
    const [snLat, snLon] = countryCentroid('SN')!;
    expect(positions.get('only-lat')).toEqual(projectLonLat(snLon, snLat));
  });

  it('keeps every pair of discs apart, even a crowd sharing one point', () => {
    const sharing = Array.from({ length: 25 }, (_, i) =>
      organization(`same-${i}`, { lat: 4.711, lon: -74.0721, country: 'CO' }),
    );
    const organizations = [...mexicoCityCrowd(150), ...sharing];
    const { positions } = geographicPositions(organizations);
    const points = [...positions.values()];
    expect(points).toHaveLength(175);
    expect(new Set(points.map(({ x, y }) => `${x},${y}`)).size).toBe(175);
    // Default discs are 12 units wide with a gap of 2.
    expect(smallestDistance(points)).toBeGreaterThanOrEqual(14 - 1e-6);

    // The crowd stays a compact patch around the city, not a smear across the country.
    const city = projectLonLat(MEXICO_CITY.lon, MEXICO_CITY.lat);
    for (let i = 0; i < 150; i += 1) {
      const id = `cdmx-${String(i).padStart(3, '0')}`;
      expect(distance(positions.get(id)!, city)).toBeLessThan(10 * GEO_SCALE);
    }
  });

  it('spaces discs by their own sizes and leaves the biggest at its true place', () => {
    const organizations = mexicoCityCrowd(30);
    const diameters = new Map(organizations.map((o, i) => [o.id, i === 7 ? 58 : 12]));
    const hub = organizations[7]!;
    const { positions } = geographicPositions(organizations, {
      diameterOf: (id) => diameters.get(id)!,
      gap: 4,
    });
    expect(positions.get(hub.id)).toEqual(projectLonLat(hub.lon!, hub.lat!));
    for (const a of organizations) {
      for (const b of organizations) {
        if (a.id >= b.id) continue;
        const need = (diameters.get(a.id)! + diameters.get(b.id)!) / 2 + 4;
        expect(distance(positions.get(a.id)!, positions.get(b.id)!)).toBeGreaterThanOrEqual(
          need - 1e-6,
        );
      }
    }
  });

  it('without decluttering keeps exact places but still fans out a shared point', () => {
    const organizations = [
      organization('lone', { ...MEXICO_CITY }),
      organization('near', { lat: MEXICO_CITY.lat + 0.001, lon: MEXICO_CITY.lon }),
      ...['s1', 's2', 's3'].map((id) => organization(id, { lat: -34.6037, lon: -58.3816 })),
    ];
    const { positions } = geographicPositions(organizations, { declutter: false });
    expect(positions.get('lone')).toEqual(projectLonLat(MEXICO_CITY.lon, MEXICO_CITY.lat));
    expect(positions.get('near')).toEqual(projectLonLat(MEXICO_CITY.lon, MEXICO_CITY.lat + 0.001));
    const buenosAires = projectLonLat(-58.3816, -34.6037);
    expect(positions.get('s1')).toEqual(buenosAires);
    const fanned = ['s1', 's2', 's3'].map((id) => positions.get(id)!);
    expect(smallestDistance(fanned)).toBeGreaterThan(12);
    for (const point of fanned) expect(distance(point, buenosAires)).toBeLessThan(30);
  });

  it('draws organisations with no place in tidy rows below latitude -60', () => {
    const nowhere = Array.from({ length: 30 }, (_, i) =>
      organization(`n${String(i).padStart(2, '0')}`),
    );
    const unknownCountry = organization('zz', { country: 'ZZ' });
    const { positions, unplaced, located, byCountry } = geographicPositions([
      unknownCountry,
      ...nowhere,
      organization('mx', { country: 'MX' }),
    ]);
    expect({ located, byCountry }).toEqual({ located: 0, byCountry: 1 });
    expect(unplaced).toEqual([...nowhere.map((o) => o.id), 'zz']);
    const band = projectLonLat(0, UNPLACED_LATITUDE).y;
    expect(UNPLACED_LATITUDE).toBeLessThanOrEqual(-60);
    const points = unplaced.map((id) => positions.get(id)!);
    for (const point of points) {
      expect(point.y).toBeGreaterThan(band);
      expect(Math.abs(point.x)).toBeLessThan(180 * GEO_SCALE);
    }
    // Rows and columns: few distinct x and y values, no overlaps, centred under the map.
    expect(new Set(points.map((p) => p.y)).size).toBeLessThanOrEqual(3);
    expect(smallestDistance(points)).toBeGreaterThanOrEqual(14);
    const firstRow = points.filter((p) => p.y === points[0]!.y);
    const meanX = firstRow.reduce((sum, p) => sum + p.x, 0) / firstRow.length;
    expect(meanX).toBeCloseTo(0, 6);
  });

  it('names itself and the problem when an argument is wrong', () => {
    expect(() => geographicPositions(null as unknown as Organization[])).toThrow(
      /geographicPositions: expected an array/,
    );
    expect(() => geographicPositions([], { gap: -1 })).toThrow(/geographicPositions: gap/);
    expect(() =>
      geographicPositions([organization('a', { ...MEXICO_CITY })], { diameterOf: () => 0 }),
    ).toThrow(/geographicPositions: diameterOf\("a"\)/);
  });
});
