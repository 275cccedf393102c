/**
 * Access to the maintained country-data packages: i18n-iso-countries (codes, names in en/es/fr),
 * world-countries (alternative spellings, translations, centroids). Nothing is copied out of them
 * by hand; the indexes below are built once, on first use.
 */
import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import worldCountries, { type Country } from 'world-countries';
import { LANGUAGES, type Language } from '../languages';

/** The three locales the app speaks; names in other languages are not matched. */
export const COUNTRY_LOCALES: Record<Language, { countries: Record<string, string | string[]> }> = {
  en,
  es,
  fr,
};

let localesRegistered = false;

/** i18n-iso-countries keeps a registry; the browser build starts with none registered. */
export function isoCountryNames(): typeof isoCountries {
  if (!localesRegistered) {
    for (const language of LANGUAGES) {
      isoCountries.registerLocale({
        locale: language,
        countries: COUNTRY_LOCALES[language].countries,
      });
    }
    localesRegistered = true;
  }
  return isoCountries;
}

interface CountryCodes {
  /** ISO 3166-1 alpha-2 → alpha-3. */
  alpha3OfAlpha2: Map<string, string>;
  /** alpha-3 → alpha-2. */
  alpha2OfAlpha3: Map<string, string>;
  /** ISO 3166-1 numeric (three digits) → alpha-2. */
  alpha2OfNumeric: Map<string, string>;
  /** world-countries record by alpha-2. */
  worldCountry: Map<string, Country>;
}

let codes: CountryCodes | null = null;

export function countryCodes(): CountryCodes {
  if (codes !== null) return codes;
  const iso = isoCountryNames();
  const alpha3OfAlpha2 = new Map(Object.entries(iso.getAlpha2Codes()));
  const alpha2OfAlpha3 = new Map(Object.entries(iso.getAlpha3Codes()));
  const alpha2OfNumeric = new Map(Object.entries(iso.getNumericCodes()));
  const worldCountry = new Map<string, Country>();
  for (const country of worldCountries) worldCountry.set(country.cca2, country);
  codes = { alpha3OfAlpha2, alpha2OfAlpha3, alpha2OfNumeric, worldCountry };
  return codes;
}
