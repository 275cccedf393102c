/** One CSV file's bytes → its table, and a quick look at a file for the app's mapping step. */
import { UnusableInputError } from '../model/issues';
import { IssueLog, type FileIssues } from '../model/importIssues';
import { decodeCsvBytes, type TextEncodingName } from './decode';
import type { Delimiter } from './delimiter';
import {
  detectFileKind,
  matchHeaders,
  type ColumnMapping,
  type Field,
  type FileKind,
} from './headers';
import { parseCsvText, type CsvTable } from './parse';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export interface ReadCsvOptions {
  onProgress?: (fraction: number) => void;
  preview?: number;
}

export interface ReadCsv {
  table: CsvTable;
  encoding: TextEncodingName;
}

const ENCODING_LABEL: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
};

/**
 * Decodes and parses one file. Throws UnusableInputError when the file is binary, empty, or has
 * no header row; the Windows-1252 fallback is reported as a warning.
 */
export function readCsvFile(
  file: InputFile,
  issues: FileIssues,
  options: ReadCsvOptions = {},
): ReadCsv {
  const decoded = decodeCsvBytes(file.bytes, file.name);
  if (decoded.fellBack) {
    issues.warning(
      null,
      null,
      'encoding_fallback',
      `${file.name} is not valid UTF-8, so it was read as Windows-1252 (what Spanish- and French-locale Excel writes); check that accented letters look right.`,
      { encoding: 'windows-1252' },
    );
  }
  const table = parseCsvText(decoded.text, issues, options);
  if (table.header.length === 0) {
    throw new UnusableInputError(
      `${file.name} has no header row: every row in it is empty.`,
      file.name,
      'no_header',
    );
  }
  return { table, encoding: decoded.encoding };
}

export interface FileInspection {
  name: string;
  kind: FileKind | null;
  headers: string[];
  /** The field each header was matched to in a file of this kind (of an organisations file when unknown). */
  fields: (Field | null)[];
  delimiter: Delimiter;
  encoding: string;
}

/**
 * Reads only the start of a file to say what it is and how its headers were understood, for the
 * column-mapping step. Throws UnusableInputError like `importDataset` for binary or empty files.
 */
export function inspectCsvFile(file: InputFile, mapping?: ColumnMapping): FileInspection {
  const log = new IssueLog();
  const { table, encoding } = readCsvFile(file, log.forFile(file.name), { preview: 20 });
  const kind = detectFileKind(table.header, mapping);
  const match = matchHeaders(table.header, kind ?? 'organizations', mapping);
  const fieldAt = new Map<number, Field>();
  for (const [field, index] of Object.entries(match.fields)) fieldAt.set(index, field as Field);
  return {
    name: file.name,
    kind,
    headers: table.header,
    fields: table.header.map((_, i) => fieldAt.get(i) ?? null),
    delimiter: table.delimiter,
    encoding: ENCODING_LABEL[encoding],
  };
}
