import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../src/core/export/csv';
import { exportDataset } from '../../../src/core/export/exportDataset';
import { outputsOf } from '../../../src/core/metrics/registry';
import { neutraliseCell } from '../../../src/core/report/csvCells';
import { analysis, comparable, hostile, illustrative, importCsv, reimport, text } from './exported';

/** A text cell as the CSV export writes it (csvCells), a negative number left as it is. */
function asWritten(value: string): string {
  const n = Number(value);
  return value.startsWith('-') && Number.isFinite(n) && String(n) === value
    ? value
    : neutraliseCell(value);
}

/** The dataset an import of the export gives: each text cell as it was written. */
function written(dataset: ReturnType<typeof comparable>): ReturnType<typeof comparable> {
  const cell = <T>(value: T): T => (typeof value === 'string' ? (asWritten(value) as T) : value);
  const record = (attributes: Record<string, string>) =>
    Object.fromEntries(Object.entries(attributes).map(([k, v]) => [asWritten(k), asWritten(v)]));
  // Themes are one cell: only the first can start it.
  const themes = (list: string[]) => list.map((t, i) => (i === 0 ? asWritten(t) : t));
  return {
    organizations: dataset.organizations.map((o) => ({
      ...(Object.fromEntries(Object.entries(o).map(([k, v]) => [k, cell(v)])) as typeof o),
      attributes: record(o.attributes),
      themes: themes(o.themes),
    })),
    links: dataset.links.map((l) => ({
      ...(Object.fromEntries(Object.entries(l).map(([k, v]) => [k, cell(v)])) as typeof l),
      attributes: record(l.attributes),
      themes: themes(l.themes),
    })),
    organizationColumns: dataset.organizationColumns.map(asWritten),
    linkColumns: dataset.linkColumns.map(asWritten),
  };
}

describe('the CSV export', () => {
  it('writes the columns as imported, the file’s own columns, then every measure with atlas_', () => {
    const dataset = illustrative();
    const [organizations, links] = exportCsv(dataset, analysis(dataset));
    expect(organizations!.name).toBe('organizations.csv');
    expect(links!.name).toBe('links.csv');
    const header = text(organizations!)
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .split(',');
    const measures = outputsOf('organizations').map((o) => `atlas_${o.key.replace('.', '_')}`);
    expect(header).toEqual([
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
      'founded',
      ...measures,
    ]);
    expect(header).toContain('atlas_betweenness');
    expect(
      text(links!)
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0],
    ).toBe('source,target,type,weight,directed,since,until,scope,themes,atlas_scope');
  });

  it('starts with a byte order mark, so that Excel reads UTF-8', () => {
    const [organizations] = exportCsv(illustrative(), null);
    expect([...organizations!.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes the measures in full, as numbers', () => {
    const dataset = illustrative();
    const metrics = analysis(dataset);
    const [organizations] = exportCsv(dataset, metrics);
    const lines = text(organizations!).split('\r\n');
    const header = lines[0]!.replace(/^\uFEFF/, '').split(',');
    const first = lines[1]!.split(',');
    const id = dataset.organizations[0]!.id;
    const betweenness = metrics.organizations!.betweenness![id]!;
    expect(first[header.indexOf('atlas_betweenness')]).toBe(String(betweenness));
    const liaison = metrics.brokerage![id]!.liaison;
    expect(first[header.indexOf('atlas_brokerage_liaison')]).toBe(String(liaison));
  });

  it('neutralises every text cell a spreadsheet would run as a formula', () => {
    const [organizations, links] = exportCsv(hostile(), null);
    const orgs = text(organizations!);
    expect(orgs).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(orgs).toContain("'+33 1 23 45");
    expect(orgs).toContain("'@SUM(A1)");
    expect(orgs).toContain("'-2+3");
    expect(orgs).toContain(',tab\tinside\r\n');
    expect(text(links!)).toContain("'=1+1");
    // Numbers are not formulas: coordinates and a negative number held as text stay as they are.
    expect(orgs).toContain(',-99.1,');
    expect(orgs).toContain(',-5,');
    expect(text(links!)).toContain(',-7,international');
    const cells = (orgs + text(links!)).split(/[,\r\n]+/).map((c) => c.replace(/^"/, ''));
    expect(cells.filter((c) => /^[=+@\t\r]/.test(c))).toEqual([]);
  });

  it('joins several themes with "; "', () => {
    const [organizations] = exportCsv(illustrative(), null);
    expect(text(organizations!)).toContain(
      ',public_procurement; solidarity_finance; covid_recovery,',
    );
  });

  it('writes no placeholder: the import makes them again from the links, still placeholders', () => {
    const dataset = hostile();
    expect(dataset.organizations.filter((o) => o.placeholder).map((o) => o.id)).toEqual(['nobody']);
    const files = exportCsv(dataset, null);
    expect(text(files[0]!)).not.toMatch(/^nobody,/m);
    const again = reimport(files);
    expect(again.organizations.at(-1)).toMatchObject({ id: 'nobody', placeholder: true });
    expect(again.organizations.map((o) => o.id)).toEqual(dataset.organizations.map((o) => o.id));
  });

  it.each([
    ['the illustrative network', illustrative],
    ['a hostile network', hostile],
  ])('export → import → export gives the same files (%s)', async (_, load) => {
    const dataset = load();
    const metrics = analysis(dataset);
    const first = await exportDataset(dataset, 'csv', { metrics });
    const again = reimport(first);
    const second = await exportDataset(again, 'csv', { metrics: analysis(again) });
    expect(second.map(text)).toEqual(first.map(text));
  });

  it('export → import gives the same dataset, unknown columns and attributes included', () => {
    const dataset = illustrative();
    const again = reimport(exportCsv(dataset, analysis(dataset)));
    expect(comparable(again)).toEqual(comparable(dataset));
    expect(again.organizationColumns).toEqual(['website', 'founded']);
  });

  it('export → import gives the hostile dataset back, each text as the file holds it', () => {
    const dataset = hostile();
    const again = reimport(exportCsv(dataset, analysis(dataset)));
    expect(comparable(again)).toEqual(written(comparable(dataset)));
    const proto = again.organizations.find((o) => o.id === '__proto__')!;
    expect(Object.getPrototypeOf(proto.attributes)).toBeNull();
    expect(proto.attributes.__proto__).toBe('proto');
    expect(again.organizations.find((o) => o.id === 'rtl')!.name).toBe(
      '\u202eevil\u202c شبكة עמותה',
    );
  });

  it('is read back with one info message per file for the columns of computed values', () => {
    const dataset = illustrative();
    const again = reimport(exportCsv(dataset, analysis(dataset)));
    const computed = again.issues.filter((i) => i.code === 'computed_column');
    expect(computed.map((i) => [i.file, i.level, i.row])).toEqual([
      ['organizations.csv', 'info', 1],
      ['links.csv', 'info', 1],
    ]);
    expect(computed[0]!.message).toMatch(/"atlas_degree", .* \(18 in all\)\) were not read/);
    expect(again.organizationColumns.some((c) => c.startsWith('atlas_'))).toBe(false);
    expect(again.issues.filter((i) => i.code === 'unknown_column')).toHaveLength(2);
  });

  it('leaves out a file without rows, which the import would refuse', () => {
    const alone = importCsv('id,name\na,A\nb,B\n', null);
    expect(exportCsv(alone, null).map((f) => f.name)).toEqual(['organizations.csv']);
    const linksOnly = importCsv(null, 'source,target\na,b\n');
    const files = exportCsv(linksOnly, null);
    expect(files.map((f) => f.name)).toEqual(['links.csv']);
    expect(comparable(reimport(files))).toEqual(comparable(linksOnly));
  });

  it('writes a link’s scope only where the file gave it; the scope used goes to atlas_scope', () => {
    const [, links] = exportCsv(hostile(), null);
    const rows = text(links!).split('\r\n');
    expect(rows[1]).toMatch(/,2019,,,housing,'=1\+1,international$/);
    expect(rows[2]).toMatch(/,2020,2024,international,,,international$/);
  });
});
