/**
 * Why a file whose first row names no column the app can use is not a table with a header: its
 * first row is data (an adjacency list, an edge list without a header), it is an adjacency
 * matrix, or its columns are separated by spaces. Judged on its first rows, only once the
 * header has been found wanting; each gets one sentence instead of "no source column" for a
 * value that happens to be an alias (`a`, Spanish "to").
 */
import { UnusableInputError } from '../issues/issues';
import { IssueLog, quote } from '../issues/importIssues';
import { readCsvRecords, type CsvHead, type InputFile } from './readFile';

/** Rows looked at after the first. */
const ROWS = 20;

const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;
const isNumber = (cell: string) => NUMBER.test(cell);

const WHAT_TO_NAME = 'source, target for alliances; id, name for organisations';

function cellsOf(fields: string[], bySpaces: boolean): string[] {
  const cells = fields.map((f) => f.trim());
  return bySpaces && cells.length === 1 ? (cells[0] ?? '').split(/ +/) : cells;
}

function firstRowText(cells: string[]): string {
  return cells.slice(0, 4).map(quote).join(', ') + (cells.length > 4 ? ', …' : '');
}

/** Rows of numbers after a first cell, the first cells (if any) naming the columns. */
function isMatrix(header: string[], rows: string[][]): boolean {
  if (rows.length === 0) return false;
  const allNumbers = (cells: string[]) => cells.length > 0 && cells.every(isNumber);
  if (allNumbers(header)) return rows.every((r) => r.length === header.length && allNumbers(r));
  // Labelled: the first row names the columns after an empty corner, each row starts with its name.
  const labels = header.slice(1);
  if (header[0] !== '' || labels.length === 0 || labels.some((l) => l === '')) return false;
  return rows.every(
    (r, i) => r.length === header.length && r[0] === labels[i] && allNumbers(r.slice(1)),
  );
}

/**
 * One sentence for a file without a usable header that is not a table with a header at all, or
 * null when it may be one (the usual "no id column" sentences then say what is missing).
 */
export function notATable(file: InputFile, head: CsvHead): UnusableInputError | null {
  const rows: string[][] = [];
  const bySpaces = head.header.length === 1 && head.header[0]!.includes(' ');
  readCsvRecords(
    file,
    head,
    new IssueLog().forFile(file.name),
    { record: (fields) => void rows.push(cellsOf(fields, bySpaces)) },
    { limit: head.headerRow + ROWS },
  );
  const header = cellsOf(head.header, bySpaces);
  const named = header.filter((h) => h !== '');
  if (named.length === 0 || rows.length === 0) return null;
  // Square: as many rows as columns, the first row one of them (or more rows than were read).
  const square =
    header.length === rows.length + 1 || (rows.length === ROWS && header.length > ROWS);
  if (square && isMatrix(header, rows)) {
    return new UnusableInputError(
      `${file.name} looks like an adjacency matrix (rows and columns of 0 and 1), not a table with a header row; write its alliances one per row with source and target columns.`,
      file.name,
      'no_header',
      'adjacency_matrix',
    );
  }
  // A header names what the rows hold; a first row of data shares its values with the next rows.
  const values = new Set(rows.flat());
  const shared = named.filter((h) => values.has(h)).length;
  const firstRow = firstRowText(header);
  if (named.every(isNumber) || shared * 2 >= named.length) {
    return new UnusableInputError(
      `${file.name} seems to have no header row: its first row (${firstRow}) looks like data, not column names; add a first row naming the columns (${WHAT_TO_NAME}).`,
      file.name,
      'no_header',
      'headerless',
      { firstRow },
    );
  }
  if (bySpaces && header.length > 1 && rows.every((r) => r.length === header.length)) {
    return new UnusableInputError(
      `${file.name} seems to separate its columns with spaces, but its first row (${firstRow}) names no column the app knows; save it with commas, semicolons or tabs between the columns, with a first row naming them (${WHAT_TO_NAME}).`,
      file.name,
      'delimiter',
      'space_delimited',
      { firstRow },
    );
  }
  return null;
}
