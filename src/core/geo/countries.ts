/**
 * Countries as people write them in a spreadsheet → ISO 3166-1 alpha-2, and back to names and
 * map positions. Called once per row on large files, so every lookup goes through maps built
 * once, lazily, and a small cache of the raw values already seen.
 */
import { COUNTRY_LOCALES, countryCodes, isoCountryNames } from './countryData';
import { foldKey, foldWords } from './fold';
import type { Language } from '../languages';

/**
 * Spellings that the packages miss but that SSE spreadsheets in Latin America, Spain and
 * France use. Only alternative names live here; codes and official names come from the packages.
 */
const EXTRA_NAMES: Record<string, string[]> = {
  US: ['EE. UU.', 'EUA', 'E.U.A.', 'Estados Unidos de América'],
  MX: ['Méjico'],
  GB: [
    'Britain',
    'England',
    'Scotland',
    'Wales',
    'Northern Ireland',
    'Gran Bretaña',
    'Inglaterra',
    'Escocia',
    'Gales',
    'País de Gales',
    'Irlanda del Norte',
    'Grande-Bretagne',
    'Angleterre',
    'Écosse',
    'Pays de Galles',
    'Irlande du Nord',
  ],
  NL: ['Holanda', 'Hollande'],
  CD: ['RDC', 'RD Congo', 'República Democrática del Congo', 'Congo-Kinshasa'],
  MM: ['Birmania'],
};

/** A leading article that some writers add and the reference names lack ("la India"). */
const LEADING_ARTICLES = new Set(['the', 'el', 'la', 'los', 'las', 'le', 'les', 'l']);

/** Official names beat aliases, so that "Congo" (an alias of both Congos) stays the Republic. */
const OFFICIAL = 0;
const ALIAS = 1;
type Rank = typeof OFFICIAL | typeof ALIAS;

interface NameIndex {
  alpha2ByName: Map<string, string>;
}

let nameIndex: NameIndex | null = null;

function buildNameIndex(): NameIndex {
  const ranked = new Map<string, { code: string; rank: Rank }>();
  const add = (name: string, code: string, rank: Rank): void => {
    const key = foldKey(name);
    if (key === '') return;
    const known = ranked.get(key);
    // Same rank: the first source wins (i18n-iso-countries en, es, fr, then world-countries).
    if (known === undefined || rank < known.rank) ranked.set(key, { code, rank });
  };

  for (const locale of Object.values(COUNTRY_LOCALES)) {
    for (const [code, names] of Object.entries(locale.countries)) {
      const list = Array.isArray(names) ? names : [names];
      list.forEach((name, index) => add(name, code, index === 0 ? OFFICIAL : ALIAS));
    }
  }
  for (const country of countryCodes().worldCountry.values()) {
    const code = country.cca2;
    add(country.name.common, code, OFFICIAL);
    add(country.name.official, code, ALIAS);
    for (const language of ['spa', 'fra']) {
      const translation = country.translations[language];
      if (translation === undefined) continue;
      add(translation.common, code, OFFICIAL);
      add(translation.official, code, ALIAS);
    }
    for (const spelling of country.altSpellings) add(spelling, code, ALIAS);
  }
  for (const [code, names] of Object.entries(EXTRA_NAMES)) {
    for (const name of names) add(name, code, ALIAS);
  }

  const alpha2ByName = new Map<string, string>();
  for (const [key, { code }] of ranked) alpha2ByName.set(key, code);
  return { alpha2ByName };
}

function names(): NameIndex {
  nameIndex ??= buildNameIndex();
  return nameIndex;
}

function resolveCode(key: string): string | null {
  const { alpha2OfAlpha3, alpha3OfAlpha2, alpha2OfNumeric } = countryCodes();
  if (/^[a-z]{2}$/.test(key)) {
    const upper = key.toUpperCase();
    return alpha3OfAlpha2.has(upper) ? upper : null;
  }
  if (/^[a-z]{3}$/.test(key)) return alpha2OfAlpha3.get(key.toUpperCase()) ?? null;
  if (/^[0-9]{3}$/.test(key)) return alpha2OfNumeric.get(key) ?? null;
  return null;
}

function resolveUncached(raw: string): string | null {
  const key = foldKey(raw);
  if (key === '') return null;
  const byCode = resolveCode(key);
  if (byCode !== null) return byCode;
  const { alpha2ByName } = names();
  const byName = alpha2ByName.get(key);
  if (byName !== undefined) return byName;
  const words = foldWords(raw).split(' ');
  if (words.length > 1 && LEADING_ARTICLES.has(words[0] ?? '')) {
    return alpha2ByName.get(words.slice(1).join('')) ?? null;
  }
  return null;
}

/** Big files repeat a handful of country spellings; bounded so that junk cannot grow it forever. */
const CACHE_LIMIT = 4096;
const resolved = new Map<string, string | null>();

/**
 * ISO 3166-1 alpha-2 code for an alpha-2, alpha-3 or numeric code, or a country name in
 * English, Spanish or French (official or common alternative), ignoring case, accents,
 * spacing and punctuation. Null when nothing matches.
 */
export function resolveCountry(raw: string): string | null {
  const cached = resolved.get(raw);
  if (cached !== undefined) return cached;
  const code = resolveUncached(raw);
  if (resolved.size >= CACHE_LIMIT) resolved.clear();
  resolved.set(raw, code);
  return code;
}

/** True for an ISO 3166-1 alpha-2 code that the country data knows (upper case). */
export function isCountryCode(iso2: string): boolean {
  return countryCodes().alpha3OfAlpha2.has(iso2);
}

/** The country's name in the language; the code itself when the code is unknown. */
export function countryName(iso2: string, language: Language): string {
  const iso = isoCountryNames();
  const code = iso2.toUpperCase();
  return iso.getName(code, language) ?? iso.getName(code, 'en') ?? iso2;
}

/** [latitude, longitude] of the country's centre (world-countries), for the geographic layout. */
export function countryCentroid(iso2: string): [number, number] | null {
  const country = countryCodes().worldCountry.get(iso2.toUpperCase());
  if (country === undefined) return null;
  const [lat, lon] = country.latlng;
  return [lat, lon];
}
