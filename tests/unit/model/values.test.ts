import { describe, expect, it } from 'vitest';
import {
  canonicalSector,
  isDirectionWord,
  parseBoolean,
  parseDate,
  parseDecimal,
  parseLinkType,
  parseScope,
  parseThemes,
} from '../../../src/core/model/values';

describe('canonicalSector', () => {
  it.each([
    [
      'cooperative',
      [
        'cooperative',
        'Cooperativa',
        'coopérative',
        'Co-op',
        'COOP',
        'cooperativas',
        'Sociedad Cooperativa',
      ],
    ],
    [
      'social_enterprise',
      ['social_enterprise', 'Social enterprise', 'empresa social', 'Entreprise sociale'],
    ],
    [
      'civil_society',
      [
        'OSC',
        'ONG',
        'NGO',
        'NPO',
        'association',
        'Asociación civil',
        'A.C.',
        'civil society',
        'Fundación',
      ],
    ],
    ['movement', ['movimiento', 'colectivo', 'Mouvement', 'collectif', 'collective']],
    ['union', ['sindicato', 'syndicat', 'trade union', 'Union']],
    [
      'academia',
      ['universidad', 'université', 'University', 'research centre', 'Centro de investigación'],
    ],
    [
      'government',
      ['gobierno', 'gouvernement', 'municipality', 'ministry', 'Ministerio', 'Government'],
    ],
    ['private', ['empresa privada', 'entreprise privée', 'company', 'business', 'private']],
    ['network', ['red', 'réseau', 'federation', 'Federación', 'network']],
    [
      'international',
      ['organismo internacional', 'organisation internationale', 'IGO', 'international'],
    ],
    [
      'finance',
      ['finanzas solidarias', 'mutual', 'credit union', 'caja popular', 'finance solidaire'],
    ],
  ])('%s', (code, names) => {
    for (const name of names) expect(canonicalSector(name), name).toBe(code);
  });

  it('returns null for a custom sector', () => {
    expect(canonicalSector('Media')).toBeNull();
    expect(canonicalSector('Iglesia')).toBeNull();
  });
});

describe('parseBoolean', () => {
  it.each(['true', 'TRUE', 'yes', 'Sí', 'si', 'oui', '1', 't', 'y', 'Directed'])(
    '%s → true',
    (v) => {
      expect(parseBoolean(v)).toBe(true);
    },
  );
  it.each(['false', 'no', 'No', 'non', '0', 'f', 'n', 'Undirected'])('%s → false', (v) => {
    expect(parseBoolean(v)).toBe(false);
  });
  it('tells empty from unreadable', () => {
    expect(parseBoolean('  ')).toBeUndefined();
    expect(parseBoolean('maybe')).toBeNull();
  });
});

describe('isDirectionWord', () => {
  it('knows Gephi’s and Kumu’s direction values', () => {
    for (const w of ['Directed', 'undirected', 'Mixed', 'mutual'])
      expect(isDirectionWord(w)).toBe(true);
    expect(isDirectionWord('partnership')).toBe(false);
  });
});

describe('parseDecimal', () => {
  it('reads dots and decimal commas', () => {
    expect(parseDecimal('1.5')).toBe(1.5);
    expect(parseDecimal('1,5')).toBe(1.5);
    expect(parseDecimal(' -99,25 ')).toBe(-99.25);
    expect(parseDecimal('2')).toBe(2);
    expect(parseDecimal('1e3')).toBe(1000);
  });
  it('refuses what is not a plain number', () => {
    for (const v of ['abc', '1.2.3', '0x10', 'Infinity', '1,2,3', '1 000'])
      expect(parseDecimal(v), v).toBeNull();
    expect(parseDecimal('')).toBeUndefined();
  });
});

describe('parseDate', () => {
  it.each([
    ['2019', '2019'],
    ['2019.0', '2019'],
    ['2019-3', '2019-03'],
    ['2019-03-15', '2019-03-15'],
    ['2019-03-15T10:00:00Z', '2019-03-15'],
    ['2019-03-15 00:00:00', '2019-03-15'],
    ['15/03/2019', '2019-03-15'],
    ['5/3/2019', '2019-03-05'],
    ['15-03-2019', '2019-03-15'],
    ['15.03.2019', '2019-03-15'],
    ['03/15/2019', '2019-03-15'],
  ])('%s → %s', (raw, value) => {
    expect(parseDate(raw)).toBe(value);
  });
  it('refuses impossible or unreadable dates', () => {
    for (const v of ['2019-13', '2019-02-30', '31/04/2020', 'March 2019', '19', 'soon'])
      expect(parseDate(v), v).toBeNull();
    expect(parseDate(' ')).toBeUndefined();
  });
});

describe('parseScope', () => {
  it.each([
    ['local', 'local'],
    ['Locale', 'local'],
    ['nacional', 'national'],
    ['National', 'national'],
    ['nationale', 'national'],
    ['regional', 'regional'],
    ['Régional', 'regional'],
    ['régionale', 'regional'],
    ['internacional', 'international'],
    ['Internationale', 'international'],
    ['desconocido', 'unknown'],
  ])('%s → %s', (raw, scope) => {
    expect(parseScope(raw)).toBe(scope);
  });
  it('refuses other words', () => {
    expect(parseScope('galactic')).toBeNull();
    expect(parseScope('')).toBeUndefined();
  });
});

describe('parseThemes', () => {
  it('splits on ; and |, trims and removes repeats', () => {
    expect(parseThemes(' food ; housing|food| | care ')).toEqual(['food', 'housing', 'care']);
    expect(parseThemes('')).toEqual([]);
  });
});

describe('parseLinkType', () => {
  it('maps known names in three languages and keeps others as written', () => {
    expect(parseLinkType('Alianza')).toBe('partnership');
    expect(parseLinkType('financement')).toBe('funding');
    expect(parseLinkType('research')).toBe('research');
    expect(parseLinkType(' Mentoring ')).toBe('Mentoring');
    expect(parseLinkType('')).toBeUndefined();
  });
});
