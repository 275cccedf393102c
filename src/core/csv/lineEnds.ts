/**
 * CSV text, chunk by chunk → the same text as papaparse must read it: line ends outside quoted
 * values made LF, and malformed quoted values written out well formed. Papaparse takes one line
 * ending for a whole input (guessed from its start), so a file that mixes CRLF, LF and lone CRs
 * — as files pasted together or edited on two systems do, and as spreadsheets read without
 * complaint — would have rows merged into fields; and a quote gone wrong would swallow the rows
 * after it.
 *
 * The quote rules are papaparse's where the file is well formed: a quote opens a quoted value
 * only at the start of a field; `""` inside is a quote; a quote closes the value when only white
 * space stands between it and the next delimiter or line end (or the end of the input). Quoted
 * values keep their line ends as written. Where it is not:
 * - a stray quote (any other quote inside a value, `"a "b" c"`) is text; a value with one ends
 *   at the end of its row at the latest (`"a"x` on one row cannot swallow the next);
 * - a value that runs onto later rows and then meets a stray quote, or never closes at all, was
 *   never meant as one: its opening quote is taken as text, the value ends at its delimiter or
 *   line end, and the rows after it are read as usual.
 * Each is reported through the callbacks with its record and field.
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

export interface QuoteReports {
  /** A stray quote in a value that closed later on its row, or was ended at the row's end. */
  stray(position: QuotePosition, atRowEnd: boolean): void;
  /** An opening quote taken as text: the value ran onto later rows and went wrong, or never closed. */
  unclosed(position: QuotePosition): void;
  /**
   * A quoted value over several lines (`lineEnds` inside it) that is a header cell (names do not
   * span lines) or holds as many delimiters as a row: well formed, but a quote may be missing
   * before it, and the lines inside be rows read into the value.
   */
  spanning(position: QuotePosition, lineEnds: number, header: boolean): void;
}

const SILENT: QuoteReports = {
  stray: () => undefined,
  unclosed: () => undefined,
  spanning: () => undefined,
};

/** The quoted value being read: from its opening quote, not written out until decided. */
interface OpenValue extends QuotePosition {
  /** Where to go on looking, in the held text (which starts with the opening quote). */
  scan: number;
  /** A line end was met inside the value. */
  crossed: boolean;
  /** A stray quote was met, on the opening row. */
  stray: boolean;
}

/** The first CR or LF from `from`, or -1. */
function lineEnd(text: string, from: number): number {
  const lf = text.indexOf('\n', from);
  const cr = text.indexOf('\r', from);
  return lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
}

export class LineEndNormalizer {
  private readonly delimiter: number;
  private fieldStart = true;
  private record = 0;
  private field = 0;
  /** The previous chunk ended with a CR outside quotes: an LF starting this one belongs to it. */
  private skipLf = false;
  /** Text not decided yet: an open value (from its opening quote) or a tail cut by the chunk. */
  private held = '';
  private value: OpenValue | null = null;
  /** The held text starts with a field whose opening quote is text, waiting for its end. */
  private literalHeld = false;
  /** The first record with anything in it: the header; and how many fields it has. */
  private headerRecord: number | null = null;
  private headerFields = 0;

  constructor(
    delimiter: string,
    private readonly reports: QuoteReports = SILENT,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  push(chunk: string): string {
    return this.run(this.held + chunk, false);
  }

  end(): string {
    return this.run(this.held, true);
  }

  /** Reports a value over several lines that may hold rows (see `QuoteReports.spanning`). */
  private checkSpan(value: OpenValue, text: string, from: number, to: number): void {
    const header = value.record === this.headerRecord;
    let lineEnds = 0;
    let delimiters = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === this.delimiter) delimiters++;
      else if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) lineEnds++;
    }
    // As many delimiters as a row has: lines of the file's rows rather than lines of a text.
    const rowLike = this.headerFields > 1 && delimiters >= this.headerFields - 1;
    if (header || rowLike) this.reports.spanning(value, lineEnds, header);
  }

  private isEnd(c: number): boolean {
    return c === this.delimiter || c === LF || c === CR;
  }

  private run(text: string, final: boolean): string {
    this.held = '';
    const parts: string[] = [];
    let segment = 0;
    let i = 0;
    const emit = (to: number, replacement = '') => {
      parts.push(text.slice(segment, to), replacement);
    };
    const n = text.length;
    if (this.value === null && this.skipLf && n > 0) {
      this.skipLf = false;
      if (text.charCodeAt(0) === LF) i = segment = 1;
    }

    while (i < n || this.value !== null) {
      const value = this.value;
      if (value !== null) {
        // `text` starts with the value's opening quote at `segment`.
        const at = this.readValue(text, segment, value, final);
        if (at === 'hold') {
          this.held = text.slice(segment);
          text = text.slice(0, segment);
          break;
        }
        if (at === 'literal') {
          // The opening quote is text: the field runs to its delimiter or line end.
          this.reports.unclosed(value);
          this.value = null;
          const from = segment;
          let j = from + 1;
          while (j < n && !this.isEnd(text.charCodeAt(j))) j++;
          if (j >= n && !final) {
            this.held = text.slice(from);
            text = text.slice(0, from);
            this.literalHeld = true;
            break;
          }
          emit(from, `"${text.slice(from, j).replace(/"/g, '""')}"`);
          segment = i = j;
          this.fieldStart = false;
          continue;
        }
        // Closed at `at` (exclusive); a value with a stray quote may need its closing quote.
        this.value = null;
        this.fieldStart = false;
        if (value.crossed) this.checkSpan(value, text, segment, at.end);
        if (at.close) {
          emit(at.end, '"');
          segment = at.end;
        }
        if (at.drop !== undefined) {
          // White space after the closing quote at the end of the input: dropped.
          emit(at.end);
          segment = at.drop;
        }
        i = at.end;
        continue;
      }

      if (this.literalHeld) {
        // A literal field cut by the chunk's end: its quote is at `i`.
        this.literalHeld = false;
        let j = i + 1;
        while (j < n && !this.isEnd(text.charCodeAt(j))) j++;
        if (j >= n && !final) {
          this.literalHeld = true;
          this.held = text.slice(i);
          text = text.slice(0, i);
          break;
        }
        emit(i, `"${text.slice(i, j).replace(/"/g, '""')}"`);
        segment = i = j;
        this.fieldStart = false;
        continue;
      }

      const c = text.charCodeAt(i);
      if (c === CR || c === LF) {
        if (this.record === this.headerRecord) this.headerFields = this.field + 1;
        if (c === CR) {
          emit(i, '\n');
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
        continue;
      }
      if (c === this.delimiter) {
        this.field++;
        this.fieldStart = true;
        i++;
        continue;
      }
      if (c === QUOTE && this.fieldStart) {
        this.headerRecord ??= this.record;
        emit(i);
        segment = i;
        this.value = {
          record: this.record,
          field: this.field,
          scan: 1,
          crossed: false,
          stray: false,
        };
        continue;
      }
      this.fieldStart = false;
      if (this.headerRecord === null && !SPACE.test(text[i]!)) this.headerRecord = this.record;
      i++;
    }

    parts.push(text.slice(segment));
    return parts.join('');
  }

  /**
   * Reads on in an open value whose opening quote is at `start`: where it closes (`end`, the
   * index after its closing quote, with `close` when a closing quote must be written there and
   * `drop` when white space after it is to go), 'literal' when its opening quote is text, or
   * 'hold' when the rest of the input must be seen first.
   */
  private readValue(
    text: string,
    start: number,
    value: OpenValue,
    final: boolean,
  ): { end: number; close?: boolean; drop?: number } | 'literal' | 'hold' {
    const n = text.length;
    let i = start + value.scan;
    // The next line end, looked for again only once passed (a long value has many quotes).
    let nextEnd = -2;
    for (;;) {
      const q = text.indexOf('"', i);
      if (nextEnd !== -1 && nextEnd < i && (value.stray || !value.crossed)) {
        nextEnd = lineEnd(text, i);
      }
      const end = value.stray || !value.crossed ? nextEnd : -1;
      if (end !== -1 && (q === -1 || end < q)) {
        if (value.stray) {
          // A stray quote on the opening row: the value ends with the row.
          this.reports.stray(value, true);
          return { end, close: true };
        }
        value.crossed = true;
      }
      if (q === -1) {
        value.scan = n - start;
        if (!final) return 'hold';
        if (value.stray) {
          this.reports.stray(value, true);
          return { end: n, close: true };
        }
        return 'literal';
      }
      if (q + 1 >= n) {
        value.scan = q - start;
        if (!final) return 'hold';
        if (value.stray) this.reports.stray(value, false);
        return { end: n };
      }
      if (text.charCodeAt(q + 1) === QUOTE) {
        i = q + 2;
        continue;
      }
      let j = q + 1;
      while (j < n && !this.isEnd(text.charCodeAt(j)) && SPACE.test(text[j]!)) j++;
      if (j >= n) {
        value.scan = q - start;
        if (!final) return 'hold';
        if (value.stray) this.reports.stray(value, false);
        return { end: q + 1, drop: n };
      }
      if (this.isEnd(text.charCodeAt(j))) {
        if (value.stray) this.reports.stray(value, false);
        return { end: q + 1 };
      }
      // A stray quote. On a later row than the opening one, the value was never meant as one.
      if (value.crossed) return 'literal';
      value.stray = true;
      i = q + 1;
    }
  }
}
