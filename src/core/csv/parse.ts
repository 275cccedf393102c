/**
 * CSV text → header and records, with the row numbers a spreadsheet shows: the header is row 1
 * and each record is one row, however many lines a quoted value spans. For text already in
 * memory (tests, small files); the import reads files record by record (readFile.ts).
 */
import type { FileIssues } from '../issues/importIssues';
import { detectDelimiter, type Delimiter } from './delimiter';
import { CsvRecordReader } from './records';

export interface CsvTable {
  delimiter: Delimiter;
  /** Header cells, trimmed. */
  header: string[];
  headerRow: number;
  /** Non-blank records after the header, and the spreadsheet row of each. */
  records: string[][];
  rows: number[];
}

export interface ParseOptions {
  delimiter?: Delimiter;
  /** Called with the fraction of the text parsed so far. */
  onProgress?: (fraction: number) => void;
  /** Characters given to the parser at a time. */
  chunkSize?: number;
}

const CHUNK_CHARS = 1 << 20;

/** Parses CSV text. Returns no header when the text has no non-blank row. */
export function parseCsvText(
  text: string,
  issues: FileIssues,
  options: ParseOptions = {},
): CsvTable {
  const delimiter =
    options.delimiter ?? detectDelimiter(text.slice(0, 65536).replace(/\r\n?/g, '\n'));
  let header: string[] | null = null;
  let headerRow = 0;
  const records: string[][] = [];
  const rows: number[] = [];
  const reader = new CsvRecordReader(delimiter, issues, {
    record: (fields, row) => {
      if (header === null) {
        header = fields.map((h, j) => (j === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
        headerRow = row;
      } else {
        records.push(fields);
        rows.push(row);
      }
    },
  });
  const chunk = options.chunkSize ?? CHUNK_CHARS;
  for (let at = 0; at < text.length; at += chunk) {
    reader.push(text.slice(at, at + chunk));
    options.onProgress?.(Math.min(1, (at + chunk) / text.length));
  }
  reader.end();
  options.onProgress?.(1);
  return { delimiter, header: header ?? [], headerRow, records, rows };
}
