/** Files shaped as Gephi, Kumu and Spanish-locale Excel write them open with the right data. */
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/core/model/importDataset';
import type { Dataset } from '../../../src/core/model/types';
import { cp1252, csv, fixture, utf16, utf8 } from '../../fixtures/import/bytes';

function byId(d: Dataset, id: string) {
  const o = d.organizations.find((x) => x.id === id);
  if (!o) throw new Error(`no organisation ${id}`);
  return o;
}

const codes = (d: Dataset) => d.issues.map((i) => i.code);

describe('Gephi spreadsheet export', () => {
  const d = importDataset([fixture('gephi-edges.csv'), fixture('gephi-nodes.csv')]);

  it('tells the nodes file from the edges file by their headers', () => {
    expect(d.name).toBe('gephi-nodes');
    expect(d.organizations.map((o) => o.id)).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
    expect(d.links.map((l) => [l.source, l.target])).toEqual([
      ['n1', 'n2'],
      ['n1', 'n3'],
      ['n2', 'n4'],
      ['n4', 'n5'],
    ]);
  });

  it('reads Label as the name, sectors, countries and world regions', () => {
    expect(byId(d, 'n1')).toMatchObject({
      name: 'Cooperativa Pascual',
      sector: 'cooperative',
      country: 'MX',
    });
    expect(byId(d, 'n2')).toMatchObject({
      sector: 'network',
      country: 'MX',
      worldRegion: 'latin_america_caribbean',
    });
    expect(byId(d, 'n3')).toMatchObject({ sector: 'academia', country: 'MX', city: 'Puebla' });
    expect(byId(d, 'n4')).toMatchObject({
      name: 'OIT',
      sector: 'international',
      country: 'CH',
      worldRegion: 'europe',
    });
    expect(byId(d, 'n5')).toMatchObject({
      sector: 'network',
      country: 'CA',
      worldRegion: 'north_america',
    });
  });

  it('reads the Type column as direction, not as the alliance type', () => {
    expect(d.links.every((l) => l.directed === false && l.type === null)).toBe(true);
    expect(d.links.map((l) => l.weight)).toEqual([1, 2, 1, 1.5]);
  });

  it('derives link scopes from the organisations’ geography', () => {
    expect(d.links.map((l) => l.scope)).toEqual([
      'local',
      'national',
      'international',
      'international',
    ]);
    expect(d.links.every((l) => !l.scopeExplicit)).toBe(true);
  });

  it('keeps Gephi’s other columns as attributes, in file order', () => {
    expect(d.organizationColumns).toEqual(['timeset']);
    expect(d.linkColumns).toEqual(['Id', 'Label', 'timeset']);
    expect(d.links[2]!.attributes).toEqual({ Id: '2', Label: '', timeset: '' });
    expect(d.links.map((l) => l.key)).toEqual(['L2', 'L3', 'L4', 'L5']);
  });

  it('raises nothing above info', () => {
    expect(d.issues.filter((i) => i.level !== 'info')).toEqual([]);
  });
});

describe('direction words in a type column', () => {
  const organizations = csv('nodes.csv', 'Id,Label\na,A\nb,B\n');

  it('Gephi’s Directed edges are directed links without a type', () => {
    const d = importDataset([
      organizations,
      csv('edges.csv', 'Source,Target,Type\na,b,Directed\nb,a,\n'),
    ]);
    expect(d.links.map((l) => [l.directed, l.type])).toEqual([
      [true, null],
      [false, null],
    ]);
  });

  it('alongside a real direction column, the type column is kept as an attribute', () => {
    const d = importDataset([
      organizations,
      csv('edges.csv', 'Source,Target,Type,Directed\na,b,Directed,no\n'),
    ]);
    expect(d.links[0]).toMatchObject({
      directed: false,
      type: null,
      attributes: { Type: 'Directed' },
    });
    expect(d.linkColumns).toEqual(['Type']);
  });

  it('a type column with alliance types stays the alliance type', () => {
    const d = importDataset([
      organizations,
      csv('edges.csv', 'Source,Target,Type\na,b,Directed\na,b,funding\n'),
    ]);
    expect(d.links.map((l) => l.type)).toEqual(['Directed', 'funding']);
  });

  it('Kumu’s Direction column', () => {
    const d = importDataset([
      csv('elements.csv', 'Label\nA\nB\n'),
      csv('connections.csv', 'From,To,Direction\nA,B,directed\nB,A,mutual\n'),
    ]);
    expect(d.links.map((l) => l.directed)).toEqual([true, false]);
  });
});

describe('Kumu export', () => {
  const d = importDataset([fixture('kumu-elements.csv'), fixture('kumu-connections.csv')]);

  it('uses Label as both id and name, and From/To match those labels', () => {
    expect(d.organizations.map((o) => [o.id, o.name])).toEqual([
      ['Cooperativa Sur', 'Cooperativa Sur'],
      ['Fundación Tierra', 'Fundación Tierra'],
      ['Red Andina', 'Red Andina'],
      ['Ministerio de Trabajo', 'Ministerio de Trabajo'],
    ]);
    expect(d.organizations.some((o) => o.placeholder)).toBe(false);
    expect(codes(d)).not.toContain('name_matched_endpoint');
    expect(codes(d)).not.toContain('unknown_endpoint');
  });

  it('reads Type as the sector, Tags as themes, Strength as weight', () => {
    expect(d.organizations.map((o) => o.sector)).toEqual([
      'cooperative',
      'civil_society',
      'network',
      'government',
    ]);
    expect(byId(d, 'Cooperativa Sur').themes).toEqual(['food', 'fair trade']);
    expect(byId(d, 'Cooperativa Sur').attributes).toEqual({
      Description: 'Agricultural co-op, founded 1998',
    });
    expect(d.links.map((l) => [l.type, l.weight])).toEqual([
      ['membership', 3],
      ['partnership', 1],
      ['funding', 2],
    ]);
  });

  it('derives scopes: same country without cities is national, neighbours are regional', () => {
    expect(d.links.map((l) => l.scope)).toEqual(['regional', 'national', 'national']);
  });
});

describe('Spanish-locale Excel (semicolons, Windows-1252, decimal commas)', () => {
  const organizations = cp1252(
    [
      'Clave;Organización;Categoría;País;Ciudad;Latitud;Longitud;Ámbito;Temas',
      'c1;Cooperativa Ñandú;Cooperativa;México;Ciudad de México;19,4326;-99,1332;local;"alimentación; vivienda"',
      'c2;Asociación Civil Tequio;A.C.;MX;Ciudad de México;19,42;-99,15;nacional;',
      'c3;Secretaría del Trabajo;Gobierno;Mexico;Puebla;;;nacional;',
      'c4;Cooperativa Andina;cooperativa;Perú;Lima;-12,05;-77,04;regional;',
      'c5;Réseau Intercontinental;Red;Francia;París;;;internacional;',
    ].join('\r\n') + '\r\n',
  );
  const links = cp1252(
    [
      'Origen;Destino;Tipo;Peso;Desde;Hasta;Dirigido;Ámbito',
      'c1;c2;alianza;1,5;2018;;no;',
      'c1;c3;financiamiento;2;15/03/2019;;sí;',
      'c2;c4;investigación;0,5;2020-01;;;',
      'c4;c5;red;1;2016;2021;;',
      'c3;c5;política;1;2017;;;regional',
    ].join('\r\n'),
  );
  const d = importDataset([
    { name: 'organizaciones.csv', bytes: organizations },
    { name: 'alianzas.csv', bytes: links },
  ]);

  it('decodes the accents and notes the encoding of each file (Excel’s own, no warning)', () => {
    expect(byId(d, 'c1').name).toBe('Cooperativa Ñandú');
    expect(byId(d, 'c3').name).toBe('Secretaría del Trabajo');
    const fallbacks = d.issues.filter((i) => i.code === 'encoding_fallback');
    expect(fallbacks.map((i) => [i.file, i.level, i.row])).toEqual([
      ['organizaciones.csv', 'info', null],
      ['alianzas.csv', 'info', null],
    ]);
  });

  it('matches the accented Spanish headers', () => {
    expect(d.organizations.map((o) => o.sector)).toEqual([
      'cooperative',
      'civil_society',
      'government',
      'cooperative',
      'network',
    ]);
    expect(d.organizations.map((o) => o.country)).toEqual(['MX', 'MX', 'MX', 'PE', 'FR']);
    expect(d.organizations.map((o) => o.scope)).toEqual([
      'local',
      'national',
      'national',
      'regional',
      'international',
    ]);
    expect(byId(d, 'c1').themes).toEqual(['alimentación', 'vivienda']);
    expect(d.organizationColumns).toEqual([]);
  });

  it('reads decimal commas in coordinates and weights', () => {
    expect(byId(d, 'c1')).toMatchObject({ lat: 19.4326, lon: -99.1332 });
    expect(byId(d, 'c3')).toMatchObject({ lat: null, lon: null });
    expect(d.links.map((l) => l.weight)).toEqual([1.5, 2, 0.5, 1, 1]);
  });

  it('reads link types, dates, direction and scopes', () => {
    expect(d.links.map((l) => l.type)).toEqual([
      'partnership',
      'funding',
      'research',
      'network',
      'policy',
    ]);
    expect(d.links.map((l) => [l.since, l.until])).toEqual([
      ['2018', null],
      ['2019-03-15', null],
      ['2020-01', null],
      ['2016', '2021'],
      ['2017', null],
    ]);
    expect(d.links.map((l) => l.directed)).toEqual([false, true, false, false, false]);
    expect(d.links.map((l) => [l.scope, l.scopeExplicit])).toEqual([
      ['local', false],
      ['national', false],
      ['regional', false],
      ['international', false],
      ['regional', true],
    ]);
  });

  it('raises nothing but the encoding warnings', () => {
    expect(d.issues.filter((i) => i.code !== 'encoding_fallback')).toEqual([]);
  });
});

describe('alias families', () => {
  const cases = [
    {
      family: 'English',
      organizations:
        'key,name,category,country,state,locality,latitude,longitude,level,world region,themes,acronym\nA,Alpha Coop,co-op,Mexico,CDMX,Coyoacán,19.3,-99.1,local,,food,AC|Alfa\nB,Beta Union,trade union,United States,NY,New York,,,national,,,',
      links:
        'from,to,kind,strength,directed,start,end,scope,themes\nA,B,trade,2,yes,2015,2020,,food|care',
    },
    {
      family: 'Spanish',
      organizations:
        'identificador;nombre;tipo;país;estado;municipio;latitud;longitud;nivel;región mundial;temas;siglas\nA;Alpha Coop;cooperativa;México;CDMX;Coyoacán;19,3;-99,1;local;;food;AC|Alfa\nB;Beta Union;sindicato;Estados Unidos;NY;New York;;;nacional;;;',
      links:
        'de;a;tipo;intensidad;dirigido;inicio;fin;ámbito;temas\nA;B;comercio;2;sí;2015;2020;;food|care',
    },
    {
      family: 'French',
      organizations:
        'identifiant;nom;secteur;pays;région;ville;latitude;longitude;échelle;continent;thèmes;sigle\nA;Alpha Coop;coopérative;Mexique;CDMX;Coyoacán;19,3;-99,1;locale;;food;AC|Alfa\nB;Beta Union;syndicat;États-Unis;NY;New York;;;nationale;;;',
      links:
        'origine;cible;type;poids;dirigé;début;fin;échelle;thèmes\nA;B;commerce;2;oui;2015;2020;;food|care',
    },
  ];

  it.each(cases)('$family headers and values open alike', ({ organizations, links }) => {
    const d = importDataset([csv('orgs.csv', organizations), csv('links.csv', links)]);
    expect(d.organizations).toEqual([
      {
        id: 'A',
        name: 'Alpha Coop',
        sector: 'cooperative',
        country: 'MX',
        region: 'CDMX',
        city: 'Coyoacán',
        lat: 19.3,
        lon: -99.1,
        scope: 'local',
        worldRegion: 'latin_america_caribbean',
        themes: ['food'],
        aliases: ['AC', 'Alfa'],
        placeholder: false,
        attributes: {},
        row: 2,
      },
      {
        id: 'B',
        name: 'Beta Union',
        sector: 'union',
        country: 'US',
        region: 'NY',
        city: 'New York',
        lat: null,
        lon: null,
        scope: 'national',
        worldRegion: 'north_america',
        themes: [],
        aliases: [],
        placeholder: false,
        attributes: {},
        row: 3,
      },
    ]);
    expect(d.links).toEqual([
      {
        key: 'L2',
        source: 'A',
        target: 'B',
        type: 'trade',
        weight: 2,
        directed: true,
        since: '2015',
        until: '2020',
        scope: 'international',
        scopeExplicit: false,
        themes: ['food', 'care'],
        attributes: {},
        row: 2,
      },
    ]);
    expect(d.issues).toEqual([]);
  });
});

describe('encodings and delimiters', () => {
  const organizations = 'id,name,country\n1,Coopérative Éthique,France\n2,Peña,España\n';
  const links = 'source,target\n1,2\n';
  const expected = ['Coopérative Éthique', 'Peña'];

  it.each([
    ['UTF-8', utf8(organizations)],
    ['UTF-8 with BOM', utf8(organizations, true)],
    ['Windows-1252', cp1252(organizations)],
    ['UTF-16 LE', utf16(organizations, 'le')],
    ['UTF-16 BE', utf16(organizations, 'be')],
  ])('%s', (_encoding, bytes) => {
    const d = importDataset([{ name: 'o.csv', bytes }, csv('l.csv', links)]);
    expect(d.organizations.map((o) => o.name)).toEqual(expected);
    expect(d.organizations.map((o) => o.country)).toEqual(['FR', 'ES']);
    expect(d.links.map((l) => l.scope)).toEqual(['regional']);
  });

  it.each([',', ';', '\t', '|'])('delimiter %j', (delimiter) => {
    const text = organizations.replaceAll(',', delimiter);
    const d = importDataset([csv('o.csv', text), csv('l.csv', links.replaceAll(',', delimiter))]);
    expect(d.organizations.map((o) => o.name)).toEqual(expected);
    expect(d.links).toHaveLength(1);
  });

  it('Excel’s “Unicode text”: UTF-16 LE with tabs', () => {
    const text = 'Id\tLabel\tSector\r\nx\tRéseau X\tréseau\r\ny\tY\tONG\r\n';
    const d = importDataset([{ name: 'orgs.txt', bytes: utf16(text, 'le') }]);
    expect(d.organizations.map((o) => [o.name, o.sector])).toEqual([
      ['Réseau X', 'network'],
      ['Y', 'civil_society'],
    ]);
  });
});

describe('quoted fields', () => {
  it('keep delimiters and newlines, and row numbers stay those of the spreadsheet', () => {
    const organizations = [
      'id,name,notes',
      '1,"Coop ""La Unión"", A.C.","first line',
      'second line, with a comma"',
      '2,Beta,plain',
      '3,Gamma,"x;y|z"',
    ].join('\n');
    const links = 'source,target,weight\n1,2,1\n"2","3",abc\n';
    const d = importDataset([csv('o.csv', organizations), csv('l.csv', links)]);
    expect(d.organizations.map((o) => [o.id, o.name, o.row])).toEqual([
      ['1', 'Coop "La Unión", A.C.', 2],
      ['2', 'Beta', 3],
      ['3', 'Gamma', 4],
    ]);
    expect(d.organizations[0]!.attributes).toEqual({
      notes: 'first line\nsecond line, with a comma',
    });
    expect(d.issues.find((i) => i.code === 'invalid_weight')).toMatchObject({
      file: 'l.csv',
      row: 3,
      column: 'weight',
    });
  });
});

describe('one file alone', () => {
  it('an organisations file with ids only uses them as names, with one warning', () => {
    const d = importDataset([csv('o.csv', 'id,country\n1,MX\n2,AR\n')]);
    expect(d.organizations.map((o) => o.name)).toEqual(['1', '2']);
    expect(d.issues).toEqual([
      expect.objectContaining({ level: 'warning', code: 'missing_name', row: 1, column: null }),
    ]);
  });

  it('an organisations file alone gives organisations and no links', () => {
    const d = importDataset([csv('o.csv', 'id,name\n1,A\n2,B\n')]);
    expect(d.organizations).toHaveLength(2);
    expect(d.links).toEqual([]);
  });

  it('a links file alone creates its organisations from the link ends, with one message', () => {
    const d = importDataset([csv('edges.csv', 'source,target\na,b\nb,c\n')]);
    expect(d.organizations.map((o) => [o.id, o.placeholder])).toEqual([
      ['a', true],
      ['b', true],
      ['c', true],
    ]);
    expect(d.links).toHaveLength(2);
    expect(d.issues).toEqual([
      expect.objectContaining({
        level: 'info',
        code: 'unknown_endpoint',
        row: null,
        params: { count: 3 },
      }),
    ]);
  });
});

describe('column mapping', () => {
  it('overrides header matching for the file it names', () => {
    const organizations = 'Código,Razón,Giro\nx1,Alpha,cooperativa\nx2,Beta,ONG\n';
    const links = 'Uno,Otro\nx1,x2\n';
    const d = importDataset([csv('o.csv', organizations), csv('l.csv', links)], {
      columnMapping: new Map([
        [
          'o.csv',
          new Map([
            ['Código', 'id'],
            ['Razón', 'name'],
            ['Giro', 'sector'],
          ]),
        ],
        [
          'l.csv',
          new Map([
            ['Uno', 'source'],
            ['Otro', 'target'],
          ]),
        ],
      ]),
    });
    expect(d.organizations.map((o) => [o.id, o.name, o.sector])).toEqual([
      ['x1', 'Alpha', 'cooperative'],
      ['x2', 'Beta', 'civil_society'],
    ]);
    expect(d.links.map((l) => [l.source, l.target])).toEqual([['x1', 'x2']]);
  });
});

describe('purity', () => {
  it('gives the same dataset twice from the same input, and leaves the bytes alone', () => {
    const files = [fixture('kumu-elements.csv'), fixture('kumu-connections.csv')];
    const copies = files.map((f) => f.bytes.slice());
    const first = importDataset(files);
    const second = importDataset(files);
    expect(second).toEqual(first);
    expect(files.map((f) => f.bytes)).toEqual(copies);
  });

  it('reports progress up to 1', () => {
    const fractions: number[] = [];
    importDataset([fixture('gephi-nodes.csv'), fixture('gephi-edges.csv')], {
      onProgress: (f) => fractions.push(f),
    });
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });
});
