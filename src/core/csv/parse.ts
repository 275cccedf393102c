/**
 * Text → header and records, with the row numbers a spreadsheet shows: the header is row 1 and
 * each record is one row, however many lines a quoted value spans. Parsed as arrays in chunks
 * (papaparse's header mode is several times slower) so a large file reports progress.
 */
import Papa from 'papaparse';
import { detectDelimiter, type Delimiter } from './delimiter';
import type { FileIssues } from '../model/importIssues';

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
  /** Stop after this many records (header included): for a quick look at a file. */
  preview?: number;
  /** Characters parsed between two progress reports. */
  chunkSize?: number;
}

const CHUNK_CHARS = 2 * 1024 * 1024;

/**
 * Blank lines and rows of empty cells (`;;;`, as Excel writes them) count as rows but hold
 * nothing; such a row read with another delimiter is one cell of separators.
 */
function isBlank(fields: string[]): boolean {
  if (fields.length === 1) return /^[\s,;|]*$/.test(fields[0]!);
  for (const f of fields) if (f.trim() !== '') return false;
  return true;
}

/**
 * Parses CSV text. Returns no header when the text has no non-blank row (the caller words that
 * error, it knows the file's name); quote errors are reported as `csv_syntax` issues.
 */
export function parseCsvText(
  text: string,
  issues: FileIssues,
  options: ParseOptions = {},
): CsvTable {
  const delimiter = options.delimiter ?? detectDelimiter(text);
  let header: string[] | null = null;
  let headerRow = 0;
  const records: string[][] = [];
  const rows: number[] = [];
  let seen = 0;
  const total = text.length || 1;

  // With a string input and no worker, papaparse runs the chunks synchronously, before returning.
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    worker: false,
    chunkSize: options.chunkSize ?? CHUNK_CHARS,
    ...(options.preview ? { preview: options.preview } : {}),
    complete: () => undefined,
    chunk: (results: Papa.ParseResult<string[]>) => {
      const base = seen;
      const data = results.data;
      for (let i = 0; i < data.length; i++) {
        const fields = data[i]!;
        if (isBlank(fields)) continue;
        const row = base + i + 1;
        if (header === null) {
          header = fields.map((h, j) => (j === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
          headerRow = row;
        } else {
          records.push(fields);
          rows.push(row);
        }
      }
      for (const error of results.errors) {
        if (error.code !== 'MissingQuotes' && error.code !== 'InvalidQuotes') continue;
        const row = base + (error.row ?? data.length) + 1;
        if (error.code === 'MissingQuotes') {
          issues.error(
            row,
            null,
            'csv_syntax',
            `Row ${row} opens a quoted value that is never closed, so the rest of the file was read as one value.`,
            { problem: 'unclosed_quote' },
          );
        } else {
          issues.warning(
            row,
            null,
            'csv_syntax',
            `Row ${row} has a quote in the middle of a quoted value; it was read as part of the text.`,
            { problem: 'stray_quote' },
          );
        }
      }
      seen += data.length;
      options.onProgress?.(Math.min(1, results.meta.cursor / total));
    },
  });

  return { delimiter, header: header ?? [], headerRow, records, rows };
}
