/**
 * Countries and cities the datasets draw from: approximate city-centre coordinates, the
 * sub-national region as people there write it, the world region (README, the data format), and the language that
 * names organisations there. Hand-written on purpose: the datasets must not depend on the app's
 * geo code, so that tests can compare the two.
 */
export type WorldRegionCode =
  'africa' | 'asia' | 'europe' | 'latin_america_caribbean' | 'north_america' | 'oceania';

export type Language = 'es' | 'en' | 'fr' | 'pt' | 'it' | 'ca' | 'ko';

export interface City {
  name: string;
  region: string;
  lat: number;
  lon: number;
}

export interface Country {
  code: string;
  worldRegion: WorldRegionCode;
  language: Language;
  cities: City[];
}

const city = (name: string, region: string, lat: number, lon: number): City => ({
  name,
  region,
  lat,
  lon,
});

export const COUNTRIES: readonly Country[] = [
  {
    code: 'MX',
    worldRegion: 'latin_america_caribbean',
    language: 'es',
    cities: [
      city('Ciudad de México', 'Ciudad de México', 19.4326, -99.1332),
      city('Nezahualcóyotl', 'Estado de México', 19.4006, -99.0148),
      city('Ecatepec', 'Estado de México', 19.601, -99.05),
      city('Texcoco', 'Estado de México', 19.514, -98.882),
      city('Naucalpan', 'Estado de México', 19.4785, -99.2396),
      city('Oaxaca de Juárez', 'Oaxaca', 17.0732, -96.7266),
      city('San Cristóbal de las Casas', 'Chiapas', 16.737, -92.6376),
      city('Guadalajara', 'Jalisco', 20.6597, -103.3496),
      city('Puebla', 'Puebla', 19.0414, -98.2063),
      city('Cuetzalan', 'Puebla', 20.0187, -97.5224),
      city('Mérida', 'Yucatán', 20.9674, -89.5926),
      city('Monterrey', 'Nuevo León', 25.6866, -100.3161),
    ],
  },
  {
    code: 'GT',
    worldRegion: 'latin_america_caribbean',
    language: 'es',
    cities: [
      city('Ciudad de Guatemala', 'Guatemala', 14.6349, -90.5069),
      city('Quetzaltenango', 'Quetzaltenango', 14.8347, -91.5181),
    ],
  },
  {
    code: 'CR',
    worldRegion: 'latin_america_caribbean',
    language: 'es',
    cities: [city('San José', 'San José', 9.9281, -84.0907)],
  },
  {
    code: 'CO',
    worldRegion: 'latin_america_caribbean',
    language: 'es',
    cities: [
      city('Bogotá', 'Bogotá D.C.', 4.711, -74.0721),
      city('Medellín', 'Antioquia', 6.2442, -75.5812),
      city('Cali', 'Valle del Cauca', 3.4516, -76.532),
    ],
  },
  {
    code: 'EC',
    worldRegion: 'latin_america_caribbean',
    language: 'es',
    cities: [
      city('Quito', 'Pichincha', -0.1807, -78.4678),
      city('Cuenca', 'Azuay', -2.9001, -79.0059),
    ],
  },
  {
    code: 'PE',
    worldRegion: 'latin_america_caribbean',
    language: 'es',
    cities: [city('Lima', 'Lima', -12.0464, -77.0428), city('Cusco', 'Cusco', -13.5319, -71.9675)],
  },
  {
    code: 'BR',
    worldRegion: 'latin_america_caribbean',
    language: 'pt',
    cities: [
      city('São Paulo', 'São Paulo', -23.5505, -46.6333),
      city('Porto Alegre', 'Rio Grande do Sul', -30.0346, -51.2177),
      city('Recife', 'Pernambuco', -8.0476, -34.877),
    ],
  },
  {
    code: 'AR',
    worldRegion: 'latin_america_caribbean',
    language: 'es',
    cities: [
      city('Buenos Aires', 'Ciudad Autónoma de Buenos Aires', -34.6037, -58.3816),
      city('Rosario', 'Santa Fe', -32.9442, -60.6505),
    ],
  },
  {
    code: 'UY',
    worldRegion: 'latin_america_caribbean',
    language: 'es',
    cities: [city('Montevideo', 'Montevideo', -34.9011, -56.1645)],
  },
  {
    code: 'CL',
    worldRegion: 'latin_america_caribbean',
    language: 'es',
    cities: [
      city('Santiago', 'Región Metropolitana', -33.4489, -70.6693),
      city('Valparaíso', 'Valparaíso', -33.0472, -71.6127),
    ],
  },
  {
    code: 'CA',
    worldRegion: 'north_america',
    language: 'fr',
    cities: [
      city('Montréal', 'Québec', 45.5017, -73.5673),
      city('Québec', 'Québec', 46.8139, -71.208),
      city('Ottawa', 'Ontario', 45.4215, -75.6972),
    ],
  },
  {
    code: 'US',
    worldRegion: 'north_america',
    language: 'en',
    cities: [
      city('New York', 'New York', 40.7128, -74.006),
      city('Oakland', 'California', 37.8044, -122.2712),
      city('Chicago', 'Illinois', 41.8781, -87.6298),
    ],
  },
  {
    code: 'ES',
    worldRegion: 'europe',
    language: 'es',
    cities: [
      city('Barcelona', 'Cataluña', 41.3874, 2.1686),
      city('Madrid', 'Comunidad de Madrid', 40.4168, -3.7038),
      city('Bilbao', 'País Vasco', 43.263, -2.935),
    ],
  },
  {
    code: 'FR',
    worldRegion: 'europe',
    language: 'fr',
    cities: [
      city('Paris', 'Île-de-France', 48.8566, 2.3522),
      city('Lyon', 'Auvergne-Rhône-Alpes', 45.764, 4.8357),
      city('Lille', 'Hauts-de-France', 50.6292, 3.0573),
    ],
  },
  {
    code: 'IT',
    worldRegion: 'europe',
    language: 'it',
    cities: [
      city('Bologna', 'Emilia-Romagna', 44.4949, 11.3426),
      city('Roma', 'Lazio', 41.9028, 12.4964),
    ],
  },
  {
    code: 'BE',
    worldRegion: 'europe',
    language: 'fr',
    cities: [city('Bruxelles', 'Bruxelles-Capitale', 50.8503, 4.3517)],
  },
  {
    code: 'CH',
    worldRegion: 'europe',
    language: 'fr',
    cities: [city('Genève', 'Genève', 46.2044, 6.1432)],
  },
  {
    code: 'SN',
    worldRegion: 'africa',
    language: 'fr',
    cities: [city('Dakar', 'Dakar', 14.7167, -17.4677), city('Thiès', 'Thiès', 14.791, -16.9256)],
  },
  {
    code: 'MA',
    worldRegion: 'africa',
    language: 'fr',
    cities: [
      city('Rabat', 'Rabat-Salé-Kénitra', 34.0209, -6.8416),
      city('Casablanca', 'Casablanca-Settat', 33.5731, -7.5898),
    ],
  },
  {
    code: 'KR',
    worldRegion: 'asia',
    language: 'ko',
    cities: [city('Seoul', 'Seoul', 37.5665, 126.978), city('Busan', 'Busan', 35.1796, 129.0756)],
  },
];

const BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));

export function countryByCode(code: string): Country {
  const country = BY_CODE.get(code);
  if (!country) throw new Error(`places: no country with code ${code}.`);
  return country;
}

export function cityOf(code: string, name: string): City {
  const found = countryByCode(code).cities.find((c) => c.name === name);
  if (!found) throw new Error(`places: no city ${name} in ${code}.`);
  return found;
}

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

/**
 * The scope of a link from its two ends (README, the data format); the datasets use it to plan and to document
 * their scope counts (the app derives scopes with its own code).
 */
export function scopeBetween(
  a: { country?: string | null; city?: string | null },
  b: { country?: string | null; city?: string | null },
): 'local' | 'national' | 'regional' | 'international' | 'unknown' {
  if (!a.country || !b.country) return 'unknown';
  if (a.country === b.country) {
    if (a.city && b.city && fold(a.city) === fold(b.city)) return 'local';
    return 'national';
  }
  const ra = BY_CODE.get(a.country)?.worldRegion;
  const rb = BY_CODE.get(b.country)?.worldRegion;
  if (!ra || !rb) return 'unknown';
  return ra === rb ? 'regional' : 'international';
}
