/** What every export produces, and the one error an export can end in. */

/** One file of an export: its name (no folder) and its bytes. */
export interface ExportFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Why a format cannot hold a dataset, and the values its sentence names: every language's
 * sentence names the same (the app translates from `code` and `params`, src/i18n `exportError`).
 */
export const EXPORT_ERROR_PARAMS = {
  /** A text longer than an Excel cell holds: where it is, its length and the limit. */
  cell_too_long: ['sheet', 'row', 'column', 'length', 'limit'],
  /** More rows or columns than an Excel sheet holds. */
  too_many_rows: ['sheet', 'rows', 'limit'],
  too_many_columns: ['sheet', 'columns', 'limit'],
} as const satisfies Record<string, readonly string[]>;

export type ExportErrorCode = keyof typeof EXPORT_ERROR_PARAMS;
export type ExportErrorParams<Code extends ExportErrorCode = ExportErrorCode> = Record<
  (typeof EXPORT_ERROR_PARAMS)[Code][number],
  string | number
>;

/** The English sentence of each failure, which the command line prints. */
const ENGLISH: { [Code in ExportErrorCode]: (p: ExportErrorParams<Code>) => string } = {
  cell_too_long: (p) =>
    `Row ${p.row} of the ${p.sheet} sheet holds ${p.length} characters in column "${p.column}", more than the ${p.limit} an Excel cell can hold; export it as CSV instead.`,
  too_many_rows: (p) =>
    `The ${p.sheet} sheet would need ${p.rows} rows, more than the ${p.limit} an Excel sheet can hold; export it as CSV instead.`,
  too_many_columns: (p) =>
    `The ${p.sheet} sheet would need ${p.columns} columns, more than the ${p.limit} an Excel sheet can hold; export it as CSV instead.`,
};

/**
 * A dataset that a format cannot hold (a text longer than an Excel cell, more rows than a sheet):
 * `code` and `params` say what and where, `message` in one English sentence.
 */
export class ExportError<Code extends ExportErrorCode = ExportErrorCode> extends Error {
  constructor(
    readonly code: Code,
    readonly params: ExportErrorParams<Code>,
  ) {
    super(ENGLISH[code](params));
    this.name = 'ExportError';
  }
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a text file. */
export function textFile(name: string, text: string): ExportFile {
  return { name, bytes: encoder.encode(text) };
}
