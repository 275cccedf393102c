/**
 * An Excel workbook that Kumu imports as it is: an "Elements" sheet of organisations and a
 * "Connections" sheet of links, the headers in the first row. Kumu's import guide
 * (docs.kumu.io, guides/import: "Structure your data for Kumu", and the FAQ "How do I avoid
 * duplicating data?") asks for `Label` in A1 of an element sheet, or `ID` before it, and for
 * `From` and `To` in A1 and B1 of a connection sheet; with an ID column, From and To must name
 * IDs, not Labels. Several values of a cell are separated by `|`, and Type, Tags and Strength are
 * fields it knows. So the id comes first as `ID`, then the name as `Label`, the sector as `Type`,
 * the themes as `Tags`; links as From, To, Type, Strength. Kumu's guide names no spreadsheet
 * column for a connection's direction; `Direction` holds the words of its blueprints
 * (FAQ "How do I add arrows to my connections?": `directed`, `undirected`), which this app's
 * import reads too.
 * The same sheets imported into this app give the same dataset, as the CSV files do (csv.ts:
 * placeholders are left out, measures are in `atlas_` columns).
 *
 * Cells have types: numbers (coordinates, weights, measures, a year alone) are numbers, flags
 * booleans, everything else a text cell, which Excel never runs as a formula whatever it starts
 * with; no cell of the workbook is a formula, so text is written exactly as it is.
 */
import { utils, write, type CellObject, type WorkSheet } from '@e965/xlsx';
import type { FileKind } from '../csv/headers';
import type { Dataset } from '../model/types';
import type { AnalysisMetrics } from '../report/reportTypes';
import { kumuHeader, linkColumns, organizationColumns, type Column } from './columns';
import { ExportError, type ExportFile } from './files';

export const XLSX_SHEETS = { organizations: 'Elements', links: 'Connections' } as const;

/** Between several values of a cell, as Kumu reads them (the import splits on `;` or `|`). */
export const XLSX_LIST_SEPARATOR = '|';

/** Excel's limits: characters in a cell, rows and columns in a sheet. */
const MAX_TEXT = 32_767;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

const YEAR = /^[0-9]{4}$/;

interface Where {
  sheet: string;
  row: number;
  header: string;
}

function textCell(value: string, where: Where): CellObject {
  if (value.length > MAX_TEXT) {
    throw new ExportError('cell_too_long', {
      sheet: where.sheet,
      row: where.row,
      column: where.header,
      length: value.length,
      limit: MAX_TEXT,
    });
  }
  return { t: 's', v: value };
}

function cell<Row>(column: Column<Row>, row: Row, where: Where): CellObject | undefined {
  const value = column.value(row);
  if (value === null) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? { t: 'n', v: value } : undefined;
  if (typeof value === 'boolean') {
    // Kumu's words for a connection's direction; elsewhere a boolean cell.
    if (column.field === 'directed') return { t: 's', v: value ? 'directed' : 'undirected' };
    return { t: 'b', v: value };
  }
  if (typeof value !== 'string') return textCell(value.join(XLSX_LIST_SEPARATOR), where);
  if ((column.field === 'since' || column.field === 'until') && YEAR.test(value)) {
    return { t: 'n', v: Number(value) };
  }
  return textCell(value, where);
}

function sheet<Row>(
  name: string,
  kind: FileKind,
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  attributeKeys: readonly string[],
): WorkSheet {
  if (rows.length + 1 > MAX_ROWS) {
    throw new ExportError('too_many_rows', { sheet: name, rows: rows.length + 1, limit: MAX_ROWS });
  }
  if (columns.length > MAX_COLUMNS) {
    throw new ExportError('too_many_columns', {
      sheet: name,
      columns: columns.length,
      limit: MAX_COLUMNS,
    });
  }
  const headers = columns.map((c) => kumuHeader(c, kind, attributeKeys));
  const table: (CellObject | undefined)[][] = [
    headers.map((header) => textCell(header, { sheet: name, row: 1, header })),
  ];
  rows.forEach((row, i) => {
    table.push(
      columns.map((column, j) =>
        cell(column, row, { sheet: name, row: i + 2, header: headers[j]! }),
      ),
    );
  });
  return utils.aoa_to_sheet(table);
}

export function exportXlsx(
  dataset: Dataset,
  metrics: AnalysisMetrics | null,
  fileName: string,
): ExportFile {
  const book = utils.book_new();
  const organizations = dataset.organizations.filter((o) => !o.placeholder);
  utils.book_append_sheet(
    book,
    sheet(
      XLSX_SHEETS.organizations,
      'organizations',
      organizationColumns(dataset, metrics),
      organizations,
      dataset.organizationColumns,
    ),
    XLSX_SHEETS.organizations,
  );
  utils.book_append_sheet(
    book,
    sheet(XLSX_SHEETS.links, 'links', linkColumns(dataset), dataset.links, dataset.linkColumns),
    XLSX_SHEETS.links,
  );
  const bytes = write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  return { name: fileName, bytes: new Uint8Array(bytes) };
}
