/** Workbooks shaped as Kumu and as plain Excel write them, written by SheetJS in the test. */
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/core/model/importDataset';
import { UnusableInputError } from '../../../src/core/issues/issues';
import type { Dataset } from '../../../src/core/model/types';
import { detectFormat } from '../../../src/core/tables/formats';
import {
  formattedSheet,
  KUMU_CONNECTIONS,
  KUMU_ELEMENTS,
  workbook,
  workbookOf,
} from '../../fixtures/formats/workbooks';

const file = (name: string, bytes: Uint8Array) => ({ name, bytes });
const codes = (d: Dataset) => d.issues.map((i) => i.code);

describe("Kumu's workbook", () => {
  const bytes = workbook({ Elements: KUMU_ELEMENTS, Connections: KUMU_CONNECTIONS });
  const d = importDataset([file('mapa.xlsx', bytes)]);

  it('is told by its content, whatever its name', () => {
    expect(detectFormat(bytes)).toBe('xlsx');
    expect(importDataset([file('export.csv', bytes)]).organizations).toHaveLength(5);
    expect(d.name).toBe('mapa');
  });

  it('takes the Elements as organisations: Label as id and name, Type as sector, Tags split on |', () => {
    expect(d.organizations.map((o) => [o.id, o.name, o.sector, o.country])).toEqual([
      ['Cooperativa Sur', 'Cooperativa Sur', 'cooperative', 'AR'],
      ['Fundación Tierra', 'Fundación Tierra', 'civil_society', 'AR'],
      ['Red Andina', 'Red Andina', 'network', 'PE'],
      ['Ministerio de Trabajo', 'Ministerio de Trabajo', 'government', 'AR'],
      ['Nadie', 'Nadie', null, null],
    ]);
    expect(d.organizations[0]!.themes).toEqual(['food', 'fair trade']);
    expect(d.organizations[2]!.themes).toEqual(['food', 'land']);
    expect(d.organizations[4]!.placeholder).toBe(true);
  });

  it('reads a year cell as the year and leaves other columns as attributes', () => {
    expect(d.organizations.map((o) => o.attributes.Founded)).toEqual([
      '1998',
      '2005',
      '2011',
      '',
      undefined,
    ]);
    expect(d.organizationColumns).toEqual(['Description', 'Founded']);
  });

  it('makes one link per target of a To cell, each on its row', () => {
    expect(d.links.map((l) => [l.key, l.source, l.target, l.type, l.weight, l.row])).toEqual([
      ['L2', 'Cooperativa Sur', 'Red Andina', 'membership', 3, 2],
      ['L3', 'Fundación Tierra', 'Cooperativa Sur', 'partnership', 1, 3],
      ['L3.2', 'Fundación Tierra', 'Red Andina', 'partnership', 1, 3],
      ['L4', 'Ministerio de Trabajo', 'Cooperativa Sur', 'funding', 2.5, 4],
      ['L5', 'Ministerio de Trabajo', 'Nadie', 'funding', 1, 5],
      ['L5.2', 'Ministerio de Trabajo', 'Red Andina', 'funding', 1, 5],
    ]);
  });

  it('reads a year as the year and a date as an ISO date', () => {
    expect(d.links.map((l) => l.since)).toEqual([
      '2019',
      '2020-03-15',
      '2020-03-15',
      null,
      null,
      null,
    ]);
  });

  it('names the sheet and the row Excel shows in every message', () => {
    const unknown = d.issues.find((i) => i.code === 'unknown_endpoint')!;
    expect(unknown).toMatchObject({
      file: 'mapa.xlsx › Connections',
      row: 5,
      column: 'To',
      params: { value: 'Nadie' },
    });
    expect(unknown.message).toBe(
      'Target "Nadie" on row 5 matches no organisation; the link was tied to a placeholder organisation of that name.',
    );
    const columns = d.issues.filter((i) => i.code === 'unknown_column');
    expect(columns.map((i) => [i.file, i.row, i.column])).toEqual([
      ['mapa.xlsx › Elements', 1, 'Description'],
      ['mapa.xlsx › Elements', 1, 'Founded'],
    ]);
    expect(d.issues.every((i) => i.file.startsWith('mapa.xlsx › '))).toBe(true);
  });

  it('matches From and To by Label, or by ID where the Elements have one (Kumu’s rule)', () => {
    const withIds = importDataset([
      file(
        'ids.xlsx',
        workbook({
          Elements: [
            ['ID', 'Label', 'Type'],
            ['e1', 'Cooperativa Sur', 'Cooperative'],
            ['e2', 'Red Andina', 'Network'],
          ],
          Connections: [
            ['From', 'To'],
            ['e1', 'e2'],
            ['Cooperativa Sur', 'e2'],
          ],
        }),
      ),
    ]);
    expect(withIds.organizations.map((o) => [o.id, o.name])).toEqual([
      ['e1', 'Cooperativa Sur'],
      ['e2', 'Red Andina'],
    ]);
    expect(withIds.links.map((l) => [l.source, l.target])).toEqual([
      ['e1', 'e2'],
      ['e1', 'e2'],
    ]);
    // A Label where an ID is expected still finds its element, with a word about it.
    expect(codes(withIds)).toContain('name_matched_endpoint');
  });

  it('keeps a To cell that names one organisation whose id holds a |', () => {
    const d2 = importDataset([
      file(
        'pipe.xlsx',
        workbook({
          Elements: [['Label'], ['A | B'], ['C']],
          Connections: [
            ['From', 'To'],
            ['C', 'A | B'],
          ],
        }),
      ),
    ]);
    expect(d2.links.map((l) => [l.source, l.target])).toEqual([['C', 'A | B']]);
  });

  it('reads Elements beside a Loops sheet, and leaves sheets marked (ignore) aside', () => {
    const d2 = importDataset([
      file(
        'loops.xlsx',
        workbook({
          Elements: KUMU_ELEMENTS,
          Connections: KUMU_CONNECTIONS,
          Loops: [
            ['Label', 'Description'],
            ['Virtuous circle', ''],
          ],
          'Notes (ignore)': [['Label'], ['not an organisation']],
        }),
      ),
    ]);
    expect(d2.organizations.filter((o) => !o.placeholder)).toHaveLength(4);
    const left = d2.issues.filter((i) => i.code.startsWith('sheet_'));
    expect(left.map((i) => [i.file, i.code, i.params])).toEqual([
      ['loops.xlsx › Notes (ignore)', 'sheet_ignored', { sheet: 'Notes (ignore)' }],
      ['loops.xlsx › Loops', 'sheet_same_kind', { sheet: 'Loops', used: 'Elements' }],
    ]);
  });
});

describe('a plain Excel workbook', () => {
  const organisations = [
    ['id', 'name', 'sector', 'country', 'city', 'lat'],
    ['o1', 'Cooperativa Uno', 'cooperativa', 'México', 'Ciudad de México', 19.36],
    [null],
    ['o2', 'Secretaría', 'government', 'MX', 'Ciudad de México', 19.43],
  ];
  const alliances = [
    [null],
    ['source', 'target', 'weight', 'since', 'until'],
    ['o1', 'o2', 2, 2018, 2020],
    ['o2', 'o1', 'heavy', 2021, null],
  ];

  it('tells its sheets apart by their headers, whatever their names and order', () => {
    const d = importDataset([
      file('red.xlsx', workbook({ Hoja1: alliances, Hoja2: organisations, Hoja3: [] })),
    ]);
    expect(d.organizations.map((o) => [o.id, o.lat, o.row])).toEqual([
      ['o1', 19.36, 2],
      ['o2', 19.43, 4],
    ]);
    expect(d.links.map((l) => [l.source, l.target, l.weight, l.since, l.until, l.row])).toEqual([
      ['o1', 'o2', 2, '2018', '2020', 3],
      ['o2', 'o1', 1, '2021', null, 4],
    ]);
    // The header stands on Excel's row 2, the bad weight on row 4.
    expect(d.issues.find((i) => i.code === 'invalid_weight')).toMatchObject({
      file: 'red.xlsx › Hoja1',
      row: 4,
      column: 'weight',
    });
  });

  it('opens a workbook of one sheet of links', () => {
    const d = importDataset([file('links.xlsx', workbook({ Alianzas: alliances }))]);
    expect(d.organizations.map((o) => [o.id, o.placeholder])).toEqual([
      ['o1', true],
      ['o2', true],
    ]);
    expect(d.links).toHaveLength(2);
  });

  it('opens a header-only sheet beside another as no rows, without a complaint', () => {
    const d = importDataset([
      file('solo.xlsx', workbook({ Organisations: organisations, Links: [alliances[1]!] })),
    ]);
    expect(d.organizations).toHaveLength(2);
    expect(d.links).toEqual([]);
    expect(d.issues.filter((i) => i.level !== 'info')).toEqual([]);
  });

  it('opens a workbook whose only sheet has a header and no rows, with a note', () => {
    const d = importDataset([file('vacío.xlsx', workbook({ Links: [alliances[1]!] }))]);
    expect(d.links).toEqual([]);
    expect(d.issues.map((i) => [i.file, i.code])).toContainEqual([
      'vacío.xlsx › Links',
      'no_links',
    ]);
  });

  it('leaves aside a sheet that is neither, with a message naming it', () => {
    const d = importDataset([
      file(
        'notas.xlsx',
        workbook({
          Orgs: organisations,
          Notas: [
            ['Fecha', 'Nota'],
            ['2020', 'reunión'],
          ],
        }),
      ),
    ]);
    expect(d.issues.find((i) => i.code === 'sheet_unrecognised')).toMatchObject({
      file: 'notas.xlsx › Notas',
      row: 1,
      params: { sheet: 'Notas' },
    });
  });

  it('says what the first sheet lacks when no sheet can be read', () => {
    expect(() =>
      importDataset([
        file(
          'nada.xlsx',
          workbook({
            Notas: [
              ['Fecha', 'Nota'],
              ['2020', 'x'],
            ],
          }),
        ),
      ]),
    ).toThrow(/^nada\.xlsx › Notas has neither an id or name column/);
  });

  it('refuses two sheets of organisations neither of which is named for it', () => {
    expect(() =>
      importDataset([file('dos.xlsx', workbook({ A: organisations, B: organisations }))]),
    ).toThrow(
      'dos.xlsx › A and dos.xlsx › B both look like organisations files; import one organisations file and one links file.',
    );
  });

  it('reads dates as precisely as their format shows them, and numbers in full', () => {
    const dates = formattedSheet([
      ['source', 'target', 'since', 'until', 'weight'],
      ['a', 'b', { v: new Date(Date.UTC(2019, 0, 1)), z: 'yyyy' }, { v: 2024 }, { v: 0.1 }],
      ['a', 'b', { v: new Date(Date.UTC(2019, 5, 1)), z: 'mmm yyyy' }, null, { v: 1e-7 }],
      [
        'a',
        'b',
        { v: new Date(Date.UTC(2019, 5, 30)), z: 'dd/mm/yyyy' },
        { v: new Date(Date.UTC(2021, 0, 2, 10, 30)), z: 'yyyy-mm-dd hh:mm' },
        { v: 2.5, z: '0.00' },
      ],
    ]);
    const d = importDataset([file('fechas.xlsx', workbookOf({ Links: dates }))]);
    expect(d.links.map((l) => [l.since, l.until, l.weight])).toEqual([
      ['2019', '2024', 0.1],
      ['2019-06', null, 1e-7],
      ['2019-06-30', '2021-01-02', 2.5],
    ]);
    expect(d.issues.filter((i) => i.level !== 'info')).toEqual([]);
  });

  it('reads TRUE and FALSE cells as true and false', () => {
    const d = importDataset([
      file(
        'dir.xlsx',
        workbook({
          Links: [
            ['source', 'target', 'directed'],
            ['a', 'b', true],
            ['b', 'a', false],
          ],
        }),
      ),
    ]);
    expect(d.links.map((l) => l.directed)).toEqual([true, false]);
  });

  it('reports progress from 0 to 1 in order', () => {
    const fractions: number[] = [];
    importDataset([file('red.xlsx', workbook({ A: organisations, B: alliances }))], {
      onProgress: (f) => fractions.push(f),
    });
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.length).toBeGreaterThan(2);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });
});

describe('a ZIP archive that is no workbook', () => {
  it('gets one sentence naming the file', () => {
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6]);
    let error: unknown;
    try {
      importDataset([file('fotos.zip', bytes)]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnusableInputError);
    expect((error as UnusableInputError).code).toBe('bad_workbook');
    expect((error as UnusableInputError).message).toMatch(/^fotos\.zip is a ZIP archive/);
  });
});
