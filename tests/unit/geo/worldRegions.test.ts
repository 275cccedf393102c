import {
  parseWorldRegion,
  worldRegionM49Code,
  worldRegionName,
  worldRegionOfCountry,
} from '../../../src/core/geo/worldRegions';
import { describe, expect, it } from 'vitest';

import { WORLD_REGIONS } from '../../../src/core/model/types';

describe('worldRegionOfCountry', () => {
  it.each([
    ['MX', 'latin_america_caribbean'],
    ['BR', 'latin_america_caribbean'],
    ['CU', 'latin_america_caribbean'],
    ['GT', 'latin_america_caribbean'],
    ['US', 'north_america'],
    ['CA', 'north_america'],
    ['GL', 'north_america'],
    ['BM', 'north_america'],
    ['FR', 'europe'],
    ['RU', 'europe'],
    ['GB', 'europe'],
    ['XK', 'europe'],
    ['CN', 'asia'],
    ['IN', 'asia'],
    ['TR', 'asia'],
    ['SA', 'asia'],
    ['IL', 'asia'],
    ['PS', 'asia'],
    ['TW', 'asia'],
    ['EG', 'africa'],
    ['SN', 'africa'],
    ['ZA', 'africa'],
    ['CI', 'africa'],
    ['AU', 'oceania'],
    ['FJ', 'oceania'],
    ['NZ', 'oceania'],
  ])('%s is in %s', (iso2, region) => {
    expect(worldRegionOfCountry(iso2)).toBe(region);
  });

  it('is null for Antarctica and unknown codes, and ignores case', () => {
    expect(worldRegionOfCountry('AQ')).toBeNull();
    expect(worldRegionOfCountry('ZZ')).toBeNull();
    expect(worldRegionOfCountry('')).toBeNull();
    expect(worldRegionOfCountry('mx')).toBe('latin_america_caribbean');
  });
});

describe('parseWorldRegion', () => {
  it.each([
    ['africa', 'africa'],
    ['África', 'africa'],
    ['Afrique', 'africa'],
    ['Sub-Saharan Africa', 'africa'],
    ['Asia', 'asia'],
    ['Asie', 'asia'],
    ['Middle East', 'asia'],
    ['Moyen-Orient', 'asia'],
    ['Medio Oriente', 'asia'],
    ['Europe', 'europe'],
    ['Europa', 'europe'],
    ['Western Europe', 'europe'],
    ['latin_america_caribbean', 'latin_america_caribbean'],
    ['Latin America and the Caribbean', 'latin_america_caribbean'],
    ['Latin America & Caribbean', 'latin_america_caribbean'],
    ['América Latina y el Caribe', 'latin_america_caribbean'],
    ['Amérique latine et Caraïbes', 'latin_america_caribbean'],
    ['Amérique latine et les Caraïbes', 'latin_america_caribbean'],
    ['LAC', 'latin_america_caribbean'],
    ['Latin America', 'latin_america_caribbean'],
    ['Latinoamérica', 'latin_america_caribbean'],
    ['South America', 'latin_america_caribbean'],
    ['419', 'latin_america_caribbean'],
    ['north_america', 'north_america'],
    ['North America', 'north_america'],
    ['Northern America', 'north_america'],
    ['América del Norte', 'north_america'],
    ['Amérique du Nord', 'north_america'],
    ['NORTEAMERICA', 'north_america'],
    ['21', 'north_america'],
    ['Oceania', 'oceania'],
    ['Oceanía', 'oceania'],
    ['Océanie', 'oceania'],
  ])('%s → %s', (raw, region) => {
    expect(parseWorldRegion(raw)).toBe(region);
  });

  it('is null for what names none of the six regions', () => {
    expect(parseWorldRegion('')).toBeNull();
    expect(parseWorldRegion('Americas')).toBeNull();
    expect(parseWorldRegion('World')).toBeNull();
    expect(parseWorldRegion('Atlantis')).toBeNull();
    expect(parseWorldRegion('Mexico')).toBeNull();
    expect(parseWorldRegion('484')).toBeNull();
  });

  it('reads back every display name in every language', () => {
    for (const region of WORLD_REGIONS) {
      for (const language of ['en', 'es', 'fr'] as const) {
        expect(parseWorldRegion(worldRegionName(region, language))).toBe(region);
      }
    }
  });
});

describe('worldRegionName and worldRegionM49Code', () => {
  it('names regions in the three languages', () => {
    expect(worldRegionName('latin_america_caribbean', 'es')).toBe('América Latina y el Caribe');
    expect(worldRegionName('north_america', 'fr')).toBe('Amérique du Nord');
    expect(worldRegionName('oceania', 'en')).toBe('Oceania');
  });

  it('gives the M49 area of each region', () => {
    expect(worldRegionM49Code('latin_america_caribbean')).toBe('419');
    expect(worldRegionM49Code('north_america')).toBe('021');
  });
});
