/**
 * CSV text, chunk by chunk → records, each with the row a spreadsheet shows (the first record is
 * row 1; a record is one row however many lines a quoted value spans; blank rows count). Line
 * ends are made one (lineEnds.ts) before papaparse splits the fields, so every row comes through
 * whatever the file mixes; nothing but the records not yet complete is held in memory.
 */
import Papa from 'papaparse';
import type { FileIssues } from '../model/importIssues';
import type { Delimiter } from './delimiter';
import { LineEndNormalizer, type QuotePosition } from './lineEnds';

export interface RecordSink {
  /** A non-blank record and its row. */
  record(fields: string[], row: number): void;
}

interface PapaError {
  code: string;
  row?: number;
}

interface PapaResult {
  data: string[][];
  errors: PapaError[];
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
  /** Normalised text not yet split: the records not yet complete. */
  private pending = '';
  /** Output offset of `pending[0]`. */
  private pendingAt = 0;
  /** Records read so far, blank ones included. */
  private records = 0;
  /** The first non-blank record, for naming columns in messages. */
  private header: string[] | null = null;
  private stopped = false;

  constructor(
    delimiter: Delimiter,
    private readonly issues: FileIssues,
    private readonly sink: RecordSink,
    /** Stop after this many records (blank ones included): for a quick look at a file. */
    private readonly limit = Infinity,
  ) {
    this.normalizer = new LineEndNormalizer(delimiter, (position) => this.literalQuote(position));
    this.parser = new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"' });
  }

  /** True once `limit` records were read: the rest of the input may be left unread. */
  get done(): boolean {
    return this.stopped;
  }

  push(text: string): void {
    if (this.stopped) return;
    this.pending += this.normalizer.push(text);
    // While a quoted value is open no record can end: wait rather than split the same text again.
    if (!this.normalizer.open) this.split(false);
  }

  end(): void {
    if (this.stopped) return;
    this.pending += this.normalizer.end();
    const open = this.normalizer.openQuote;
    if (open !== null) {
      // The records before the one whose quote never closes, then that one read again.
      const recordAt = open.recordStart - this.pendingAt;
      const quoteAt = open.at - this.pendingAt;
      const rest = this.pending.slice(quoteAt);
      const record = this.pending.slice(recordAt, quoteAt);
      this.pending = this.pending.slice(0, recordAt);
      this.split(false);
      this.pending = record + this.normalizer.recover(rest);
    }
    this.split(true);
  }

  private split(final: boolean): void {
    if (this.pending === '' || this.stopped) return;
    const result = this.parser.parse(this.pending, 0, !final) as PapaResult;
    const first = this.records;
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
    for (const error of result.errors) {
      // A quote in the middle of a quoted value (`"a "b" c"`): papaparse keeps it as text.
      if (error.code !== 'InvalidQuotes') continue;
      const row = first + (error.row ?? 0) + 1;
      if (row > this.limit) continue;
      this.issues.warning(
        row,
        null,
        'csv_syntax',
        `Row ${row} has a quote in the middle of a quoted value; it was read as part of the text.`,
        { problem: 'stray_quote' },
      );
    }
    const cursor = final ? this.pending.length : result.meta.cursor;
    this.pendingAt += cursor;
    this.pending = this.pending.slice(cursor);
  }

  private literalQuote({ record, field }: QuotePosition): void {
    const row = record + 1;
    if (row > this.limit) return;
    const column = this.header?.[field]?.trim() || null;
    this.issues.warning(
      row,
      column,
      'csv_syntax',
      `Row ${row} opens a quoted value that is never closed; the quote was read as text and the value ends at its delimiter or line end, so the rows after it were read as usual.`,
      { problem: 'unclosed_quote' },
    );
  }
}
