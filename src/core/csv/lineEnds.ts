/**
 * Line ends outside quoted values → LF, chunk by chunk. Papaparse takes one line ending for a
 * whole input (guessed from its start), so a file that mixes CRLF, LF and lone CRs — as files
 * pasted together or edited on two systems do, and as spreadsheets read without complaint —
 * would have rows merged into fields. Quoted values keep their line ends as written.
 *
 * The quote rules are papaparse's, so that both agree on where every record ends: a quote opens
 * a quoted value only at the start of a field; `""` inside is a quote; a quote closes the value
 * when only white space stands between it and the next delimiter or line end (or it is the last
 * character of the input); any other quote inside is part of the text.
 *
 * A quote that is never closed would swallow the rest of the file. `recover()` takes it as text
 * instead (the value ends at its delimiter or line end, as if the quote were any other letter)
 * and, since no later quote can close either, every later field that starts with a quote is
 * taken as text too: the field is written out quoted, its quotes doubled, so papaparse reads it
 * as written. Each such field is reported through `onLiteralQuote`.
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** What papaparse's `trim()` removes between a closing quote and a delimiter. */
const SPACE = /\s/;

export interface QuotePosition {
  /** Record index in the input (0 = its first record), counting blank records. */
  record: number;
  /** Field index within the record. */
  field: number;
}

export class LineEndNormalizer {
  private readonly delimiter: number;
  private inQuotes = false;
  private fieldStart = true;
  /** Text held back because it cannot be decided before more input arrives. */
  private held = '';
  /** The previous chunk ended with a CR outside quotes: an LF starting this one belongs to it. */
  private skipLf = false;
  /** After `recover()`: no quote can close any more, so quotes at field starts are text. */
  private literalQuotes = false;
  private record = 0;
  private field = 0;
  /** Output characters so far. */
  private emitted = 0;
  private recordStart = 0;
  private opened: (QuotePosition & { at: number; recordStart: number }) | null = null;

  constructor(
    delimiter: string,
    private readonly onLiteralQuote: (position: QuotePosition) => void = () => undefined,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** True while a quoted value is open (at the end of the input: a quote never closed). */
  get open(): boolean {
    return this.inQuotes;
  }

  /**
   * Where the open quote stands: its record and field, its offset in the output, and the output
   * offset of its record's start.
   */
  get openQuote(): (QuotePosition & { at: number; recordStart: number }) | null {
    return this.inQuotes ? this.opened : null;
  }

  push(chunk: string): string {
    return this.run(this.held + chunk, false);
  }

  end(): string {
    return this.run(this.held, true);
  }

  /**
   * Takes the open quote as text. `rest` is the output from that quote on (what `push`/`end`
   * returned after it); returns that text as papaparse must read it.
   */
  recover(rest: string): string {
    const opened = this.opened;
    if (!this.inQuotes || opened === null)
      throw new Error('LineEndNormalizer.recover: no open quote');
    // `rest` starts with the quote, at a field start: taken as text and reported like any later one.
    this.inQuotes = false;
    this.literalQuotes = true;
    this.record = opened.record;
    this.field = opened.field;
    this.recordStart = opened.recordStart;
    this.emitted = opened.at;
    this.fieldStart = true;
    this.skipLf = false;
    this.held = '';
    return this.run(rest, true);
  }

  private isEnd(c: number): boolean {
    return c === this.delimiter || c === LF || c === CR;
  }

  private run(text: string, final: boolean): string {
    this.held = '';
    let i = 0;
    if (this.skipLf && text.length > 0) {
      this.skipLf = false;
      if (text.charCodeAt(0) === LF) i = 1;
    }
    const parts: string[] = [];
    let partsLength = 0;
    let segment = i;
    const out = (index: number) => this.emitted + partsLength + (index - segment);
    const cut = (index: number, replacement: string) => {
      const piece = text.slice(segment, index);
      parts.push(piece, replacement);
      partsLength += piece.length + replacement.length;
    };
    const n = text.length;

    while (i < n) {
      if (this.inQuotes) {
        const q = text.indexOf('"', i);
        if (q === -1) break;
        if (q + 1 >= n) {
          if (!final) {
            this.held = text.slice(q);
            text = text.slice(0, q);
            break;
          }
          this.inQuotes = false;
          this.fieldStart = false;
          break;
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          i = q + 2;
          continue;
        }
        let j = q + 1;
        while (j < n && !this.isEnd(text.charCodeAt(j)) && SPACE.test(text[j]!)) j++;
        if (j >= n && !final) {
          this.held = text.slice(q);
          text = text.slice(0, q);
          break;
        }
        if (j < n && this.isEnd(text.charCodeAt(j))) {
          this.inQuotes = false;
          this.fieldStart = false;
        }
        i = q + 1;
        continue;
      }

      const c = text.charCodeAt(i);
      if (c === CR || c === LF) {
        if (c === CR) {
          cut(i, '\n');
          if (i + 1 < n) {
            if (text.charCodeAt(i + 1) === LF) i++;
          } else if (!final) {
            this.skipLf = true;
          }
          segment = i + 1;
        }
        i++;
        this.record++;
        this.field = 0;
        this.fieldStart = true;
        this.recordStart = out(i);
        continue;
      }
      if (c === this.delimiter) {
        this.field++;
        this.fieldStart = true;
        i++;
        continue;
      }
      if (c === QUOTE && this.fieldStart) {
        if (this.literalQuotes) {
          // The field, up to its delimiter or line end, is text: write it quoted, quotes doubled.
          let j = i + 1;
          while (j < n && !this.isEnd(text.charCodeAt(j))) j++;
          if (j >= n && !final) {
            this.held = text.slice(i);
            text = text.slice(0, i);
            break;
          }
          this.onLiteralQuote({ record: this.record, field: this.field });
          cut(i, `"${text.slice(i, j).replace(/"/g, '""')}"`);
          segment = j;
          i = j;
          this.fieldStart = false;
          continue;
        }
        this.inQuotes = true;
        this.opened = {
          record: this.record,
          field: this.field,
          at: out(i),
          recordStart: this.recordStart,
        };
        this.fieldStart = false;
        i++;
        continue;
      }
      this.fieldStart = false;
      i++;
    }

    const last = text.slice(segment);
    parts.push(last);
    partsLength += last.length;
    this.emitted += partsLength;
    return parts.length === 1 ? last : parts.join('');
  }
}
