import { read, utils, type CellObject, type WorkBook } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { exportDataset } from '../../../src/core/export/exportDataset';
import type { ExportFile } from '../../../src/core/export/files';
import { exportXlsx } from '../../../src/core/export/xlsx';
import type { Dataset } from '../../../src/core/model/types';
import { analysis, comparable, hostile, illustrative, importCsv, reimport } from './exported';

type Cell = string | number | boolean | null;

async function workbook(dataset: Dataset, withMeasures = true): Promise<WorkBook> {
  const metrics = withMeasures ? analysis(dataset) : null;
  const [file] = await exportDataset(dataset, 'xlsx', { metrics, stem: 'net' });
  expect(file!.name).toBe('net.xlsx');
  return read(file!.bytes, { type: 'array', cellFormula: true });
}

function rows(book: WorkBook, sheet: string): Cell[][] {
  return utils.sheet_to_json<Cell[]>(book.Sheets[sheet]!, { header: 1, raw: true, defval: null });
}

/** The cells of a sheet as a plain CSV file, exactly as they are (no neutralising: a test reader). */
function sheetAsCsv(book: WorkBook, sheet: string): ExportFile {
  const field = (cell: Cell) => {
    const value = cell === null ? '' : String(cell);
    return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  };
  const csv = rows(book, sheet)
    .map((row) => row.map(field).join(','))
    .join('\n');
  return { name: `${sheet}.csv`, bytes: new TextEncoder().encode(csv) };
}

function cells(book: WorkBook): CellObject[] {
  return book.SheetNames.flatMap((name) =>
    Object.entries(book.Sheets[name]!)
      .filter(([address]) => !address.startsWith('!'))
      .map(([, cell]) => cell as CellObject),
  );
}

describe('the xlsx export', () => {
  it('has Kumu’s Elements and Connections sheets, ID then Label first, From and To first', async () => {
    const book = await workbook(illustrative());
    expect(book.SheetNames).toEqual(['Elements', 'Connections']);
    const elements = rows(book, 'Elements');
    expect(elements[0]!.slice(0, 4)).toEqual(['ID', 'Label', 'Type', 'country']);
    expect(elements[0]).toContain('Tags');
    expect(elements[0]).toContain('atlas_betweenness');
    expect(rows(book, 'Connections')[0]).toEqual([
      'From',
      'To',
      'Type',
      'Strength',
      'Direction',
      'since',
      'until',
      'scope',
      'Tags',
      'atlas_scope',
    ]);
    expect(elements).toHaveLength(illustrative().organizations.length + 1);
  });

  it('writes numbers as numbers, several values with Kumu’s "|"', async () => {
    const book = await workbook(illustrative());
    const elements = rows(book, 'Elements');
    const [header, first] = [elements[0]!, elements[1]!];
    const at = (name: string) => first[header.indexOf(name)];
    expect(at('lat')).toBe(19.4337);
    expect(at('lon')).toBe(-99.1324);
    expect(typeof at('atlas_betweenness')).toBe('number');
    expect(at('atlas_degree')).toBe(analysis(illustrative()).organizations!.degree!['mx-dgess']);
    expect(at('Tags')).toBe('public_procurement|solidarity_finance|covid_recovery');
    const connections = rows(book, 'Connections');
    expect(connections[1]).toEqual([
      'ar-imprenta',
      'ar-iues',
      'research',
      3,
      'undirected',
      2015,
      null,
      null,
      'solidarity_finance',
      'local',
    ]);
  });

  it('never writes a formula: text that starts like one is a text cell, exactly as it was', async () => {
    const book = await workbook(hostile());
    expect(cells(book).filter((cell) => cell.f !== undefined)).toEqual([]);
    const elements = rows(book, 'Elements');
    const constructor = elements.find((row) => row[0] === 'constructor')!;
    expect(constructor[1]).toBe('=HYPERLINK("http://evil.example","click")');
    const cell = cells(book).find((c) => c.v === '=HYPERLINK("http://evil.example","click")')!;
    expect(cell.t).toBe('s');
    expect(cells(book).find((c) => c.v === '=1+1')!.t).toBe('s');
    expect(cells(book).find((c) => c.v === '@SUM(A1)')!.t).toBe('s');
  });

  it.each([
    ['the illustrative network', illustrative],
    ['a hostile network', hostile],
  ])(
    'export → import gives the same dataset, and the same workbook again (%s)',
    async (_, load) => {
      const dataset = load();
      const book = await workbook(dataset);
      const again = reimport([sheetAsCsv(book, 'Elements'), sheetAsCsv(book, 'Connections')]);
      expect(comparable(again)).toEqual(comparable(dataset));
      const second = await workbook(again);
      expect(rows(second, 'Elements')).toEqual(rows(book, 'Elements'));
      expect(rows(second, 'Connections')).toEqual(rows(book, 'Connections'));
    },
  );

  it('writes the field’s own name where another column would win Kumu’s name on import', async () => {
    const dataset = importCsv('id,name,sector,category,nombre\na,A,cooperative,x,y\n', null);
    expect(dataset.organizationColumns).toEqual(['category', 'nombre']);
    const book = await workbook(dataset, false);
    expect(rows(book, 'Elements')[0]).toEqual([
      'ID',
      'name',
      'sector',
      'country',
      'region',
      'city',
      'lat',
      'lon',
      'scope',
      'world_region',
      'Tags',
      'aliases',
      'category',
      'nombre',
    ]);
    const again = reimport([sheetAsCsv(book, 'Elements')]);
    expect(comparable(again)).toEqual(comparable(dataset));
  });

  it('says in one sentence what an Excel cell cannot hold', () => {
    const dataset = importCsv(`id,name\na,${'x'.repeat(40_000)}\n`, null);
    expect(() => exportXlsx(dataset, null, 'big.xlsx')).toThrow(
      'Row 2 of the Elements sheet holds 40000 characters in column "Label", more than the 32767 an Excel cell can hold; export it as CSV instead.',
    );
  });
});
