/**
 * A second column naming a field another column already names (`lon` and `lng`, `name` and
 * `label`): the first is used, the second wherever the first is empty or NA, and one message per
 * pair says which was used where.
 */
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/core/model/importDataset';
import type { ImportIssue } from '../../../src/core/issues/issues';
import { csv } from '../../fixtures/import/bytes';

const ORGANIZATIONS = [
  'id,name,label,lat,lon,lng',
  'a,,Alpha,19.4,NA,-99.1',
  'b,Beta,B,20.1,,-98.2',
  'c,Gamma,G,21.0,-97.5,-10',
  'd,n/a,Delta,,,',
].join('\n');

function aliasIssues(issues: ImportIssue[]): ImportIssue[] {
  return issues.filter((i) => i.code === 'alias_column');
}

describe('a column that names a field another column names', () => {
  const d = importDataset([csv('organizations.csv', ORGANIZATIONS)]);

  it('fills the field from it, row by row, where the first column is empty or NA', () => {
    expect(d.organizations.map((o) => [o.id, o.name, o.lon])).toEqual([
      ['a', 'Alpha', -99.1],
      ['b', 'Beta', -98.2],
      ['c', 'Gamma', -97.5],
      ['d', 'Delta', null],
    ]);
    // Nothing was assumed: no row lacks its name or has a bad longitude.
    expect(d.issues.filter((i) => i.level !== 'info')).toEqual([]);
  });

  it('keeps it as an attribute too, as written', () => {
    expect(d.organizations.map((o) => [o.attributes['label'], o.attributes['lng']])).toEqual([
      ['Alpha', '-99.1'],
      ['B', '-98.2'],
      ['G', '-10'],
      ['Delta', ''],
    ]);
  });

  it('says once per pair of columns which was used, and on which rows the second', () => {
    expect(aliasIssues(d.issues)).toEqual([
      {
        level: 'info',
        file: 'organizations.csv',
        row: 1,
        column: 'label',
        code: 'alias_column',
        message:
          'Column "label" also names the name, as column "name" does; "name" was used for it, and "label" on the 2 rows where "name" is empty or NA (rows 2, 5); "label" was also kept as an attribute.',
        params: { column: 3, field: 'name', used: 'name', count: 2, rows: '2, 5' },
      },
      {
        level: 'info',
        file: 'organizations.csv',
        row: 1,
        column: 'lng',
        code: 'alias_column',
        message:
          'Column "lng" also names the lon, as column "lon" does; "lon" was used for it, and "lng" on the 2 rows where "lon" is empty or NA (rows 2, 3); "lng" was also kept as an attribute.',
        params: { column: 6, field: 'lon', used: 'lon', count: 2, rows: '2, 3' },
      },
    ]);
  });

  it('names the column a value came from in its message', () => {
    const bad = importDataset([csv('organizations.csv', 'id,lon,lng\na,,999\nb,5,\n')]);
    const coordinate = bad.issues.filter((i) => i.code === 'invalid_coordinate');
    expect(coordinate.map((i) => [i.row, i.column])).toEqual([[2, 'lng']]);
  });

  it('works for links too (weight and strength)', () => {
    const links = importDataset([
      csv('links.csv', 'source,target,weight,strength\na,b,,3\nb,c,2,5\nc,a,NA,\n'),
    ]);
    expect(links.links.map((l) => l.weight)).toEqual([3, 2, 1]);
    expect(aliasIssues(links.issues).map((i) => i.params)).toEqual([
      { column: 4, field: 'weight', used: 'weight', count: 1, rows: '2' },
    ]);
  });

  it('leaves ids and link ends to their one column', () => {
    const ids = importDataset([csv('organizations.csv', 'id,key,name\n,k1,Alpha\nb,k2,Beta\n')]);
    expect(ids.organizations.map((o) => o.id)).toEqual(['b']);
    expect(ids.issues.map((i) => i.code)).toContain('missing_id');
    expect(aliasIssues(ids.issues)[0]!.message).toBe(
      'Column "key" also names the id, as column "id" does; "id" was used for it and "key" was kept as an attribute.',
    );
  });

  it('says the second column was never needed when it was not', () => {
    const full = importDataset([csv('organizations.csv', 'id,lon,lng\na,1,2\n')]);
    expect(aliasIssues(full.issues)[0]!.message).toBe(
      'Column "lng" also names the lon, as column "lon" does; "lon" was used for it, and "lng" would have been where "lon" is empty or NA, but it never is; "lng" was also kept as an attribute.',
    );
  });
});
