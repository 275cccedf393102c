/**
 * An .xlsx workbook (or any workbook SheetJS reads from a ZIP archive) → one table per sheet
 * that holds something, named `book.xlsx › Sheet`, with the rows Excel shows. Cells become the
 * text a CSV export of them would hold: a year 2019 is "2019", a date is an ISO date, TRUE is
 * "true". Kumu's workbooks (Elements, Connections) and plain ones alike: which sheet is which is
 * told from the headers by the import; a sheet whose name holds "(ignore)" is left aside, as Kumu
 * does.
 */
import * as XLSX from '@e965/xlsx';
import type { InputFile } from '../csv/readFile';
import { quote, type IssueLog } from '../issues/importIssues';
import { UnusableInputError } from '../issues/issues';
import { memoryTable } from './memoryTable';
import { tableName, type Table } from './table';

type Cell = XLSX.CellObject | undefined | null;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A number format's placeholders, without its quoted text, escapes, colours and conditions. */
function formatCodes(format: string): string {
  return format
    .replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '')
    .split(';')[0]!
    .toLowerCase();
}

/**
 * A date cell as ISO text, as precise as its format shows it: `yyyy` gives the year, `mmm yyyy`
 * the month, a date the day, a date with a time of day the time too. A time or a duration alone
 * reads as Excel shows it.
 */
function dateText(serial: number, format: string, date1904: boolean, shown: string): string {
  const codes = formatCodes(format);
  const hasDay = codes.includes('d');
  const hasYear = codes.includes('y');
  const date = XLSX.SSF.parse_date_code(serial, { date1904 });
  if (!date || (!hasDay && !hasYear)) return shown;
  const day = `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
  if (!hasDay) return codes.includes('m') ? day.slice(0, 7) : day.slice(0, 4);
  if (/[hs]/.test(codes) && (date.H || date.M || date.S)) {
    return `${day}T${pad(date.H)}:${pad(date.M)}:${pad(Math.floor(date.S))}`;
  }
  return day;
}

/** A cell's value as text: what the import reads from any format. */
export function cellText(cell: Cell, date1904: boolean): string {
  if (!cell) return '';
  switch (cell.t) {
    case 's':
      return String(cell.v ?? '');
    case 'n': {
      const value = cell.v as number;
      const format = typeof cell.z === 'string' ? cell.z : '';
      if (format !== '' && XLSX.SSF.is_date(format)) {
        return dateText(value, format, date1904, cell.w ?? String(value));
      }
      // The shortest text that reads back as the same number: 2019, 0.1, 19.36.
      return String(value);
    }
    case 'b':
      return cell.v ? 'true' : 'false';
    case 'd': {
      const d = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      return Number.isNaN(d.getTime()) ? (cell.w ?? '') : d.toISOString().slice(0, 10);
    }
    case 'e':
      // An error value (#N/A, #REF!) reads as Excel shows it.
      return cell.w ?? '#ERROR!';
    default:
      return cell.v === undefined || cell.v === null ? '' : String(cell.v);
  }
}

/** Kumu leaves aside the sheets whose name says `(ignore)`. */
const IGNORED_SHEET = /\(ignore\)/i;

function blank(fields: string[]): boolean {
  return fields.every((f) => f.trim() === '');
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const signature = (b: Uint8Array, at: number, c: number, d: number) =>
  at >= 0 &&
  at + 4 <= b.length &&
  b[at] === 0x50 &&
  b[at + 1] === 0x4b &&
  b[at + 2] === c &&
  b[at + 3] === d;

/**
 * Whether a ZIP archive's structure holds together: its end record, a central directory inside
 * the file, and each entry's local header and data inside it too. SheetJS trusts these offsets
 * and can loop forever on an archive cut short or made of other bytes, so they are checked first.
 */
export function wellFormedZip(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let end = n - 22;
  const lowest = Math.max(0, n - 22 - 0xffff);
  while (end >= lowest && !signature(bytes, end, 5, 6)) end--;
  if (end < lowest) return false;
  const entries = u16(bytes, end + 10);
  const size = u32(bytes, end + 12);
  const offset = u32(bytes, end + 16);
  if (entries === 0 || offset + size > end) return false;
  let at = offset;
  for (let k = 0; k < entries; k++) {
    if (at + 46 > offset + size || !signature(bytes, at, 1, 2)) return false;
    const compressed = u32(bytes, at + 20);
    const local = u32(bytes, at + 42);
    if (local + 30 > n || !signature(bytes, local, 3, 4)) return false;
    const data = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (data + compressed > n) return false;
    at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return true;
}

function readWorkbook(file: InputFile): XLSX.WorkBook {
  try {
    if (!wellFormedZip(file.bytes)) throw new Error('not a well-formed ZIP archive');
    return XLSX.read(file.bytes, {
      type: 'array',
      dense: true,
      cellNF: true,
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
    });
  } catch {
    throw new UnusableInputError(
      `${file.name} is a ZIP archive but no workbook could be read from it; open it in a spreadsheet and save it again as .xlsx.`,
      file.name,
      'unreadable',
      'bad_workbook',
    );
  }
}

export function openWorkbook(file: InputFile, log: IssueLog): Table[] {
  const workbook = readWorkbook(file);
  const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
  const tables: Table[] = [];
  for (const sheet of workbook.SheetNames) {
    const name = tableName(file.name, sheet);
    if (IGNORED_SHEET.test(sheet)) {
      log
        .forFile(name)
        .info(
          null,
          null,
          'sheet_ignored',
          `Sheet ${quote(sheet)} is marked (ignore), as Kumu reads it, so it was left aside.`,
          { sheet },
        );
      continue;
    }
    const data = (workbook.Sheets[sheet]?.['!data'] ?? []) as (Cell[] | undefined | null)[];
    const rows: string[][] = [];
    const numbers: number[] = [];
    let width = 0;
    data.forEach((cells, index) => {
      if (!cells) return;
      const fields = Array.from(cells, (cell) => cellText(cell, date1904));
      if (blank(fields)) return;
      let last = fields.length;
      while (last > 0 && fields[last - 1]!.trim() === '') last--;
      width = Math.max(width, last);
      rows.push(fields);
      // Excel numbers its rows from 1.
      numbers.push(index + 1);
    });
    // A sheet with nothing in it is no table (a workbook's spare Sheet2).
    if (rows.length === 0) continue;
    const header = Array.from({ length: width }, (_, i) => (rows[0]![i] ?? '').trim());
    tables.push(
      memoryTable(
        {
          name,
          file: file.name,
          sheet,
          headerRow: numbers[0]!,
          kind: null,
          multipleTargets: true,
        },
        header,
        rows.slice(1),
        numbers.slice(1),
      ),
    );
  }
  if (tables.length === 0) {
    throw new UnusableInputError(
      `${file.name} is empty: it has no header row and no data.`,
      file.name,
      'empty',
      'empty',
    );
  }
  return tables;
}
