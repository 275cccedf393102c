/**
 * What the value-mapping step shows and changes: each distinct sector (alliance type) as written,
 * what it was read as and how many hold it; and the import reading chosen values otherwise.
 */
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/core/model/importDataset';
import { valueReadings } from '../../../src/core/model/valueReadings';
import type { Dataset } from '../../../src/core/model/types';
import { csv } from '../../fixtures/import/bytes';

const ORGANIZATIONS = [
  'id,name,sector',
  'a,Alpha,Cooperativa',
  'b,Beta, cooperativa ',
  'c,Gamma,Mutual aid group',
  'd,Delta,ONG',
  'e,Epsilon,Mutual aid group',
  'f,Zeta,',
  'g,Eta,Cooperativa',
].join('\n');
const LINKS = [
  'source,target,type',
  'a,b,alianza',
  'b,c,Mentoring',
  'c,d,alianza',
  'd,e,',
  'e,f,Funding',
].join('\n');

function load(options: Parameters<typeof importDataset>[1] = {}): Dataset {
  return importDataset([csv('organizations.csv', ORGANIZATIONS), csv('links.csv', LINKS)], options);
}

describe('valueReadings', () => {
  it('lists each sector and alliance type as written, its reading and count, most held first', () => {
    // Values held as often are in code-point order: capitals first.
    const readings = valueReadings(load());
    expect(readings.sector).toEqual([
      { raw: 'Cooperativa', readAs: 'cooperative', custom: false, mapped: false, count: 2 },
      {
        raw: 'Mutual aid group',
        readAs: 'Mutual aid group',
        custom: true,
        mapped: false,
        count: 2,
      },
      { raw: 'ONG', readAs: 'civil_society', custom: false, mapped: false, count: 1 },
      { raw: 'cooperativa', readAs: 'cooperative', custom: false, mapped: false, count: 1 },
    ]);
    expect(readings.linkType).toEqual([
      { raw: 'alianza', readAs: 'partnership', custom: false, mapped: false, count: 2 },
      { raw: 'Funding', readAs: 'funding', custom: false, mapped: false, count: 1 },
      { raw: 'Mentoring', readAs: 'Mentoring', custom: true, mapped: false, count: 1 },
    ]);
  });

  it('previews a mapping without importing again', () => {
    const sector = new Map<string, string | null>([['Mutual aid group', 'movement']]);
    const readings = valueReadings(load(), { sector });
    expect(readings.sector[1]).toEqual({
      raw: 'Mutual aid group',
      readAs: 'movement',
      custom: false,
      mapped: true,
      count: 2,
    });
  });

  it('leaves its dataset alone and gives the same answer twice', () => {
    const d = load();
    const copy = structuredClone(d);
    expect(valueReadings(d)).toEqual(valueReadings(d));
    expect(d).toEqual(copy);
  });

  it('reads a dataset built elsewhere (no raw values kept) from its values', () => {
    const { rawValues: _raw, ...rest } = load();
    const readings = valueReadings(rest);
    expect(readings.sector.map((r) => [r.raw, r.count])).toEqual([
      ['cooperative', 3],
      ['Mutual aid group', 2],
      ['civil_society', 1],
    ]);
  });
});

describe('ImportOptions.valueMapping', () => {
  it('reads chosen values as another sector, or keeps them as custom', () => {
    const valueMapping = {
      sector: new Map<string, string | null>([
        ['Mutual aid group', 'movement'],
        ['ONG', null],
      ]),
      linkType: new Map<string, string | null>([
        ['Mentoring', 'partnership'],
        ['alianza', null],
      ]),
    };
    const d = load({ valueMapping });
    expect(d.organizations.map((o) => o.sector)).toEqual([
      'cooperative',
      'cooperative',
      'movement',
      'ONG',
      'movement',
      null,
      'cooperative',
    ]);
    expect(d.links.map((l) => l.type)).toEqual([
      'alianza',
      'partnership',
      'alianza',
      null,
      'funding',
    ]);
    // A value kept as custom is reported as one; a value mapped to a sector is not.
    const custom = d.issues.filter((i) => i.code === 'custom_sector').map((i) => i.params.value);
    expect(custom).toEqual(['ONG']);
    expect(valueReadings(d, valueMapping).sector.find((r) => r.raw === 'ONG')).toEqual({
      raw: 'ONG',
      readAs: 'ONG',
      custom: true,
      mapped: true,
      count: 1,
    });
  });

  it('refuses a mapping to a code that is no sector or alliance type', () => {
    expect(() => load({ valueMapping: { sector: new Map([['ONG', 'charity']]) } })).toThrow(
      /importDataset: valueMapping.sector maps "ONG" to "charity", which is not one of/,
    );
    expect(() =>
      load({ valueMapping: { linkType: new Map([['Mentoring', 'mentoring']]) } }),
    ).toThrow(/importDataset: valueMapping.linkType maps "Mentoring" to "mentoring"/);
  });
});
