/**
 * Columns whose reading had to be assumed get the reading that fits, or a note saying what was
 * assumed: `long` (a longitude next to a latitude, or a type name after a column's name), a
 * `Region` column that holds world regions, and ids taken from a Name or Label column.
 */
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/core/model/importDataset';
import { fieldOfHeader, matchHeaders } from '../../../src/core/csv/headers';
import type { ImportIssue } from '../../../src/core/issues/issues';
import { csv, fixture } from '../../fixtures/import/bytes';

const codes = (issues: ImportIssue[]) => issues.map((i) => i.code);
const only = (issues: ImportIssue[], code: string) => issues.filter((i) => i.code === code);

describe('a column named long', () => {
  it('is the longitude next to a latitude column, with a note', () => {
    const d = importDataset([csv('organizations.csv', 'id,lat,long\na,19.4,-99.1\n')]);
    expect(d.organizations[0]).toMatchObject({ lat: 19.4, lon: -99.1 });
    expect(only(d.issues, 'long_as_longitude')).toEqual([
      {
        level: 'info',
        file: 'organizations.csv',
        row: 1,
        column: 'long',
        code: 'long_as_longitude',
        message: 'Column "long" was read as the longitude, next to the latitude in column "lat".',
        params: { latitude: 'lat' },
      },
    ]);
  });

  it('is an attribute without one, with a note (it need not be a longitude)', () => {
    const d = importDataset([csv('organizations.csv', 'id,name,long\na,A,1200\n')]);
    expect(d.organizations[0]).toMatchObject({ lon: null, attributes: { long: '1200' } });
    expect(d.issues.filter((i) => i.level !== 'info')).toEqual([]);
    expect(only(d.issues, 'long_not_longitude')[0]!.message).toBe(
      'Column "long" was kept as an attribute: without a latitude column it need not be a longitude.',
    );
  });

  it('after a column name, is the type of its values, as Neo4j and other tools write it', () => {
    expect(fieldOfHeader('weight:long', 'links')).toBe('weight');
    expect(fieldOfHeader('Weight (long)', 'links')).toBe('weight');
    expect(fieldOfHeader('since:int', 'links')).toBe('since');
    expect(fieldOfHeader(':START_ID', 'links')).toBe('source');
    expect(fieldOfHeader(':END_ID(Organization)', 'links')).toBe('target');
    expect(fieldOfHeader('orgId:ID', 'organizations')).toBe('id');
    expect(fieldOfHeader('notes:string', 'links')).toBeNull();
    const match = matchHeaders([':START_ID', ':END_ID', 'weight:long'], 'links');
    expect(match.fields).toEqual({ source: 0, target: 1, weight: 2 });
    const d = importDataset([csv('links.csv', ':START_ID,:END_ID,weight:long\na,b,3\n')]);
    expect(d.links.map((l) => [l.source, l.target, l.weight])).toEqual([['a', 'b', 3]]);
    expect(only(d.issues, 'typed_column').map((i) => i.message)).toEqual([
      'Column ":START_ID" was read as the source (":START_ID" taken for a type name after the column\'s name, as Neo4j and other tools write).',
      'Column ":END_ID" was read as the target (":END_ID" taken for a type name after the column\'s name, as Neo4j and other tools write).',
      'Column "weight:long" was read as the weight (":long" taken for a type name after the column\'s name, as Neo4j and other tools write).',
    ]);
  });

  it('is no alias in Gephi’s exports, which write no type in their headers', () => {
    const d = importDataset([fixture('gephi-nodes.csv'), fixture('gephi-edges.csv')]);
    expect(codes(d.issues)).not.toContain('typed_column');
    expect(codes(d.issues)).not.toContain('long_as_longitude');
    expect(codes(d.issues)).not.toContain('long_not_longitude');
  });
});

describe('a Region column that holds world regions', () => {
  const d = importDataset([
    csv(
      'organizations.csv',
      [
        'id,country,Region',
        'a,,Europe',
        'b,,Latin America',
        'c,MX,Chiapas',
        'd,,África',
        'e,FR,75',
      ].join('\n'),
    ),
  ]);

  it('reads them as world regions, and the rest as regions within a country', () => {
    expect(d.organizations.map((o) => [o.id, o.region, o.worldRegion])).toEqual([
      ['a', null, 'europe'],
      ['b', null, 'latin_america_caribbean'],
      ['c', 'Chiapas', 'latin_america_caribbean'],
      ['d', null, 'africa'],
      ['e', '75', 'europe'],
    ]);
  });

  it('says so once, naming the rows', () => {
    expect(only(d.issues, 'region_is_world_region')).toEqual([
      {
        level: 'info',
        file: 'organizations.csv',
        row: 2,
        column: 'Region',
        code: 'region_is_world_region',
        message:
          '3 values of column "Region" are world regions (rows 2, 3, 5; the first "Europe"); they were read as the world region, not as a region within a country.',
        params: { value: 'Europe', worldRegion: 'europe', rows: '2, 3, 5' },
        count: 3,
        rows: [2, 3, 5],
      },
    ]);
  });

  it('leaves them alone where a world region column says the world region', () => {
    const both = importDataset([
      csv('organizations.csv', 'id,region,world region\na,Europe,Africa\n'),
    ]);
    expect(both.organizations[0]).toMatchObject({ region: 'Europe', worldRegion: 'africa' });
  });
});

describe('ids taken from a Name or Label column', () => {
  it('are said to be so, once', () => {
    const d = importDataset([csv('organizations.csv', 'Label,sector\nCoop Sur,cooperative\n')]);
    expect(d.organizations.map((o) => [o.id, o.name])).toEqual([['Coop Sur', 'Coop Sur']]);
    expect(only(d.issues, 'name_as_id')).toEqual([
      {
        level: 'info',
        file: 'organizations.csv',
        row: 1,
        column: 'Label',
        code: 'name_as_id',
        message:
          'organizations.csv has no id column, so each organisation\'s name (column "Label") is its id: the links must name the organisations by it.',
        params: { column: 'Label' },
      },
    ]);
  });

  it('are not, where an id column exists', () => {
    const d = importDataset([csv('organizations.csv', 'Id,Label\nn1,Coop\n')]);
    expect(codes(d.issues)).not.toContain('name_as_id');
  });
});
