/**
 * A file's format, told from its content (never from its name, which the user may have changed),
 * and the reader of each format, which turns the file into its tables.
 */
import type { InputFile } from '../csv/readFile';
import { UnusableInputError } from '../issues/issues';
import type { IssueLog } from '../issues/importIssues';
import { openCsvFile } from './csvTable';
import { openGexf } from './gexf';
import { openGraphml } from './graphml';
import type { Table } from './table';
import { openWorkbook } from './workbook';

export type TableFormat = 'csv' | 'xlsx' | 'gexf' | 'graphml';

interface FormatReader {
  /**
   * The share of a file's work done when it is opened; the rest is reading its tables. A CSV
   * file is read as its tables are; a workbook or an XML network is parsed when opened.
   */
  openShare: number;
  open(file: InputFile, log: IssueLog, onProgress?: (fraction: number) => void): Table[];
}

const READERS: Record<TableFormat, FormatReader> = {
  csv: { openShare: 0, open: (file, log) => openCsvFile(file, log) },
  xlsx: { openShare: 0.8, open: (file, log) => openWorkbook(file, log) },
  gexf: { openShare: 0.9, open: openGexf },
  graphml: { openShare: 0.9, open: openGraphml },
};

/** What a file is; `xml` is XML of another kind, which the import cannot use. */
export type DetectedFormat = TableFormat | 'xml';

/** Bytes looked at to find an XML file's first element, past its declaration and comments. */
const XML_SNIFF_BYTES = 1 << 16;

function isZip(bytes: Uint8Array): boolean {
  // Local file header, end of an empty archive, or a spanned archive: "PK" and two bytes.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  const [c, d] = [bytes[2], bytes[3]];
  return (c === 3 && d === 4) || (c === 5 && d === 6) || (c === 7 && d === 8);
}

/** The start of a file as text, for markup only: 8-bit bytes as Latin-1, UTF-16 by its zeros. */
function sniffText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, XML_SNIFF_BYTES);
  const [a, b] = [head[0], head[1]];
  let encoding = 'windows-1252';
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0)) encoding = 'utf-16le';
  else if ((a === 0xfe && b === 0xff) || (a === 0 && b === 0x3c)) encoding = 'utf-16be';
  return new TextDecoder(encoding).decode(head).replace(/^(?:\uFEFF|ï»¿)/, '');
}

/**
 * The local name of an XML document's first element (past its declaration, comments and
 * doctype); `''` for XML whose first element was not found; null for text that is no XML.
 */
function xmlRoot(text: string): string | null {
  const start = /^\s*/.exec(text)![0].length;
  if (text[start] !== '<') return null;
  const prolog = /\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)/y;
  let at = start;
  for (prolog.lastIndex = at; prolog.exec(text) !== null; prolog.lastIndex = at) {
    at = prolog.lastIndex;
  }
  const root = /\s*<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/y;
  root.lastIndex = at;
  const name = root.exec(text)?.[1];
  if (name !== undefined) return name;
  // A prolog longer than the start looked at: the first element may still be named in it.
  if (/<(?:\w+:)?gexf[\s>]/.test(text)) return 'gexf';
  if (/<(?:\w+:)?graphml[\s>]/.test(text)) return 'graphml';
  return text.startsWith('<?xml', start) ? '' : null;
}

/**
 * Tells a file's format by its content: the ZIP signature of a workbook, the first element of
 * an XML network, or else CSV (whose own reader refuses binary files in one sentence).
 */
export function detectFormat(bytes: Uint8Array): DetectedFormat {
  if (isZip(bytes)) return 'xlsx';
  // A JSON project file (`{` … with the app's marker) will be told here, before CSV, and get
  // its reader in READERS.
  const text = sniffText(bytes);
  const root = xmlRoot(text);
  if (root === 'gexf' || root === 'graphml') return root;
  if (root !== null && text.trimStart().startsWith('<?xml')) return 'xml';
  return 'csv';
}

export interface OpenedFile {
  format: TableFormat;
  tables: Table[];
  /** The share of the file's work done by opening it (FormatReader.openShare). */
  openShare: number;
}

/**
 * Opens a file into its tables, whatever its format; `onProgress` hears the fraction of the
 * file's whole import done (opening is `openShare` of it). Throws UnusableInputError when the
 * file cannot be used.
 */
export function openTables(
  file: InputFile,
  log: IssueLog,
  onProgress?: (fraction: number) => void,
): OpenedFile {
  const format = detectFormat(file.bytes);
  if (format === 'xml') {
    throw new UnusableInputError(
      `${file.name} is an XML file but neither GEXF nor GraphML, the network formats the app reads.`,
      file.name,
      'unreadable',
      'other_xml',
    );
  }
  const { open, openShare } = READERS[format];
  // Reported as a share of the whole file's work, of which opening is `openShare`.
  const tables = open(file, log, onProgress && ((fraction) => onProgress(fraction * openShare)));
  onProgress?.(openShare);
  return { format, tables, openShare };
}
