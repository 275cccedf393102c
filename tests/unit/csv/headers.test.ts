import { describe, expect, it } from 'vitest';
import {
  detectFileKind,
  fieldOfHeader,
  matchHeaders,
  normalizeHeader,
} from '../../../src/core/csv/headers';

describe('normalizeHeader', () => {
  it('ignores case, accents, spaces, underscores and hyphens', () => {
    expect(normalizeHeader(' Catégorie ')).toBe('categorie');
    expect(normalizeHeader('WORLD_REGION')).toBe(normalizeHeader('world region'));
    expect(normalizeHeader('world-region')).toBe('worldregion');
    expect(normalizeHeader('Organización')).toBe('organizacion');
  });
});

describe('fieldOfHeader: organisations', () => {
  it.each([
    // English
    ['id', 'id'],
    ['Key', 'id'],
    ['Name', 'name'],
    ['Sector', 'sector'],
    ['Category', 'sector'],
    ['Country', 'country'],
    ['Region', 'region'],
    ['State', 'region'],
    ['Province', 'region'],
    ['City', 'city'],
    ['Locality', 'city'],
    ['Latitude', 'lat'],
    ['LAT', 'lat'],
    ['lng', 'lon'],
    ['Longitude', 'lon'],
    ['Scope', 'scope'],
    ['Level', 'scope'],
    ['World Region', 'world_region'],
    ['world_region', 'world_region'],
    ['Themes', 'themes'],
    // Spanish
    ['Clave', 'id'],
    ['Identificador', 'id'],
    ['Nombre', 'name'],
    ['Organización', 'name'],
    ['Tipo', 'sector'],
    ['Categoría', 'sector'],
    ['País', 'country'],
    ['Pais', 'country'],
    ['Región', 'region'],
    ['Estado', 'region'],
    ['Ciudad', 'city'],
    ['Municipio', 'city'],
    ['Localidad', 'city'],
    ['Latitud', 'lat'],
    ['Longitud', 'lon'],
    ['Ámbito', 'scope'],
    ['Nivel', 'scope'],
    ['Temas', 'themes'],
    // French
    ['Identifiant', 'id'],
    ['Nom', 'name'],
    ['Organisation', 'name'],
    ['Secteur', 'sector'],
    ['Pays', 'country'],
    ['Région', 'region'],
    ['Ville', 'city'],
    ['Échelle', 'scope'],
    ['Thèmes', 'themes'],
    // Gephi
    ['Id', 'id'],
    ['Label', 'name'],
    // Kumu
    ['Type', 'sector'],
    ['Tags', 'themes'],
  ])('%s → %s', (header, field) => {
    expect(fieldOfHeader(header, 'organizations')).toBe(field);
  });

  it('knows nothing of other columns', () => {
    expect(fieldOfHeader('Description', 'organizations')).toBeNull();
    expect(fieldOfHeader('timeset', 'organizations')).toBeNull();
  });
});

describe('fieldOfHeader: links', () => {
  it.each([
    // English
    ['source', 'source'],
    ['target', 'target'],
    ['from', 'source'],
    ['to', 'target'],
    ['type', 'type'],
    ['kind', 'type'],
    ['weight', 'weight'],
    ['directed', 'directed'],
    ['since', 'since'],
    ['until', 'until'],
    ['start', 'since'],
    ['end', 'until'],
    ['scope', 'scope'],
    ['themes', 'themes'],
    // Spanish
    ['Origen', 'source'],
    ['Destino', 'target'],
    ['De', 'source'],
    ['A', 'target'],
    ['Tipo', 'type'],
    ['Peso', 'weight'],
    ['Intensidad', 'weight'],
    ['Dirigido', 'directed'],
    ['Desde', 'since'],
    ['Hasta', 'until'],
    ['Inicio', 'since'],
    ['Fin', 'until'],
    ['Ámbito', 'scope'],
    ['Nivel', 'scope'],
    // French
    ['Origine', 'source'],
    ['Cible', 'target'],
    ['Poids', 'weight'],
    ['Début', 'since'],
    ['Échelle', 'scope'],
    // Gephi
    ['Source', 'source'],
    ['Target', 'target'],
    ['Type', 'type'],
    ['Weight', 'weight'],
    // Kumu
    ['From', 'source'],
    ['To', 'target'],
    ['Strength', 'weight'],
    ['Tags', 'themes'],
    ['Direction', 'directed'],
  ])('%s → %s', (header, field) => {
    expect(fieldOfHeader(header, 'links')).toBe(field);
  });

  it('leaves Gephi’s edge Id, Label and Interval as attributes', () => {
    const match = matchHeaders(
      ['Source', 'Target', 'Type', 'Id', 'Label', 'Interval', 'Weight'],
      'links',
    );
    expect(match.fields).toEqual({ source: 0, target: 1, type: 2, weight: 6 });
    expect(match.attributes.map((a) => a.header)).toEqual(['Id', 'Label', 'Interval']);
  });
});

describe('matchHeaders', () => {
  it('with both Id and Label, Label is the name', () => {
    const match = matchHeaders(['Id', 'Label', 'timeset'], 'organizations');
    expect(match.fields).toEqual({ id: 0, name: 1 });
    expect(match.attributes).toEqual([{ header: 'timeset', index: 2 }]);
  });

  it('with Name and Label, Name is the name and Label an attribute', () => {
    const match = matchHeaders(['Label', 'Name', 'id'], 'organizations');
    expect(match.fields).toEqual({ id: 2, name: 1 });
    expect(match.attributes.map((a) => a.header)).toEqual(['Label']);
  });

  it('reads type as the sector in an organisations file and as the alliance type in a links file', () => {
    expect(matchHeaders(['Label', 'Type'], 'organizations').fields).toEqual({ name: 0, sector: 1 });
    expect(matchHeaders(['From', 'To', 'Type'], 'links').fields).toEqual({
      source: 0,
      target: 1,
      type: 2,
    });
  });

  it('prefers Sector over Type when a file has both', () => {
    const match = matchHeaders(['id', 'Type', 'Sector'], 'organizations');
    expect(match.fields.sector).toBe(2);
    expect(match.attributes.map((a) => a.header)).toEqual(['Type']);
  });

  it('lists a repeated header as a duplicate: the first one wins', () => {
    const match = matchHeaders(['id', 'country', 'notes', 'country', 'notes'], 'organizations');
    expect(match.fields.country).toBe(1);
    expect(match.duplicates).toEqual([
      { header: 'country', index: 3, firstIndex: 1 },
      { header: 'notes', index: 4, firstIndex: 2 },
    ]);
    expect(match.attributes).toEqual([{ header: 'notes', index: 2 }]);
  });

  it('follows a column mapping over the alias tables', () => {
    const match = matchHeaders(
      ['Código', 'Razón', 'País', 'Clave'],
      'organizations',
      new Map([
        ['Código', 'id'],
        ['Razón', 'name'],
        ['Clave', null],
      ]),
    );
    expect(match.fields).toEqual({ id: 0, name: 1, country: 2 });
    expect(match.attributes.map((a) => a.header)).toEqual(['Clave']);
  });
});

describe('detectFileKind', () => {
  it.each([
    [['Source', 'Target', 'Type', 'Id', 'Label', 'Weight'], 'links'],
    [['From', 'To', 'Type', 'Strength'], 'links'],
    [['origen', 'destino'], 'links'],
    [['Id', 'Label', 'Sector'], 'organizations'],
    [['Label', 'Type', 'Description', 'Tags'], 'organizations'],
    [['Organización', 'País'], 'organizations'],
    [['sector', 'country'], null],
    [['source', 'weight'], null],
  ] as const)('%j → %s', (headers, kind) => {
    expect(detectFileKind([...headers])).toBe(kind);
  });

  it('uses the column mapping', () => {
    const ends = new Map([
      ['a1', 'source'],
      ['b1', 'target'],
    ]);
    expect(detectFileKind(['a1', 'b1'], ends)).toBe('links');
    expect(detectFileKind(['code', 'x'], new Map([['code', 'id']]))).toBe('organizations');
  });
});
