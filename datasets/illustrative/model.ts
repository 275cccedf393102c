/** The organisations of organizations.ts, placed, dated and grouped for the plan. */
import { COUNTRIES } from '../generator/places';
import type { Random } from '../generator/prng';
import { ORGANIZATIONS } from './organizations';
import { clusterOf } from './plan';
import { STORIES } from './stories';

export interface Org {
  id: string;
  name: string;
  sector: string;
  country: string;
  region: string | null;
  city: string | null;
  lat: number | null;
  lon: number | null;
  scope: string;
  themes: string[];
  website: string | null;
  founded: number | null;
  /** Territorial community of the plan (an alcaldía group, a state, a country, `global`). */
  cluster: string;
  isolated: boolean;
  /** Only the story alliances: the plan adds none (its sector mix is the story). */
  fixed: boolean;
  /** Kept off cross-border alliances so that the brokers' role stays visible. */
  mexicoCityCooperative: boolean;
}

interface Place {
  country: string;
  city: string;
  region: string;
  lat: number;
  lon: number;
  /** Degrees of jitter around the centre: alcaldías are small, cities larger. */
  spread: number;
}

const MEXICO_CITY = 'Ciudad de México';
const alcaldia = (lat: number, lon: number): Place => ({
  country: 'MX',
  city: MEXICO_CITY,
  region: MEXICO_CITY,
  lat,
  lon,
  spread: 0.012,
});

/** Approximate centres of the alcaldías, so that the geographic layout shows them apart. */
export const ALCALDIAS: Record<string, Place> = {
  Cuauhtémoc: alcaldia(19.4326, -99.1332),
  'Gustavo A. Madero': alcaldia(19.484, -99.111),
  Iztapalapa: alcaldia(19.3553, -99.0622),
  Coyoacán: alcaldia(19.3467, -99.1617),
  Tlalpan: alcaldia(19.287, -99.167),
  Xochimilco: alcaldia(19.2622, -99.1036),
  'Milpa Alta': alcaldia(19.192, -99.023),
};

function placeOf(name: string): Place {
  const inMexicoCity = ALCALDIAS[name];
  if (inMexicoCity) return inMexicoCity;
  for (const country of COUNTRIES) {
    const city = country.cities.find((c) => c.name === name);
    if (city) return { country: country.code, city: city.name, ...city, spread: 0.03 };
  }
  throw new Error(`build: unknown place ${name}.`);
}

const THEME_LETTERS: Record<string, string> = {
  F: 'food_sovereignty',
  T: 'fair_trade',
  H: 'housing',
  C: 'care',
  E: 'circular_economy',
  D: 'digital_commons',
  G: 'gender_equity',
  S: 'solidarity_finance',
  P: 'public_procurement',
  V: 'covid_recovery',
  I: 'indigenous_economies',
};

export function themesFromLetters(letters: string | undefined): string[] {
  if (!letters) return [];
  return letters
    .split(/\s+/)
    .filter(Boolean)
    .map((letter) => {
      const theme = THEME_LETTERS[letter];
      if (!theme) throw new Error(`build: unknown theme letter ${letter}.`);
      return theme;
    });
}

/** Founding years that fit the sector; never after the organisation's first story alliance. */
const FOUNDED: Record<string, [number, number]> = {
  cooperative: [1978, 2014],
  social_enterprise: [2005, 2016],
  civil_society: [1985, 2014],
  movement: [1994, 2016],
  union: [1970, 2010],
  academia: [1985, 2012],
  government: [1995, 2014],
  private: [1980, 2012],
  network: [1990, 2012],
  international: [2005, 2014],
  finance: [1965, 2012],
};

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

export function buildOrganizations(random: Random): Org[] {
  const firstStory = new Map<string, number>();
  for (const [source, target, , , since] of STORIES) {
    for (const id of [source, target]) {
      firstStory.set(id, Math.min(firstStory.get(id) ?? Infinity, since));
    }
  }
  const seen = new Set<string>();
  return ORGANIZATIONS.map(([id, sector, placeName, name, letters, flagText]) => {
    if (seen.has(id)) throw new Error(`build: duplicate organisation id ${id}.`);
    seen.add(id);
    const flags = new Set((flagText ?? '').split(/\s+/).filter(Boolean));
    const place = placeOf(placeName);
    const [from, to] = FOUNDED[sector] ?? [1990, 2014];
    let founded: number | null = flags.has('new')
      ? 2024 + random.int(2)
      : Math.min(from + random.int(to - from + 1), firstStory.get(id) ?? Infinity);
    if (flags.has('real')) founded = null;
    const hasWebsite = !flags.has('real') && random.chance(sector === 'movement' ? 0.5 : 0.9);
    const jitter = (): number => (random.next() - 0.5) * 2 * place.spread;
    const lat = round4(place.lat + jitter());
    const lon = round4(place.lon + jitter());
    const scope = flags.has('nat')
      ? 'national'
      : flags.has('reg')
        ? 'regional'
        : sector === 'international'
          ? 'international'
          : 'local';
    return {
      id,
      name,
      sector,
      country: place.country,
      region: place.region,
      city: flags.has('nocity') ? null : place.city,
      lat: flags.has('noxy') ? null : lat,
      lon: flags.has('noxy') ? null : lon,
      scope,
      themes: themesFromLetters(letters),
      website: hasWebsite ? `https://${id}.example.org` : null,
      founded,
      cluster: clusterOf(placeName, place.country, sector),
      isolated: flags.has('iso'),
      fixed: flags.has('fixed'),
      mexicoCityCooperative: place.city === MEXICO_CITY && sector === 'cooperative',
    };
  });
}
