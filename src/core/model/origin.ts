/**
 * Where an import read its organisations and its links: the table each came from and the header
 * of each field as written, so that a message about a record after the import (an append's
 * conflicting value) names the file, row and column it came from.
 */
import type { Field, HeaderMatch } from '../csv/headers';

export interface TableOrigin {
  /** The table's name in messages (`organizations.csv`, `book.xlsx › Elements`). */
  table: string;
  /** Each field's header as written in the table. */
  columns: Partial<Record<Field, string>>;
  /**
   * Whether a record's `row` is a row of this table: a project file's records keep the rows of
   * the files they were first read from, which are not at hand.
   */
  rows: boolean;
}

export interface DatasetOrigin {
  organizations: TableOrigin | null;
  links: TableOrigin | null;
}

/** The origin of a table read through a header match. */
export function tableOrigin(
  name: string,
  header: readonly string[],
  match: HeaderMatch,
): TableOrigin {
  const columns: Partial<Record<Field, string>> = {};
  for (const [field, index] of Object.entries(match.fields) as [Field, number][]) {
    const written = header[index];
    if (written !== undefined) columns[field] = written;
  }
  return { table: name, columns, rows: true };
}

/** A project file: its records come from the file, their rows from files no longer at hand. */
export function projectOrigin(file: string): DatasetOrigin {
  const table: TableOrigin = { table: file, columns: {}, rows: false };
  return { organizations: table, links: table };
}
