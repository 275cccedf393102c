import { describe, expect, it } from 'vitest';
import {
  countryCentroid,
  countryName,
  isCountryCode,
  resolveCountry,
} from '../../../src/core/geo/countries';

describe('resolveCountry', () => {
  it('reads alpha-2, alpha-3 and numeric codes in any case', () => {
    expect(resolveCountry('MX')).toBe('MX');
    expect(resolveCountry('mx')).toBe('MX');
    expect(resolveCountry(' fr ')).toBe('FR');
    expect(resolveCountry('MEX')).toBe('MX');
    expect(resolveCountry('usa')).toBe('US');
    expect(resolveCountry('GBR')).toBe('GB');
    expect(resolveCountry('484')).toBe('MX');
  });

  it.each([
    ['United States', 'US'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],
    ['EE. UU.', 'US'],
    ['EEUU', 'US'],
    ['Estados Unidos', 'US'],
    ['États-Unis', 'US'],
    ['etats unis', 'US'],
    ['Mexico', 'MX'],
    ['México', 'MX'],
    ['MÉXICO', 'MX'],
    ['Mexique', 'MX'],
    ['Estados Unidos Mexicanos', 'MX'],
    ['Brazil', 'BR'],
    ['Brasil', 'BR'],
    ['Brésil', 'BR'],
    ['United Kingdom', 'GB'],
    ['UK', 'GB'],
    ['Reino Unido', 'GB'],
    ['Royaume-Uni', 'GB'],
    ['England', 'GB'],
    ['Netherlands', 'NL'],
    ['The Netherlands', 'NL'],
    ['Pays-Bas', 'NL'],
    ['Países Bajos', 'NL'],
    ['Holanda', 'NL'],
    ["Côte d'Ivoire", 'CI'],
    ['Cote d’Ivoire', 'CI'],
    ['Côte-d’Ivoire', 'CI'],
    ['Costa de Marfil', 'CI'],
    ['Ivory Coast', 'CI'],
    ['Colombia', 'CO'],
    ['Colombie', 'CO'],
    ['Perú', 'PE'],
    ['Pérou', 'PE'],
    ['España', 'ES'],
    ['Espagne', 'ES'],
    ['Spain', 'ES'],
    ['Allemagne', 'DE'],
    ['Alemania', 'DE'],
    ['Corea del Sur', 'KR'],
    ['South Korea', 'KR'],
    ['Corée du Sud', 'KR'],
    ['Turquía', 'TR'],
    ['Turkey', 'TR'],
    ['Türkiye', 'TR'],
    ['República Checa', 'CZ'],
    ['Tchéquie', 'CZ'],
    ['Bolivia', 'BO'],
    ['Bolivie', 'BO'],
    ['Congo', 'CG'],
    ['DRC', 'CD'],
    ['República Democrática del Congo', 'CD'],
    ['République démocratique du Congo', 'CD'],
    ['Sudáfrica', 'ZA'],
    ['Afrique du Sud', 'ZA'],
    ['Haití', 'HT'],
    ['Haïti', 'HT'],
    ['République dominicaine', 'DO'],
    ['República Dominicana', 'DO'],
    ['Suiza', 'CH'],
    ['Suisse', 'CH'],
    ['Canadá', 'CA'],
    ['Taiwan', 'TW'],
    ['Kosovo', 'XK'],
    ['El Salvador', 'SV'],
    ['Salvador', 'SV'],
    ['la India', 'IN'],
  ])('%s → %s', (raw, expected) => {
    expect(resolveCountry(raw)).toBe(expected);
  });

  it('returns null for what names no country', () => {
    expect(resolveCountry('')).toBeNull();
    expect(resolveCountry('   ')).toBeNull();
    expect(resolveCountry('--')).toBeNull();
    expect(resolveCountry('Atlantis')).toBeNull();
    expect(resolveCountry('Ciudad de México')).toBeNull();
    expect(resolveCountry('ZZ')).toBeNull();
    expect(resolveCountry('XYZ')).toBeNull();
    expect(resolveCountry('999')).toBeNull();
  });

  it('gives the same answer when asked again (cached)', () => {
    expect(resolveCountry('Brésil')).toBe('BR');
    expect(resolveCountry('Brésil')).toBe('BR');
    expect(resolveCountry('Atlantis')).toBeNull();
    expect(resolveCountry('Atlantis')).toBeNull();
  });
});

describe('isCountryCode', () => {
  it('knows ISO 3166-1 alpha-2 codes', () => {
    expect(isCountryCode('MX')).toBe(true);
    expect(isCountryCode('UK')).toBe(false);
  });
});

describe('countryName', () => {
  it('names a country in English, Spanish and French', () => {
    expect(countryName('MX', 'en')).toBe('Mexico');
    expect(countryName('MX', 'es')).toBe('México');
    expect(countryName('MX', 'fr')).toBe('Mexique');
    expect(countryName('DE', 'es')).toBe('Alemania');
    expect(countryName('de', 'fr')).toBe('Allemagne');
  });

  it('falls back to the code when the code is unknown', () => {
    expect(countryName('ZZ', 'en')).toBe('ZZ');
  });

  it('round-trips: every name it gives resolves to the same code', () => {
    for (const code of ['MX', 'US', 'GB', 'CI', 'CD', 'CG', 'KR', 'KP', 'NL', 'BR', 'VA', 'PS']) {
      for (const language of ['en', 'es', 'fr'] as const) {
        expect(resolveCountry(countryName(code, language)), `${code} ${language}`).toBe(code);
      }
    }
  });
});

describe('countryCentroid', () => {
  it('gives [lat, lon] of the country', () => {
    const mexico = countryCentroid('MX');
    expect(mexico).not.toBeNull();
    const [lat, lon] = mexico ?? [0, 0];
    expect(lat).toBeGreaterThan(14);
    expect(lat).toBeLessThan(33);
    expect(lon).toBeGreaterThan(-118);
    expect(lon).toBeLessThan(-86);
    expect(countryCentroid('fr')).toEqual(countryCentroid('FR'));
  });

  it('is null for an unknown code, and hands out a fresh array', () => {
    expect(countryCentroid('ZZ')).toBeNull();
    const first = countryCentroid('BR');
    first?.splice(0, 2, 0, 0);
    expect(countryCentroid('BR')).not.toEqual([0, 0]);
  });
});
