/**
 * Cells of the CSV files the app writes. A spreadsheet reads a cell that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return as a formula ("CSV injection"): a name from the data
 * such as `=HYPERLINK(…)` would run when the export is opened. Such text is neutralised here,
 * and nowhere else, by an apostrophe before it (OWASP's advice); numbers the app computed are
 * written as numbers, at full precision, and never neutralised (−0.5 stays a number).
 */

/** The characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text from the data as a spreadsheet must read it: as text, never as a formula. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A value of a table the app exports: text (from the data or the app), a number, or nothing. */
export type CsvValue = string | number | null | undefined;

/** One field: text neutralised and quoted when it must be (RFC 4180); numbers in full. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutraliseCell(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as a CSV file (header first), lines ended by CRLF as RFC 4180 asks. */
export function csvText(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
