/**
 * The model behind the generated CSV files: rows of cells the fuzzer chose, so it knows which
 * spreadsheet row holds which values, and the writer that turns a model into the bytes a
 * spreadsheet (or a careless script) would write: delimiter, quoting, line endings, encoding.
 */
import fc from 'fast-check';
import { cp1252, utf16, utf8 } from '../../fixtures/import/bytes';

export const FUZZ_DELIMITERS = [',', ';', '\t', '|'] as const;
export type FuzzDelimiter = (typeof FUZZ_DELIMITERS)[number];
export type LineEnding = '\n' | '\r\n' | '\r';
export type Quoting = 'needed' | 'all' | 'some';
export type Encoding =
  | 'utf-8'
  | 'utf-8-bom'
  | 'windows-1252'
  | 'windows-1252-bom'
  | 'utf-16le'
  | 'utf-16be'
  | 'utf-16le-nobom'
  | 'utf-16be-nobom';

export interface FileFormat {
  delimiter: FuzzDelimiter;
  quoting: Quoting;
  /** Line ending after row i is `endings[i % endings.length]`: one entry for a consistent file. */
  endings: LineEnding[];
  /** Whether the last row ends with a line ending too. */
  trailing: boolean;
  encoding: Encoding;
}

/** What the fuzzer expects of one column when it reads an item back. */
export type ColumnRole =
  | { role: 'key' }
  | { role: 'known' }
  | { role: 'attribute'; key: string }
  | { role: 'unnamed' }
  | { role: 'ignored' };

export interface FileModel {
  name: string;
  kind: 'organizations' | 'links';
  /** Every row of the file in order, the header included; a row is a list of cells. */
  rows: string[][];
  headerIndex: number;
  /** Organisations: the id column; links: source then target. */
  keys: number[];
  /** Per header column. */
  roles: ColumnRole[];
  format: FileFormat;
}

export interface DatasetModel {
  files: FileModel[];
  dropDangling: boolean;
}

/** A row that holds nothing: no cell but whitespace. Such rows may vanish from the import. */
export function isBlankRow(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** Spreadsheet rows (header = its own row) of the rows that hold data after the header. */
export function dataRows(model: FileModel): number[] {
  const rows: number[] = [];
  model.rows.forEach((cells, i) => {
    if (i > model.headerIndex && !isBlankRow(cells)) rows.push(i + 1);
  });
  return rows;
}

const ANY_DELIMITER = /[,;\t|]/;

function needsQuotes(cell: string, delimiter: string, oneColumn: boolean): boolean {
  return (
    cell.includes('"') ||
    cell.includes('\n') ||
    cell.includes('\r') ||
    cell.includes(delimiter) ||
    // With one column the header cannot tell the delimiter: quote every candidate.
    (oneColumn && ANY_DELIMITER.test(cell))
  );
}

function writeCell(cell: string, row: number, column: number, model: FileModel): string {
  const { delimiter, quoting } = model.format;
  const oneColumn = (model.rows[model.headerIndex]?.length ?? 0) <= 1;
  const gratuitous = quoting === 'all' || (quoting === 'some' && (row * 7 + column * 3) % 5 === 0);
  if (gratuitous || needsQuotes(cell, delimiter, oneColumn))
    return `"${cell.replaceAll('"', '""')}"`;
  return cell;
}

/** The CSV text of a model, and where each row starts in it. */
export function writeText(model: FileModel): { text: string; starts: number[] } {
  const { endings, trailing, delimiter } = model.format;
  let text = '';
  const starts: number[] = [];
  model.rows.forEach((cells, r) => {
    starts.push(text.length);
    const row = cells.map((c, i) => writeCell(c, r, i, model)).join(delimiter);
    let ending = endings[r % endings.length]!;
    // CR, then an empty row ended by LF, would read as one CRLF.
    if (row === '' && ending === '\n' && text.endsWith('\r')) ending = '\r\n';
    text += row;
    if (r < model.rows.length - 1 || trailing) text += ending;
  });
  return { text, starts };
}

/** True when the bytes are valid UTF-8 (then a Windows-1252 file would be read as UTF-8). */
function validUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Text → bytes. Windows-1252 is used only when the text fits it and its bytes are not also valid
 * UTF-8 of another text (no decoder could tell); otherwise the file is written as UTF-8.
 */
export function encodeText(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return utf8(text);
    case 'utf-8-bom':
      return utf8(text, true);
    case 'utf-16le':
    case 'utf-16be':
      return utf16(text, encoding === 'utf-16le' ? 'le' : 'be');
    case 'utf-16le-nobom':
    case 'utf-16be-nobom':
      return utf16(text, encoding === 'utf-16le-nobom' ? 'le' : 'be', false);
    case 'windows-1252':
    case 'windows-1252-bom': {
      let bytes: Uint8Array;
      try {
        bytes = cp1252(text);
      } catch {
        return utf8(text, encoding === 'windows-1252-bom');
      }
      if (validUtf8(bytes) && /[\u0080-\uffff]/.test(text))
        return utf8(text, encoding === 'windows-1252-bom');
      // A UTF-8 BOM in front of Windows-1252 text, as some editors write.
      return encoding === 'windows-1252' ? bytes : Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);
    }
  }
}

export function fileBytes(model: FileModel): Uint8Array {
  return encodeText(writeText(model).text, model.format.encoding);
}

/**
 * An RFC 4180 reader that takes CRLF, LF and CR alike as row ends, used only to check that the
 * writer above writes what the model says (so a failure of the import is the import's).
 */
export function referenceParse(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        cell += c;
        i++;
      }
    } else if (c === '"' && cell === '') {
      quoted = true;
      i++;
    } else if (c === delimiter) {
      row.push(cell);
      cell = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += c;
      i++;
    }
  }
  if (cell !== '' || row.length > 0 || (text !== '' && !/[\r\n]$/.test(text))) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Long cells shown as their length and start, so a failure report stays readable. */
export function abbreviate(value: string): string {
  return value.length > 80
    ? `${JSON.stringify(value.slice(0, 40))}…(${value.length} chars)`
    : JSON.stringify(value);
}

function describeFile(f: FileModel): string {
  const width = f.rows[f.headerIndex]?.length ?? 0;
  const shown = f.rows.map((cells, i) => {
    const list = cells.length > 12 ? [...cells.slice(0, 12), `…+${cells.length - 12}`] : cells;
    return `    ${i + 1}: [${list.map((c) => (c.startsWith('…+') ? c : abbreviate(c))).join(', ')}]`;
  });
  const ends = f.format.endings.map((e) => JSON.stringify(e)).join(' ');
  return [
    `  ${f.name} (${f.kind}, ${width} columns, delimiter ${JSON.stringify(f.format.delimiter)}, ` +
      `quoting ${f.format.quoting}, endings ${ends}${f.format.trailing ? ' +final' : ''}, ${f.format.encoding})`,
    ...shown,
  ].join('\n');
}

/** How a dataset model prints in a fast-check report. */
export function describeModel(model: DatasetModel): string {
  return [`dataset (dropDangling ${model.dropDangling})`, ...model.files.map(describeFile)].join(
    '\n',
  );
}

/** Gives a generated value a readable, bounded printout in fast-check's reports. */
export function printable<T extends object>(value: T, describe: (v: T) => string): T {
  Object.defineProperty(value, fc.toStringMethod, { value: () => describe(value) });
  return value;
}
