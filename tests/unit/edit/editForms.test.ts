/**
 * The edit forms read back by the import: the texts of a record's form give the record again;
 * a bad value gets the message an import of that row gets (same code, level, column, params);
 * a new organisation may not take an id in use; an alliance's ends must be organisations.
 */
import { describe, expect, it } from 'vitest';
import { linkForm, organizationForm, type FormField } from '../../../src/core/edit/editForms';
import { readLinkForm, readOrganizationForm } from '../../../src/core/edit/readForms';
import { importDataset } from '../../../src/core/model/importDataset';
import { csv } from '../../fixtures/import/bytes';

const NETWORK = importDataset([
  csv(
    'organizations.csv',
    [
      'id,name,sector,country,city,lat,lon,themes,website',
      'a,Alfa,cooperative,MX,Puebla,19.04,-98.2,care; housing,https://a.example',
      'b,"Beta, ""la""",union,MX,Puebla,,,,',
      'c,=Gamma,academia,FR,Lyon,,,,',
    ].join('\n'),
  ),
  csv('links.csv', 'source,target,type,weight,since,note\na,b,partnership,2,2019,"x, y"\n'),
]);

const set = (fields: FormField[], column: string, text: string): FormField[] =>
  fields.map((f) => (f.column === column ? { ...f, text } : f));

describe('edit forms', () => {
  it('every organisation and alliance read back from its own form is itself', () => {
    for (const o of NETWORK.organizations) {
      const read = readOrganizationForm(NETWORK, organizationForm(NETWORK, o), o);
      expect(read.issues).toEqual([]);
      expect(read.record).toEqual(o);
    }
    const link = NETWORK.links[0]!;
    const read = readLinkForm(NETWORK, linkForm(NETWORK, link), link);
    expect(read.issues).toEqual([]);
    expect(read.record).toEqual(link);
  });

  it('the form has the columns an export writes, the file’s own ones too', () => {
    const columns = organizationForm(NETWORK, null).map((f) => f.column);
    expect(columns).toEqual([
      'id',
      'name',
      'sector',
      'country',
      'region',
      'city',
      'lat',
      'lon',
      'scope',
      'world_region',
      'themes',
      'aliases',
      'website',
    ]);
    expect(linkForm(NETWORK, null).map((f) => f.column)).toContain('note');
  });

  it('a bad value gets the message the import gives for the same row', () => {
    const a = NETWORK.organizations[0]!;
    let fields = organizationForm(NETWORK, a);
    fields = set(set(set(fields, 'country', 'Atlantis'), 'lat', '123'), 'sector', 'Cooperativa');
    const read = readOrganizationForm(NETWORK, fields, a);
    const imported = importDataset([
      csv(
        'organizations.csv',
        'id,name,sector,country,city,lat,lon\na,Alfa,Cooperativa,Atlantis,Puebla,123,-98.2\n',
      ),
    ]).issues.filter((i) => i.row === 2);
    const said = (list: typeof imported) =>
      list.map(({ level, code, column, params }) => ({ level, code, column, params }));
    expect(said(read.issues)).toEqual(said(imported));
    expect(read.issues.map((i) => i.code).sort()).toEqual([
      'invalid_coordinate',
      'unknown_country',
    ]);
    // Read as the import reads it: the sector by its Spanish name, the bad values left empty.
    expect(read.record).toMatchObject({ sector: 'cooperative', country: null, lat: null });
  });

  it('a new organisation needs an id of its own; an empty id is the import’s missing_id', () => {
    const taken = readOrganizationForm(
      NETWORK,
      set(set(organizationForm(NETWORK, null), 'id', 'b'), 'name', 'Otra'),
      null,
    );
    expect(taken.record).toBeNull();
    expect(taken.issues).toMatchObject([{ level: 'error', code: 'id_taken', params: { id: 'b' } }]);
    for (const fields of [
      organizationForm(NETWORK, null),
      set(organizationForm(NETWORK, null), 'name', 'Sin id'),
    ]) {
      const empty = readOrganizationForm(NETWORK, fields, null);
      expect(empty.record).toBeNull();
      expect(empty.issues.map((i) => [i.level, i.code])).toEqual([['error', 'missing_id']]);
    }
    const fresh = readOrganizationForm(
      NETWORK,
      set(set(organizationForm(NETWORK, null, 'new-4'), 'name', '<b>Nueva</b>'), 'website', 'w'),
      null,
    );
    expect(fresh.record).toMatchObject({ id: 'new-4', name: '<b>Nueva</b>', row: null });
    expect(fresh.record?.attributes.website).toBe('w');
  });

  it('an alliance to no organisation is refused with the import’s message; a bad weight is 1', () => {
    const unknown = readLinkForm(
      NETWORK,
      linkForm(NETWORK, null, { source: 'a', target: 'zz' }),
      null,
    );
    expect(unknown.record).toBeNull();
    expect(unknown.issues).toMatchObject([
      { level: 'error', code: 'dangling_dropped', params: { value: 'zz' } },
    ]);
    const weak = readLinkForm(
      NETWORK,
      set(linkForm(NETWORK, null, { source: 'a', target: 'c' }), 'weight', '-2'),
      null,
    );
    expect(weak.issues.map((i) => [i.level, i.code])).toEqual([['warning', 'invalid_weight']]);
    expect(weak.record).toMatchObject({
      source: 'a',
      target: 'c',
      weight: 1,
      scope: 'international',
      row: null,
    });
    expect(NETWORK.links.some((l) => l.key === weak.record?.key)).toBe(false);
  });
});
