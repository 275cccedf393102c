/**
 * Which of `,` `;` tab `|` separates the fields. Papaparse's own guess picks the delimiter that
 * gives the most consistent field counts, which goes wrong on one-column files and on files
 * where decimal commas or quoted text outnumber the real separators; here the header row has
 * the casting vote: the right delimiter splits it into names the app knows. A space separates
 * columns only where none of these splits the header and the space splits it into names the app
 * knows (`Source Target`, as edge lists are often written).
 */
import Papa from 'papaparse';
import { fieldOfHeader } from './headers';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
/** The delimiters tried, and a space, taken only when none of them fits (`spaceSeparates`). */
export type Delimiter = (typeof DELIMITERS)[number] | ' ';

const SAMPLE_CHARS = 65536;
const SAMPLE_ROWS = 50;

interface Candidate {
  delimiter: Delimiter;
  headerFields: number;
  knownHeaders: number;
  /** Known fields whose header cell holds no delimiter or quote: a wrong split leaves them. */
  cleanHeaders: number;
  consistency: number;
}

function isBlank(fields: string[]): boolean {
  return fields.every((f) => f.trim() === '');
}

function score(sample: string, delimiter: Delimiter): Candidate {
  const rows = Papa.parse<string[]>(sample, {
    delimiter,
    preview: SAMPLE_ROWS,
    skipEmptyLines: false,
  }).data.filter((r) => !isBlank(r));
  // The last row of a cut sample may be incomplete.
  if (sample.length >= SAMPLE_CHARS && rows.length > SAMPLE_MIN_ROWS - 1) rows.pop();
  const header = rows[0] ?? [];
  // Distinct fields: a long cell split at a wrong delimiter may repeat a short alias (`a`, `de`).
  const known = new Set<string>();
  const clean = new Set<string>();
  for (const h of header) {
    const field = fieldOfHeader(h, 'organizations') ?? fieldOfHeader(h, 'links');
    if (field === null) continue;
    known.add(field);
    if (!/[,;\t|"]/.test(h)) clean.add(field);
  }
  const knownHeaders = known.size;
  const cleanHeaders = clean.size;
  const body = rows.slice(1);
  const consistent = body.filter((r) => r.length === header.length).length;
  return {
    delimiter,
    headerFields: header.length,
    knownHeaders,
    cleanHeaders,
    consistency: body.length === 0 ? 1 : consistent / body.length,
  };
}

/**
 * The index after the `count`-th line end (CRLF, LF or CR) outside quotes, counted by the quotes'
 * parity (right for any delimiter in a well-formed file), or -1 when the text has fewer rows.
 */
export function afterRows(text: string, count: number): number {
  let rows = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted || (c !== 10 && c !== 13)) continue;
    else if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    else if (++rows === count) return i + 1;
  }
  return -1;
}

/** Rows a sample must hold at least, however long: the header and two rows. */
export const SAMPLE_MIN_ROWS = 3;
/** The longest sample, where the first rows are long or their quotes cannot be counted. */
export const SAMPLE_MAX_CHARS = 8 << 20;

/** The start of the text to judge the delimiter on: 64K characters, or the first three rows. */
export function delimiterSample(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const rows = afterRows(text, SAMPLE_MIN_ROWS);
  if (rows === -1) return text.slice(0, SAMPLE_MAX_CHARS);
  return text.slice(0, Math.max(SAMPLE_CHARS, rows));
}

const fieldOf = (h: string) => fieldOfHeader(h, 'organizations') ?? fieldOfHeader(h, 'links');

/** The first row that holds something, as one line. */
function firstLine(sample: string): string {
  return sample.split('\n').find((l) => l.trim() !== '') ?? '';
}

/**
 * True when a header that no delimiter splits is names the app knows, two or more, separated by
 * spaces, and not itself one name the app knows (`organisation name`).
 */
export function spaceSeparates(header: string): boolean {
  const line = header.trim();
  if (!line.includes(' ') || fieldOf(line) !== null) return false;
  const known = new Set<string>();
  for (const part of line.split(/ +/)) {
    const field = fieldOf(part);
    if (field !== null) known.add(field);
  }
  return known.size >= 2;
}

/**
 * Detects the delimiter from the start of the text (`delimiterSample`); `,` when every candidate
 * gives one column (and a space does not separate known names).
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = delimiterSample(text);
  const candidates = DELIMITERS.map((d) => score(sample, d)).filter((c) => c.headerFields > 1);
  if (candidates.length === 0) {
    if (spaceSeparates(firstLine(sample))) return ' ';
    // Rows of nothing but one separator (`;;;`: an empty sheet saved by Excel) are blank rows.
    const lines = sample.split('\n').filter((l) => l.trim() !== '');
    return (
      DELIMITERS.find((d) => lines.every((l) => l.split(d).every((f) => f.trim() === ''))) ?? ','
    );
  }
  // Stable sort keeps the order of DELIMITERS as the last tie-breaker.
  candidates.sort(
    (a, b) =>
      b.cleanHeaders - a.cleanHeaders ||
      b.knownHeaders - a.knownHeaders ||
      b.consistency - a.consistency ||
      b.headerFields - a.headerFields,
  );
  return candidates[0]!.delimiter;
}
