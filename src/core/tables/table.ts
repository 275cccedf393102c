/**
 * A table of an import: a header and its records, whatever the format they come from. A CSV file
 * is one table; a workbook is one per sheet; a GEXF or GraphML file is its nodes and its edges.
 * `importDataset` tells organisations from links and builds the dataset from tables alone.
 */
import type { FileKind } from '../csv/headers';
import type { UnusableInputError } from '../issues/issues';
import type { RecordSink } from '../csv/records';
import type { FileIssues } from '../issues/importIssues';

export interface Table {
  /**
   * Names the table in every message: a CSV file's name, or the file and the part of it when a
   * file holds several tables (`tableName`: `book.xlsx › Elements`, `network.gexf › edges`).
   */
  readonly name: string;
  /** The file it comes from, as the user gave it (the dataset is named after it). */
  readonly file: string;
  /** The sheet of a workbook it is; null for the other formats. */
  readonly sheet: string | null;
  /** Column names, trimmed, in order. */
  readonly header: string[];
  /** The row the header stands on, as the source numbers it (a spreadsheet row, a line of XML). */
  readonly headerRow: number;
  /** What the format says the table holds (nodes, edges); null when the header must tell. */
  readonly kind: FileKind | null;
  /** How much work reading it is, relative to the other tables of its file (for progress). */
  readonly size: number;
  /**
   * For a table whose header names no known column: one sentence when it is no table with a
   * header at all (an edge list, an adjacency matrix, a space-delimited file), else null.
   */
  notATable?(): UnusableInputError | null;
  /** Kumu's workbooks: a target cell may name several organisations, `A | B`, one link each. */
  readonly multipleTargets: boolean;
  /**
   * Streams the records after the header into `sink`, each with its row as the source numbers
   * it, and returns how many there were. `issues` take what reading finds (a CSV quote gone
   * wrong); `onProgress` the fraction of the table read.
   */
  read(sink: RecordSink, issues: FileIssues, onProgress?: (fraction: number) => void): number;
}

/** The one form of a table's name when a file holds several: `book.xlsx › Elements`. */
export function tableName(file: string, part: string): string {
  return `${file} › ${part}`;
}
