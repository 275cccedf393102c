/**
 * Export → import → export gives the same files, in every format (the two CSV files, the
 * workbook, GEXF, GraphML and the project file), and the import gives back the dataset exported:
 * its organisations, links and the file's own columns, for the illustrative network, a hostile
 * one and an awkward one. The measures written as `atlas_` columns are not read back, so they
 * are written once, afresh, the second time too.
 */
import { describe, expect, it } from 'vitest';
import { exportDataset, EXPORT_FORMATS } from '../../../src/core/export/exportDataset';
import type { ExportFile } from '../../../src/core/export/files';
import { neutraliseCell } from '../../../src/core/report/csvCells';
import type { Dataset } from '../../../src/core/model/types';
import { analysis, comparable, hostile, illustrative, importCsv, reimport, text } from './exported';

/**
 * Unknown columns (one named like a field of the other file, one empty everywhere but a row),
 * empty cells, accents, Arabic and Hebrew, `|`, commas, quotes and line ends inside values, ids
 * that are numbers written as text (`007` and `7` differ), years and dates, weights, a custom
 * sector and several others, a placeholder end, directed and undirected links.
 */
const AWKWARD_ORGANIZATIONS = [
  'id,name,sector,country,city,lat,lon,themes,founded,code,remarks,empty',
  '007,"Cooperativa ""La Esperanza"", S.C.",cooperativa,MX,Oaxaca,17.06,-96.72,housing;care,1985,007,"line one\nline two",',
  '7,Siete | Seven,union,AR,Rosario,,,,,7,pipe | inside,',
  'ar,جمعية التضامن,asociación civil,EG,القاهرة,30.04,31.24,fair_trade,2001,0012,,',
  'he,עמותת שיתוף,mutualité solidaire,IL,,,,,,,"a, b, c",x',
  'uni,Universidad Nacional,academia,MX,Ciudad de México,19.33,-99.19,digital_commons,1910,,"tab\there",',
].join('\n');

const AWKWARD_LINKS = [
  'source,target,type,weight,directed,since,until,themes,evidence,year_signed',
  '007,7,partnership,2.5,true,2019,2021-03-15,housing,"acta ""firmada""",2019',
  '7,ar,funding,1,false,2020,,,,',
  'ar,he,membership,3,yes,,,care,"multi\nline",',
  'he,uni,research,1,no,2015-06,2018,,pipe | here,1999',
  'uni,ghost,trade,1,false,,,,,',
  '007,uni,policy,0.5,false,2010,2012,,,',
  '007,7,partnership,1,false,,,,parallel,',
].join('\n');

function awkward(): Dataset {
  return importCsv(AWKWARD_ORGANIZATIONS, AWKWARD_LINKS);
}

const NETWORKS = [
  ['the illustrative network', illustrative],
  ['a hostile network', hostile],
  ['an awkward network', awkward],
] as const;

const same = (a: readonly ExportFile[], b: readonly ExportFile[]) =>
  a.length === b.length &&
  a.every((f, i) => f.name === b[i]!.name && Buffer.from(f.bytes).equals(Buffer.from(b[i]!.bytes)));

/**
 * A CSV import gives text that started like a formula back with the apostrophe that neutralised
 * it (README, the CSV export): `back` with each such value as `original` holds it, and how many
 * there were. Any other difference is left for the comparison to find.
 */
function withoutApostrophes(back: Dataset, original: Dataset): { dataset: Dataset; count: number } {
  let count = 0;
  const cell = (value: string, was: string | undefined) => {
    if (was === undefined || value === was || neutraliseCell(was) !== value) return value;
    count++;
    return was;
  };
  const attributes = (record: Record<string, string>, was: Record<string, string> | undefined) => {
    const out = Object.create(null) as Record<string, string>;
    for (const [key, value] of Object.entries(record)) out[key] = cell(value, was?.[key]);
    return out;
  };
  const dataset = {
    ...back,
    organizations: back.organizations.map((o, i) => {
      const was = original.organizations[i];
      return {
        ...o,
        name: cell(o.name, was?.name),
        attributes: attributes(o.attributes, was?.attributes),
      };
    }),
    links: back.links.map((l, i) => ({
      ...l,
      attributes: attributes(l.attributes, original.links[i]?.attributes),
    })),
  };
  return { dataset, count };
}

describe.each(NETWORKS)('export → import → export of %s', (_name, network) => {
  describe.each(EXPORT_FORMATS)('as %s', (format) => {
    it.each([
      ['without measures', false],
      ['with every measure', true],
    ])('gives the same data and the same files, %s', async (_measures, measured) => {
      const dataset = network();
      const metrics = measured ? analysis(dataset) : null;
      const first = await exportDataset(dataset, format, { metrics });
      const back = reimport(first);
      if (format === 'csv') {
        const { dataset: read, count } = withoutApostrophes(back, dataset);
        expect(comparable(read)).toEqual(comparable(dataset));
        expect(count).toBe(network === hostile ? 5 : 0);
      } else {
        expect(comparable(back)).toEqual(comparable(dataset));
      }
      // The measures are no columns of the file: the import computes them afresh.
      expect(back.organizationColumns.some((c) => c.startsWith('atlas_'))).toBe(false);
      expect(back.linkColumns.some((c) => c.startsWith('atlas_'))).toBe(false);
      const second = await exportDataset(back, format, {
        metrics: measured ? analysis(back) : null,
      });
      expect(same(second, first)).toBe(true);
    });
  });
});

describe('the awkward network', () => {
  it('holds what the round trips above are meant to carry', () => {
    const d = awkward();
    expect(d.organizations.map((o) => o.id)).toEqual(['007', '7', 'ar', 'he', 'uni', 'ghost']);
    expect(d.organizations.at(-1)!.placeholder).toBe(true);
    expect(new Set(d.links.map((l) => l.directed))).toEqual(new Set([true, false]));
    expect(d.organizations[0]!.attributes.remarks).toBe('line one\nline two');
    expect(d.organizations[3]!.sector).toBe('mutualité solidaire');
    expect(d.organizationColumns).toEqual(['founded', 'code', 'remarks', 'empty']);
    expect(d.links[0]).toMatchObject({ since: '2019', until: '2021-03-15', weight: 2.5 });
  });

  it('comes back from GEXF and GraphML with each link’s direction, no edge id and no drawn label', async () => {
    for (const format of ['gexf', 'graphml'] as const) {
      const dataset = awkward();
      const back = reimport(await exportDataset(dataset, format, { metrics: null }));
      expect(back.links.map((l) => l.directed)).toEqual(dataset.links.map((l) => l.directed));
      expect(back.linkColumns).toEqual(['evidence', 'year_signed']);
      expect(back.organizationColumns).toEqual(dataset.organizationColumns);
      expect(back.issues.filter((i) => i.level !== 'info').map((i) => i.code)).toEqual(
        dataset.issues.filter((i) => i.level !== 'info').map((i) => i.code),
      );
      expect(back.issues.find((i) => i.code === 'placeholder_rows')).toMatchObject({
        column: 'atlas_placeholder',
        params: { count: 1 },
      });
    }
  });

  it('writes each measure once, the second time too', async () => {
    const dataset = awkward();
    const [orgs] = await exportDataset(dataset, 'csv', { metrics: analysis(dataset) });
    const back = reimport([orgs!]);
    const [again] = await exportDataset(back, 'csv', { metrics: analysis(back) });
    const header = (file: ExportFile) =>
      text(file)
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0]!;
    expect(header(again!)).toBe(header(orgs!));
    const columns = header(again!).split(',');
    expect(new Set(columns).size).toBe(columns.length);
  });
});
