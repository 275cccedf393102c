/**
 * One CSV file's bytes → its header, then its records one at a time (a large file is never held
 * as one string or one table), and a quick look at a file for the app's mapping step.
 */
import { UnusableInputError } from '../issues/issues';
import { IssueLog, type FileIssues } from '../issues/importIssues';
import { decodeInChunks, detectEncoding, type TextDecoding, type TextEncodingName } from './decode';
import { delimiterSample, detectDelimiter, SAMPLE_MAX_CHARS, type Delimiter } from './delimiter';
import {
  detectFileKind,
  matchHeaders,
  type ColumnMapping,
  type Field,
  type FileKind,
} from './headers';
import { CsvRecordReader, type RecordSink } from './records';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** A file's header, and what it takes to read the rest. */
export interface CsvHead {
  /** Header cells, trimmed. */
  header: string[];
  headerRow: number;
  delimiter: Delimiter;
  decoding: TextDecoding;
}

const ENCODING_LABEL: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
};

/** Text to judge the delimiter on: the start of the file, line ends made one. */

function headerCells(fields: string[]): string[] {
  return fields.map((h, j) => (j === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
}

function noHeader(file: InputFile): UnusableInputError {
  return new UnusableInputError(
    `${file.name} has no header row: every row in it is empty.`,
    file.name,
    'no_header',
    'no_header',
  );
}

/**
 * Reads a file as far as its header. `issues` receive what concerns the file as a whole (the
 * Windows-1252 fallback). Throws UnusableInputError when the file is binary, empty, or has no
 * header row.
 */
export function readCsvHead(
  file: InputFile,
  issues: FileIssues | null,
  /** The bytes are only the start of the file. */
  partial = false,
): CsvHead {
  const decoding = detectEncoding(file.bytes, partial);
  // What Spanish- and French-locale Excel writes: normal, so a note rather than a warning.
  if (decoding.fellBack) {
    issues?.info(
      null,
      null,
      'encoding_fallback',
      `${file.name} is not valid UTF-8, so it was read as Windows-1252 (what Spanish- and French-locale Excel writes); check that accented letters look right.`,
      { encoding: 'windows-1252' },
    );
  }
  let head: CsvHead | null = null;
  let reader: CsvRecordReader | null = null;
  let sample = '';
  // Looked at each time the sample doubles: a file whose first rows are long is still read once.
  let nextLook = 0;
  const quiet = new IssueLog().forFile(file.name);
  const start = (): CsvRecordReader => {
    const delimiter = detectDelimiter(sample.replace(/\r\n?/g, '\n'));
    const started = new CsvRecordReader(delimiter, quiet, {
      record: (fields, row) => {
        head ??= { header: headerCells(fields), headerRow: row, delimiter, decoding };
      },
    });
    started.push(sample);
    return started;
  };
  decodeInChunks(file.bytes, file.name, decoding, (text) => {
    if (reader !== null) {
      reader.push(text);
      return head === null;
    }
    // The delimiter is judged on the start of the file: enough text for the header and two rows.
    sample += text;
    if (sample.length < nextLook) return true;
    nextLook = 2 * sample.length;
    if (delimiterSample(sample).length < sample.length || sample.length >= SAMPLE_MAX_CHARS) {
      reader = start();
    }
    return head === null;
  });
  const last: CsvRecordReader = reader ?? start();
  if (head === null) last.end();
  if (head === null) throw noHeader(file);
  return head;
}

export interface ReadCsvOptions {
  /** Fraction of the file read so far. */
  onProgress?: (fraction: number) => void;
  /** Stop after this many rows, header included: for a quick look at a file. */
  limit?: number;
}

/**
 * Reads the records after the header of a file whose head was read, one at a time, into `sink`.
 * Returns how many data records there were.
 */
export function readCsvRecords(
  file: InputFile,
  head: CsvHead,
  issues: FileIssues,
  sink: RecordSink,
  options: ReadCsvOptions = {},
): number {
  let records = 0;
  const reader = new CsvRecordReader(
    head.delimiter,
    issues,
    {
      record: (fields, row) => {
        if (row <= head.headerRow) return;
        records++;
        sink.record(fields, row);
      },
    },
    options.limit,
  );
  const size = file.bytes.length || 1;
  decodeInChunks(file.bytes, file.name, head.decoding, (text, read) => {
    reader.push(text);
    options.onProgress?.(read / size);
    return !reader.done;
  });
  reader.end();
  options.onProgress?.(1);
  return records;
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

/** Bytes enough to see a file's header and first rows. */
export const INSPECTION_BYTES = 1 << 20;

/**
 * Reads only the start of a file (its first `INSPECTION_BYTES` are enough) to say what it is and
 * how its headers were understood, for the column-mapping step. Throws UnusableInputError like
 * `importDataset` for binary or empty files.
 */
export function inspectCsvFile(
  file: InputFile,
  mapping?: ColumnMapping,
  /** The bytes given are only the start of the file. */
  partial = false,
): FileInspection {
  const start = { name: file.name, bytes: file.bytes.subarray(0, INSPECTION_BYTES) };
  const head = readCsvHead(start, null, partial || start.bytes.length < file.bytes.length);
  const kind = detectFileKind(head.header, mapping);
  const match = matchHeaders(head.header, kind ?? 'organizations', mapping);
  const fieldAt = new Map<number, Field>();
  for (const [field, index] of Object.entries(match.fields)) fieldAt.set(index, field as Field);
  return {
    name: file.name,
    kind,
    headers: head.header,
    fields: head.header.map((_, i) => fieldAt.get(i) ?? null),
    delimiter: head.delimiter,
    encoding: ENCODING_LABEL[head.decoding.encoding],
  };
}
