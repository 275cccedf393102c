import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/core/model/importDataset';
import { buildAnalysisInput } from '../../../src/core/metrics/input';
import { runMetricSuite } from '../../../src/core/metrics/suite';
import { buildAnalysisReport } from '../../../src/core/report/analysisReport';
import { comparePeriods } from '../../../src/core/report/comparePeriods';

const encoder = new TextEncoder();

function tiny() {
  return importDataset([
    {
      name: 'organizations.csv',
      bytes: encoder.encode(
        [
          'id,name,sector,country,city',
          'a,Alfa,cooperative,MX,Oaxaca',
          'b,Beta,government,MX,Oaxaca',
          'c,Gamma,academia,CO,Bogotá',
          'd,Delta,network,,',
          'e,Épsilon,union,FR,Lyon',
        ].join('\n'),
      ),
    },
    {
      name: 'links.csv',
      bytes: encoder.encode(
        ['source,target,weight', 'a,b,2', 'b,a,1', 'b,c,1', 'c,d,1', 'c,e,3', 'e,e,1'].join('\n'),
      ),
    },
  ]);
}

function reportOf(dataset: ReturnType<typeof tiny>) {
  return buildAnalysisReport(dataset, runMetricSuite(buildAnalysisInput(dataset), { seed: 1 }));
}

describe('buildAnalysisReport', () => {
  it('fills the summary from the suite, in the fields of the metric descriptors', () => {
    const report = reportOf(tiny());
    expect(report.summary).toMatchObject({
      organizations: 5,
      links: 6,
      ties: 4,
      components: 1,
      largest_component: 5,
      density: 0.4,
      transitivity: 0,
      average_clustering: 0,
      diameter: 3,
      scopes: { local: 3, national: 0, regional: 1, international: 1, unknown: 1 },
    });
    expect(Object.keys(report.summary)).toEqual([
      'organizations',
      'links',
      'ties',
      'components',
      'largest_component',
      'density',
      'transitivity',
      'average_clustering',
      'diameter',
      'average_path_length',
      'modularity',
      'communities',
      'sector_assortativity',
      'ei_index',
      'scopes',
    ]);
    expect(report.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['parallel_links', 'self_link']),
    );
  });

  it('gives each organisation its place, the coordinates used and every measure', () => {
    const report = reportOf(tiny());
    const [a, b, , d, e] = report.organizations;
    expect(b).toMatchObject({ degree: 2, strength: 4, degree_centrality: 0.5 });
    expect(e?.degree).toBe(1);
    // No coordinates in the file: the centre of its country, as the geographic layout places it.
    expect(a).toMatchObject({
      id: 'a',
      region: null,
      city: 'Oaxaca',
      lat: 23,
      lon: -102,
      coordinates_from: 'country',
    });
    expect(d).toMatchObject({ city: null, country: null, lat: null, lon: null });
    expect(d?.coordinates_from).toBeNull();
    expect(Object.keys(a ?? {}).slice(0, 11)).toEqual([
      'id',
      'name',
      'sector',
      'country',
      'region',
      'city',
      'lat',
      'lon',
      'coordinates_from',
      'world_region',
      'placeholder',
    ]);
    expect(b?.brokerage).toEqual({ coordinator: 0, consultant: 0, representative: 0, liaison: 1 });
    expect(Object.keys(a ?? {})).toEqual(
      expect.arrayContaining(['betweenness', 'community', 'constraint', 'attributes']),
    );
    expect(report.sectors.length).toBeGreaterThan(0);
    expect(report.suggestions[0]?.source).toBe('a');
  });

  it('refuses metrics of another dataset', () => {
    const dataset = tiny();
    const other = runMetricSuite(buildAnalysisInput({ ...dataset, organizations: [], links: [] }));
    expect(() => buildAnalysisReport(dataset, other)).toThrow(/^buildAnalysisReport: /);
  });

  it('leaves the dataset alone and gives the same report twice', () => {
    const dataset = tiny();
    const before = structuredClone(dataset);
    const first = reportOf(dataset);
    const second = reportOf(dataset);
    expect(second).toEqual(first);
    expect(dataset).toEqual(before);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });
});

describe('the geography of each organisation', () => {
  it('keeps the file’s own coordinates, and says where the coordinates come from', () => {
    const dataset = importDataset([
      {
        name: 'organizations.csv',
        bytes: encoder.encode(
          [
            'id,country,region,city,lat,lon',
            'a,MX,Oaxaca,Oaxaca de Juárez,17.07,-96.73',
            'b,FR,,,,',
            'c,MX,,,91,-96',
          ].join('\n'),
        ),
      },
    ]);
    const report = reportOf(dataset);
    expect(
      report.organizations.map((o) => [o.id, o.region, o.city, o.lat, o.lon, o.coordinates_from]),
    ).toEqual([
      ['a', 'Oaxaca', 'Oaxaca de Juárez', 17.07, -96.73, 'file'],
      ['b', null, null, 46, 2, 'country'],
      ['c', null, null, 23, -102, 'country'],
    ]);
  });
});

describe('the E-I index without any sector', () => {
  const links = ['source,target', 'a,b', 'b,c', 'c,a', 'c,d'].join('\n');
  const withSectors = (sectors: string[]) =>
    importDataset([
      {
        name: 'organizations.csv',
        bytes: encoder.encode(
          ['id,sector', ...['a', 'b', 'c', 'd'].map((id, i) => `${id},${sectors[i] ?? ''}`)].join(
            '\n',
          ),
        ),
      },
      { name: 'links.csv', bytes: encoder.encode(links) },
    ]);

  it('is undefined (null), overall and for the one group, instead of −1', () => {
    const report = reportOf(withSectors([]));
    expect(report.summary.ei_index).toBeNull();
    expect(report.sectors).toEqual([
      { sector: null, organizations: 4, internal: 4, external: 0, ei_index: null },
    ]);
    expect(JSON.parse(JSON.stringify(report.summary)).ei_index).toBeNull();
  });

  it('leaves the cross-sector share of a period undefined too', () => {
    const years = { from: 2000, to: 2030 };
    const [period] = comparePeriods(withSectors([]), years, years).periods;
    expect(period.ties).toBe(4);
    expect(period.cross_sector_share).toBeNull();
  });

  it('counts organisations without a sector as one group once some have one', () => {
    const report = reportOf(withSectors(['cooperative', 'cooperative']));
    // a–b within cooperative; b–c and c–a across; c–d within the group without a sector.
    expect(report.summary.ei_index).toBe(0);
    expect(report.sectors.map((s) => [s.sector, s.ei_index])).toEqual([
      ['cooperative', 1 / 3],
      [null, 1 / 3],
    ]);
  });
});
