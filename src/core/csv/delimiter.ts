/**
 * Which of `,` `;` tab `|` separates the fields. Papaparse's own guess picks the delimiter that
 * gives the most consistent field counts, which goes wrong on one-column files and on files
 * where decimal commas or quoted text outnumber the real separators; here the header row has
 * the casting vote: the right delimiter splits it into names the app knows.
 */
import Papa from 'papaparse';
import { fieldOfHeader } from './headers';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const SAMPLE_CHARS = 65536;
const SAMPLE_ROWS = 50;

interface Candidate {
  delimiter: Delimiter;
  headerFields: number;
  knownHeaders: number;
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
  if (sample.length >= SAMPLE_CHARS && rows.length > 2) rows.pop();
  const header = rows[0] ?? [];
  const knownHeaders = header.filter(
    (h) => fieldOfHeader(h, 'organizations') !== null || fieldOfHeader(h, 'links') !== null,
  ).length;
  const body = rows.slice(1);
  const consistent = body.filter((r) => r.length === header.length).length;
  return {
    delimiter,
    headerFields: header.length,
    knownHeaders,
    consistency: body.length === 0 ? 1 : consistent / body.length,
  };
}

/** Detects the delimiter from the start of the text; `,` when every candidate gives one column. */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const candidates = DELIMITERS.map((d) => score(sample, d)).filter((c) => c.headerFields > 1);
  if (candidates.length === 0) {
    // Rows of nothing but one separator (`;;;`: an empty sheet saved by Excel) are blank rows.
    const lines = sample.split('\n').filter((l) => l.trim() !== '');
    return (
      DELIMITERS.find((d) => lines.every((l) => l.split(d).every((f) => f.trim() === ''))) ?? ','
    );
  }
  // Stable sort keeps the order of DELIMITERS as the last tie-breaker.
  candidates.sort(
    (a, b) =>
      b.knownHeaders - a.knownHeaders ||
      b.consistency - a.consistency ||
      b.headerFields - a.headerFields,
  );
  return candidates[0]!.delimiter;
}
