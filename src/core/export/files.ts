/** What every export produces, and the one error an export can end in. */

/** One file of an export: its name (no folder) and its bytes. */
export interface ExportFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * A dataset that a format cannot hold (a text longer than an Excel cell, more rows than a sheet):
 * `message` is one sentence saying what and where.
 */
export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportError';
  }
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a text file. */
export function textFile(name: string, text: string): ExportFile {
  return { name, bytes: encoder.encode(text) };
}
