import { describe, expect, it } from 'vitest';
import { deriveLinkScope } from '../../../src/core/model/scope';
import type { Organization, WorldRegion } from '../../../src/core/model/types';

function place(
  country: string | null,
  city: string | null,
  worldRegion: WorldRegion | null,
): Pick<Organization, 'country' | 'city' | 'worldRegion'> {
  return { country, city, worldRegion };
}

const cdmx = place('MX', 'Ciudad de México', 'latin_america_caribbean');
const oaxaca = place('MX', 'Oaxaca de Juárez', 'latin_america_caribbean');
const bogota = place('CO', 'Bogotá', 'latin_america_caribbean');
const paris = place('FR', 'Paris', 'europe');

describe('deriveLinkScope', () => {
  it('same country and same city → local, ignoring case, accents and spacing', () => {
    expect(deriveLinkScope(cdmx, cdmx)).toBe('local');
    expect(
      deriveLinkScope(cdmx, place('MX', '  ciudad de  MEXICO ', 'latin_america_caribbean')),
    ).toBe('local');
    expect(deriveLinkScope(bogota, place('CO', 'BOGOTA', 'latin_america_caribbean'))).toBe('local');
  });

  it('same country, another or an unknown city → national', () => {
    expect(deriveLinkScope(cdmx, oaxaca)).toBe('national');
    expect(deriveLinkScope(cdmx, place('MX', null, 'latin_america_caribbean'))).toBe('national');
    expect(deriveLinkScope(place('MX', null, null), place('MX', null, null))).toBe('national');
    expect(deriveLinkScope(place('MX', '', null), place('MX', '  ', null))).toBe('national');
  });

  it('different countries in the same world region → regional', () => {
    expect(deriveLinkScope(cdmx, bogota)).toBe('regional');
  });

  it('different world regions → international', () => {
    expect(deriveLinkScope(cdmx, paris)).toBe('international');
    expect(deriveLinkScope(paris, bogota)).toBe('international');
  });

  it('uses the organisations’ world region as given (overrides included)', () => {
    // A French overseas organisation whose file says it works in Latin America.
    const guadeloupe = place('FR', 'Pointe-à-Pitre', 'latin_america_caribbean');
    expect(deriveLinkScope(guadeloupe, bogota)).toBe('regional');
  });

  it('a missing country, or a missing region across countries → unknown', () => {
    expect(deriveLinkScope(place(null, 'Ciudad de México', null), cdmx)).toBe('unknown');
    expect(deriveLinkScope(cdmx, place(null, null, 'latin_america_caribbean'))).toBe('unknown');
    expect(deriveLinkScope(place(null, null, null), place(null, null, null))).toBe('unknown');
    expect(deriveLinkScope(cdmx, place('AQ', null, null))).toBe('unknown');
    // Same country needs no region.
    expect(deriveLinkScope(place('AQ', 'McMurdo', null), place('AQ', 'mcmurdo', null))).toBe(
      'local',
    );
  });

  it('is symmetric', () => {
    const places = [cdmx, oaxaca, bogota, paris, place(null, null, null), place('MX', null, null)];
    for (const a of places)
      for (const b of places) expect(deriveLinkScope(a, b)).toBe(deriveLinkScope(b, a));
  });
});
