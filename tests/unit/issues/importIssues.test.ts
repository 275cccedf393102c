/**
 * Every bad-input case of README, the data format: its message (file, row, column, code, params) and
 * proof that nothing else was lost. Each case inserts bad rows in the middle of a clean file.
 */
import { describe, expect, it } from 'vitest';
import { importDataset, type ImportOptions } from '../../../src/core/model/importDataset';
import type { ImportIssue } from '../../../src/core/issues/issues';
import type { Dataset, Link, Organization } from '../../../src/core/model/types';
import { csv } from '../../fixtures/import/bytes';

const ORGS = [
  'id,name,sector,country,city,notes',
  'a,Alpha,cooperative,MX,Puebla,note a',
  'b,Beta,ngo,MX,Puebla,note b',
  'c,Gamma,university,AR,,note c',
  'd,Delta,government,FR,,note d',
];
const LINKS = [
  'source,target,type,weight,since,scope,notes',
  'a,b,partnership,1,2019,,note 1',
  'b,c,funding,2,2020,,note 2',
  'c,d,research,3,2021,,note 3',
];

/**
 * The clean files with bad rows inserted after the given number of data rows; `orgsColumns` and
 * `linksColumns` add columns (left empty in the clean rows), `orgsHeader` replaces the header.
 */
function build(
  changes: {
    orgs?: string[];
    links?: string[];
    orgsAt?: number;
    linksAt?: number;
    orgsHeader?: string;
    orgsColumns?: string[];
    linksColumns?: string[];
  },
  options?: ImportOptions,
): Dataset {
  const widen = (lines: string[], columns: string[] = []) =>
    lines.map(
      (line, i) =>
        line + (i === 0 ? columns.map((c) => `,${c}`).join('') : ','.repeat(columns.length)),
    );
  const orgs = widen([changes.orgsHeader ?? ORGS[0]!, ...ORGS.slice(1)], changes.orgsColumns);
  const links = widen(LINKS, changes.linksColumns);
  orgs.splice(1 + (changes.orgsAt ?? 2), 0, ...(changes.orgs ?? []));
  links.splice(1 + (changes.linksAt ?? 1), 0, ...(changes.links ?? []));
  return importDataset(
    [csv('organizations.csv', orgs.join('\n')), csv('links.csv', links.join('\n'))],
    options,
  );
}

const CLEAN = build({});
/** Rows and keys move when a row is inserted above; everything else must stay. */
function withoutRow({ row: _row, ...rest }: Organization) {
  return rest;
}
function withoutKey({ row: _row, key: _key, ...rest }: Link) {
  return rest;
}

/** Every clean organisation and link is still there, with all its values. */
function expectNothingElseLost(d: Dataset, extraOrgs: string[] = [], extraLinks = 0) {
  const clean = CLEAN.organizations.map(withoutRow);
  const kept = d.organizations.filter((o) => !extraOrgs.includes(o.id)).map(withoutRow);
  expect(kept).toEqual(clean);
  const links = d.links.map(withoutKey);
  for (const l of CLEAN.links.map(withoutKey)) expect(links).toContainEqual(l);
  expect(d.links).toHaveLength(CLEAN.links.length + extraLinks);
}

function only(d: Dataset, code: ImportIssue['code']): ImportIssue[] {
  return d.issues.filter((i) => i.code === code);
}

const org = (d: Dataset, id: string): Organization => d.organizations.find((o) => o.id === id)!;

describe('the clean files', () => {
  it('import without a message above info', () => {
    expect(CLEAN.organizations).toHaveLength(4);
    expect(CLEAN.links).toHaveLength(3);
    expect(CLEAN.issues.filter((i) => i.level !== 'info')).toEqual([]);
    expect(CLEAN.organizationColumns).toEqual(['notes']);
    expect(CLEAN.linkColumns).toEqual(['notes']);
  });
});

describe('organisations file', () => {
  it('duplicate id: error on the later row, naming both rows; the first stays', () => {
    const d = build({ orgs: ['a,Alpha again,union,FR,,dup'] });
    expect(only(d, 'duplicate_id')).toEqual([
      {
        level: 'error',
        file: 'organizations.csv',
        row: 4,
        column: 'id',
        code: 'duplicate_id',
        message: 'Organisation id "a" on row 4 was already used on row 2, so row 4 was not used.',
        params: { id: 'a', firstRow: 2 },
      },
    ]);
    expect(org(d, 'a').name).toBe('Alpha');
    expectNothingElseLost(d);
  });

  it('keeps ids as text: 007 and 7 differ', () => {
    const d = build({ orgs: ['007,Seven A,,,,', '7,Seven B,,,,'] });
    expect(only(d, 'duplicate_id')).toEqual([]);
    expect(org(d, '007').name).toBe('Seven A');
    expectNothingElseLost(d, ['007', '7']);
  });

  it('missing id: error, row not used', () => {
    const d = build({ orgs: [',Nameless,cooperative,MX,,x'] });
    expect(only(d, 'missing_id')).toEqual([
      {
        level: 'error',
        file: 'organizations.csv',
        row: 4,
        column: 'id',
        code: 'missing_id',
        message: 'Row 4 has no id, so this organisation was not used.',
        params: {},
      },
    ]);
    expectNothingElseLost(d);
  });

  it('missing name: the id is the name, warning', () => {
    const d = build({ orgs: ['e,,cooperative,MX,,x'] });
    expect(only(d, 'missing_name')).toEqual([
      {
        level: 'warning',
        file: 'organizations.csv',
        row: 4,
        column: 'name',
        code: 'missing_name',
        message: 'Row 4 has no name; its id "e" is used as its name.',
        params: { id: 'e' },
      },
    ]);
    expect(org(d, 'e')).toMatchObject({ name: 'e', sector: 'cooperative', country: 'MX', row: 4 });
    expectNothingElseLost(d, ['e']);
  });

  it('unknown country: warning, country null, its links get scope unknown', () => {
    const d = build({ orgs: ['e,Epsilon,cooperative,Narnia,,x'], links: ['e,a,,,,,x'] });
    expect(only(d, 'unknown_country')).toEqual([
      {
        level: 'warning',
        file: 'organizations.csv',
        row: 4,
        column: 'country',
        code: 'unknown_country',
        message:
          'Country "Narnia" on row 4 is not recognised, so this organisation\'s links get scope "unknown".',
        params: { value: 'Narnia', id: 'e' },
      },
    ]);
    expect(org(d, 'e')).toMatchObject({ country: null, worldRegion: null, name: 'Epsilon' });
    expect(d.links.find((l) => l.source === 'e')!.scope).toBe('unknown');
    expectNothingElseLost(d, ['e'], 1);
  });

  it('custom sector: kept, reported once per value with its count', () => {
    const d = build({
      orgs: ['e,Epsilon,Media,MX,,x', 'f,Phi, Media ,MX,,x', 'g,Gee,Church,MX,,x'],
    });
    expect(only(d, 'custom_sector').map((i) => [i.level, i.row, i.column, i.params])).toEqual([
      ['info', 4, 'sector', { value: 'Media', count: 2 }],
      ['info', 6, 'sector', { value: 'Church', count: 1 }],
    ]);
    expect(['e', 'f', 'g'].map((id) => org(d, id).sector)).toEqual(['Media', 'Media', 'Church']);
    expectNothingElseLost(d, ['e', 'f', 'g']);
  });

  it('coordinates out of range or not numbers: warning, left empty', () => {
    const d = build({
      orgsColumns: ['lat', 'lon'],
      orgs: ['e,Epsilon,cooperative,MX,,x,200,abc', 'f,Phi,,MX,,x,-33.5,"-70,6"'],
    });
    expect(
      only(d, 'invalid_coordinate').map((i) => [i.level, i.row, i.column, i.params.value]),
    ).toEqual([
      ['warning', 4, 'lat', '200'],
      ['warning', 4, 'lon', 'abc'],
    ]);
    expect(org(d, 'e')).toMatchObject({ lat: null, lon: null, name: 'Epsilon' });
    expect(org(d, 'f')).toMatchObject({ lat: -33.5, lon: -70.6 });
    expectNothingElseLost(d, ['e', 'f']);
  });

  it('unknown world region and scope: warning, the rest of the row is used', () => {
    const d = build({
      orgsColumns: ['world_region', 'scope'],
      orgs: ['e,Epsilon,cooperative,MX,,x,Atlantis,galactic'],
    });
    expect(
      d.issues.filter((i) => i.level !== 'info').map((i) => [i.level, i.row, i.column, i.code]),
    ).toEqual([
      ['warning', 4, 'world_region', 'unknown_world_region'],
      ['warning', 4, 'scope', 'invalid_scope'],
    ]);
    expect(org(d, 'e')).toMatchObject({
      worldRegion: 'latin_america_caribbean',
      scope: null,
      sector: 'cooperative',
    });
    expectNothingElseLost(d, ['e']);
  });

  it('repeated header: warning, the first column wins', () => {
    const d = build({ orgsHeader: 'id,name,sector,country,city,country' });
    expect(only(d, 'duplicate_column')).toEqual([
      {
        level: 'warning',
        file: 'organizations.csv',
        row: 1,
        column: 'country',
        code: 'duplicate_column',
        message:
          'Column "country" appears twice (columns 4 and 6); the values of column 6 were not used.',
        params: { firstColumn: 4, column: 6 },
      },
    ]);
    expect(d.organizations.map((o) => o.country)).toEqual(['MX', 'MX', 'AR', 'FR']);
    expect(d.organizations.map((o) => o.attributes)).toEqual([{}, {}, {}, {}]);
  });

  it('ragged rows: used as far as possible, warning', () => {
    const d = build({ orgs: ['e,Epsilon,cooperative,MX,Puebla,x,EXTRA', 'f,Phi,ngo'] });
    expect(d.organizations.map((o) => o.id)).toEqual(['a', 'b', 'e', 'f', 'c', 'd']);
    expect(only(d, 'ragged_row').map((i) => [i.level, i.row, i.column, i.message])).toEqual([
      [
        'warning',
        4,
        null,
        'Row 4 has 7 values but the header has 6 columns; the extra values ("EXTRA") were not used.',
      ],
      [
        'warning',
        5,
        null,
        'Row 5 has 3 values but the header has 6 columns; the missing ones were read as empty.',
      ],
    ]);
    expect(org(d, 'e')).toMatchObject({
      name: 'Epsilon',
      city: 'Puebla',
      attributes: { notes: 'x' },
    });
    expect(org(d, 'f')).toMatchObject({
      name: 'Phi',
      sector: 'civil_society',
      country: null,
      attributes: { notes: '' },
    });
    expectNothingElseLost(d, ['e', 'f']);
  });

  it('trailing empty cells are not ragged', () => {
    const d = build({ orgs: ['e,Epsilon,cooperative,MX,,x,,,'] });
    expect(only(d, 'ragged_row')).toEqual([]);
  });
});

describe('links file', () => {
  it('unknown end: one placeholder per unknown id, one warning naming its links', () => {
    const d = build({ links: ['a,zz,partnership,1,2019,,x', 'zz,b,partnership,1,2019,,y'] });
    expect(only(d, 'unknown_endpoint')).toEqual([
      {
        level: 'warning',
        file: 'links.csv',
        row: 3,
        column: 'target',
        code: 'unknown_endpoint',
        message:
          '"zz" matches no organisation; the 2 links naming it (rows 3, 4) were tied to a placeholder organisation of that name.',
        params: { value: 'zz', rows: '3, 4' },
        count: 2,
        rows: [3, 4],
      },
    ]);
    expect(d.organizations.at(-1)).toEqual({
      id: 'zz',
      name: 'zz',
      sector: null,
      country: null,
      region: null,
      city: null,
      lat: null,
      lon: null,
      scope: null,
      worldRegion: null,
      themes: [],
      aliases: [],
      placeholder: true,
      attributes: {},
      row: null,
    });
    expect(
      d.links.filter((l) => l.source === 'zz' || l.target === 'zz').map((l) => [l.key, l.scope]),
    ).toEqual([
      ['L3', 'unknown'],
      ['L4', 'unknown'],
    ]);
    expectNothingElseLost(d, ['zz'], 2);
  });

  it('unknown end with dropDangling: the link is dropped and listed', () => {
    const d = build(
      { links: ['a,zz,partnership,1,2019,,x', 'yy,zz,partnership,1,2019,,y'] },
      { dropDangling: true },
    );
    expect(only(d, 'dangling_dropped')).toEqual([
      {
        level: 'warning',
        file: 'links.csv',
        row: 3,
        column: 'target',
        code: 'dangling_dropped',
        message: 'Row 3 links "zz", which matches no organisation, so the link was dropped.',
        params: { value: 'zz' },
      },
      expect.objectContaining({ row: 4, column: 'source', params: { value: 'yy, zz' } }),
    ]);
    expect(d.organizations.some((o) => o.placeholder)).toBe(false);
    expectNothingElseLost(d);
  });

  it('an end naming exactly one organisation is matched by name, with a warning', () => {
    const d = build({ links: ['Alpha,d,partnership,1,2019,,x'] });
    expect(only(d, 'name_matched_endpoint')).toEqual([
      {
        level: 'warning',
        file: 'links.csv',
        row: 3,
        column: 'source',
        code: 'name_matched_endpoint',
        message:
          'Source "Alpha" on row 3 is not an organisation id but the name of organisation "a"; the link was tied to it.',
        params: { value: 'Alpha', id: 'a' },
      },
    ]);
    expect(d.links.find((l) => l.row === 3)).toMatchObject({
      source: 'a',
      target: 'd',
      scope: 'international',
    });
    expectNothingElseLost(d, [], 1);
  });

  it('an end naming several organisations is ambiguous and treated as unknown', () => {
    const d = build({
      orgs: ['t1,Twin,,MX,,x', 't2,Twin,,MX,,y'],
      links: ['Twin,a,partnership,1,2019,,x'],
    });
    expect(only(d, 'ambiguous_endpoint')).toEqual([
      {
        level: 'warning',
        file: 'links.csv',
        row: 3,
        column: 'source',
        code: 'ambiguous_endpoint',
        message:
          'Source "Twin" on row 3 is not an organisation id and is the name of 2 organisations ("t1", "t2"), so it was treated as unknown.',
        params: { value: 'Twin', ids: 't1, t2', count: 2 },
      },
    ]);
    expect(only(d, 'unknown_endpoint')).toHaveLength(1);
    expect(org(d, 'Twin').placeholder).toBe(true);
    expectNothingElseLost(d, ['t1', 't2', 'Twin'], 1);
  });

  it('self link: kept, warning', () => {
    const d = build({ links: ['a,a,partnership,1,2019,,x'] });
    expect(only(d, 'self_link')).toEqual([
      {
        level: 'warning',
        file: 'links.csv',
        row: 3,
        column: null,
        code: 'self_link',
        message: 'Row 3 links "a" to itself; the link is kept but the metrics ignore it.',
        params: { id: 'a' },
      },
    ]);
    expect(d.links.find((l) => l.row === 3)).toMatchObject({
      source: 'a',
      target: 'a',
      scope: 'local',
    });
    expectNothingElseLost(d, [], 1);
  });

  it('parallel links in either direction: kept, info naming the earlier row', () => {
    const once = build({ links: ['b,a,membership,2,2020,,x'] });
    expect(only(once, 'parallel_links')).toEqual([
      {
        level: 'info',
        file: 'links.csv',
        row: 3,
        column: null,
        code: 'parallel_links',
        message:
          'Row 3 links the same pair as row 2 ("b" and "a"); both are kept and the metrics count one tie with their weights summed.',
        params: { firstRow: 2, source: 'b', target: 'a' },
      },
    ]);
    const d = build({ links: ['b,a,membership,2,2020,,x', 'a,b,trade,1,2021,,y'] });
    expect(only(d, 'parallel_links')).toEqual([
      expect.objectContaining({
        row: 3,
        message:
          '2 links repeat a pair already linked on an earlier row (rows 3, 4); all are kept and the metrics count one tie per pair, with the weights summed.',
        count: 2,
        rows: [3, 4],
      }),
    ]);
    expect(
      d.links.filter((l) => [l.source, l.target].sort().join() === 'a,b').map((l) => l.type),
    ).toEqual(['partnership', 'membership', 'trade']);
    expectNothingElseLost(d, [], 2);
  });

  it('missing source or target: error, row not used', () => {
    const d = build({
      links: [',b,partnership,1,2019,,x', 'a,,partnership,1,2019,,x', ',,partnership,1,2019,,x'],
    });
    expect(only(d, 'missing_endpoint').map((i) => [i.level, i.row, i.column, i.message])).toEqual([
      ['error', 3, 'source', 'Row 3 has no source, so this link was not used.'],
      ['error', 4, 'target', 'Row 4 has no target, so this link was not used.'],
      ['error', 5, 'source', 'Row 5 has no source and no target, so this link was not used.'],
    ]);
    expectNothingElseLost(d);
  });

  it('weight that is not a positive number: weight 1, warning', () => {
    const d = build({
      links: [
        'a,c,partnership,abc,2019,,x',
        'a,d,partnership,0,2019,,x',
        'b,d,partnership,-2,2019,,x',
      ],
    });
    expect(
      only(d, 'invalid_weight').map((i) => [i.level, i.row, i.column, i.params.value, i.rows]),
    ).toEqual([['warning', 3, 'weight', 'abc', [3, 4, 5]]]);
    expect(only(d, 'invalid_weight')[0]!.message).toBe(
      '3 values of column "weight" are not positive numbers (rows 3, 4, 5; the first "abc"); 1 was used for each.',
    );
    const once = build({ links: ['a,c,partnership,abc,2019,,x'] });
    expect(only(once, 'invalid_weight')[0]!.message).toBe(
      'Weight "abc" on row 3 is not a positive number; 1 was used.',
    );
    expect(d.links.filter((l) => l.row! >= 3 && l.row! <= 5).map((l) => l.weight)).toEqual([
      1, 1, 1,
    ]);
    expectNothingElseLost(d, [], 3);
  });

  it('invalid year, scope and boolean: warning, the rest of the link is used', () => {
    const d = build({
      linksColumns: ['directed'],
      links: ['a,c,partnership,2,someday,galactic,x,maybe'],
    });
    expect(
      d.issues.filter((i) => i.level !== 'info').map((i) => [i.code, i.row, i.column]),
    ).toEqual([
      ['invalid_year', 3, 'since'],
      ['invalid_scope', 3, 'scope'],
      ['invalid_boolean', 3, 'directed'],
    ]);
    expect(d.links.find((l) => l.row === 3)).toMatchObject({
      since: null,
      scope: 'regional',
      scopeExplicit: false,
      directed: false,
      weight: 2,
      type: 'partnership',
    });
    expectNothingElseLost(d, [], 1);
  });

  it('explicit scope wins over the derived one', () => {
    const d = build({ links: ['a,d,partnership,1,2019,local,x'] });
    expect(d.links.find((l) => l.row === 3)).toMatchObject({ scope: 'local', scopeExplicit: true });
  });

  it('ragged link rows: used as far as possible', () => {
    const d = build({ links: ['a,c,partnership,1,2019,,x,EXTRA', 'a,d'] });
    expect(only(d, 'ragged_row').map((i) => [i.file, i.row])).toEqual([
      ['links.csv', 3],
      ['links.csv', 4],
    ]);
    expect(d.links.find((l) => l.row === 4)).toMatchObject({
      source: 'a',
      target: 'd',
      weight: 1,
      type: null,
      since: null,
    });
    expectNothingElseLost(d, [], 2);
  });

  it('an unclosed quote is reported with its row and column, and read as text', () => {
    const d = build({ links: ['a,c,partnership,1,2019,,"never closed'], linksAt: 3 });
    expect(only(d, 'csv_syntax')).toEqual([
      expect.objectContaining({ level: 'warning', file: 'links.csv', row: 5, column: 'notes' }),
    ]);
    expect(d.links).toHaveLength(4);
    expect(d.links[3]!.attributes.notes).toBe('"never closed');
  });

  it('an unclosed quote in the middle keeps every row after it', () => {
    const d = build({ links: ['a,c,"partnership,1,2019,,x'], linksAt: 1 });
    expect(only(d, 'csv_syntax')).toEqual([
      expect.objectContaining({ level: 'warning', row: 3, column: 'type' }),
    ]);
    expect(d.links.map((l) => l.row)).toEqual([2, 3, 4, 5]);
    // Read as text, `"partnership` still names the type once its punctuation is set aside.
    expect(d.links[1]!.type).toBe('partnership');
    expect(d.links[2]!.attributes.notes).toBe('note 2');
  });
});

describe('messages', () => {
  it('are sorted by file (organisations first) and row', () => {
    const d = build({ orgs: ['e,,cooperative,Narnia,,x'], links: ['a,zz,partnership,1,2019,,x'] });
    expect(d.issues.filter((i) => i.level !== 'info').map((i) => [i.file, i.row, i.code])).toEqual([
      ['organizations.csv', 4, 'missing_name'],
      ['organizations.csv', 4, 'unknown_country'],
      ['links.csv', 3, 'unknown_endpoint'],
    ]);
  });
});
