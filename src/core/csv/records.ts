/**
 * CSV text, chunk by chunk → records, each with the row a spreadsheet shows (the first record is
 * row 1; a record is one row however many lines a quoted value spans; blank rows count). Line
 * ends are made one (lineEnds.ts) before papaparse splits the fields, so every row comes through
 * whatever the file mixes; nothing but the records not yet complete is held in memory.
 */
import Papa from 'papaparse';
import type { FileIssues } from '../issues/importIssues';
import type { Delimiter } from './delimiter';
import { LineEndNormalizer, type QuotePosition } from './lineEnds';

export interface RecordSink {
  /** A non-blank record and its row. */
  record(fields: string[], row: number): void;
}

/** What the normaliser hands papaparse is well formed: its quote errors are not read. */
interface PapaResult {
  data: string[][];
  meta: { cursor: number };
}

/**
 * Blank rows and rows of empty cells (`;;;`, as Excel writes them) count as rows but hold
 * nothing.
 */
export function isBlankRecord(fields: string[]): boolean {
  for (const f of fields) if (f.trim() !== '') return false;
  return true;
}

export class CsvRecordReader {
  private readonly normalizer: LineEndNormalizer;
  private readonly parser: Papa.Parser;
  /** Normalised text not yet split: the record not yet complete. */
  private pending = '';
  /** Records read so far, blank ones included. */
  private records = 0;
  /** The first non-blank record, for naming columns in messages. */
  private header: string[] | null = null;
  private stopped = false;
  /** Quote problems found ahead of the split, reported once their record is split (and the header known). */
  private quoteReports: { record: number; report: () => void }[] = [];

  constructor(
    delimiter: Delimiter,
    private readonly issues: FileIssues,
    private readonly sink: RecordSink,
    /** Stop after this many records (blank ones included): for a quick look at a file. */
    private readonly limit = Infinity,
  ) {
    this.normalizer = new LineEndNormalizer(delimiter, {
      stray: (position, atRowEnd) =>
        this.later(position, () => this.strayQuote(position, atRowEnd)),
      unclosed: (position) => this.later(position, () => this.unclosedQuote(position)),
      spanning: (position, lineEnds, header) =>
        this.later(position, () => this.spanning(position, lineEnds, header)),
    });
    this.parser = new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"' });
  }

  /** True once `limit` records were read: the rest of the input may be left unread. */
  get done(): boolean {
    return this.stopped;
  }

  push(text: string): void {
    if (this.stopped) return;
    this.pending += this.normalizer.push(text);
    this.split(false);
  }

  end(): void {
    if (this.stopped) return;
    this.pending += this.normalizer.end();
    this.split(true);
  }

  private later({ record }: QuotePosition, report: () => void): void {
    this.quoteReports.push({ record, report });
  }

  private split(final: boolean): void {
    if (this.stopped) return;
    if (this.pending !== '') this.splitPending(final);
    const waiting: typeof this.quoteReports = [];
    for (const entry of this.quoteReports) {
      if (final || entry.record < this.records) entry.report();
      else waiting.push(entry);
    }
    this.quoteReports = waiting;
  }

  private splitPending(final: boolean): void {
    const result = this.parser.parse(this.pending, 0, !final) as PapaResult;
    for (const fields of result.data) {
      this.records++;
      if (this.records > this.limit) {
        this.stopped = true;
        break;
      }
      if (isBlankRecord(fields)) continue;
      if (this.header === null) this.header = fields;
      this.sink.record(fields, this.records);
    }
    const cursor = final ? this.pending.length : result.meta.cursor;
    this.pending = this.pending.slice(cursor);
  }

  private columnOf(field: number): string | null {
    return this.header?.[field]?.trim() || null;
  }

  private strayQuote({ record, field }: QuotePosition, atRowEnd: boolean): void {
    const row = record + 1;
    if (row > this.limit) return;
    this.issues.warning(
      row,
      this.columnOf(field),
      'csv_syntax',
      atRowEnd
        ? `Row ${row} has a quote in the middle of a quoted value that is not closed on its row; the quote was read as part of the text and the value ends at the end of the row.`
        : `Row ${row} has a quote in the middle of a quoted value; it was read as part of the text.`,
      { problem: 'stray_quote' },
    );
  }

  private spanning({ record, field }: QuotePosition, lineEnds: number, header: boolean): void {
    const row = record + 1;
    if (row > this.limit) return;
    // The lines a spreadsheet would show as the next rows, had the value not been quoted.
    const rows = `${row + 1}-${row + lineEnds}`;
    const what = header
      ? `The name of column ${field + 1} spans ${lineEnds + 1} lines`
      : `Row ${row} has in column ${field + 1} a quoted value over ${lineEnds + 1} lines that look like rows`;
    this.issues.warning(
      row,
      this.columnOf(field),
      'csv_syntax',
      `${what}; if a quote is missing before it, lines ${row + 1} to ${row + lineEnds} were read into that value instead of as rows.`,
      { problem: header ? 'multiline_header' : 'multiline_value', column: field + 1, rows },
    );
  }

  private unclosedQuote({ record, field }: QuotePosition): void {
    const row = record + 1;
    if (row > this.limit) return;
    this.issues.warning(
      row,
      this.columnOf(field),
      'csv_syntax',
      `Row ${row} opens a quoted value that is never closed on its row; the quote was read as text and the value ends at its delimiter or line end, so the rows after it were read as usual.`,
      { problem: 'unclosed_quote' },
    );
  }
}
