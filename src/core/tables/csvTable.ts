/** A CSV file as a table: its header read at once, its records streamed from the bytes when read. */
import { readCsvHead, readCsvRecords, type InputFile } from '../csv/readFile';
import type { IssueLog } from '../issues/importIssues';
import { notATable } from '../csv/headerless';
import type { Table } from './table';

export function openCsvFile(file: InputFile, log: IssueLog): Table[] {
  const head = readCsvHead(file, log.forFile(file.name));
  return [
    {
      name: file.name,
      file: file.name,
      sheet: null,
      header: head.header,
      headerRow: head.headerRow,
      kind: null,
      size: Math.max(1, file.bytes.length),
      multipleTargets: false,
      notATable: () => notATable(file, head),
      read: (sink, issues, onProgress) =>
        readCsvRecords(file, head, issues, sink, onProgress ? { onProgress } : {}),
    },
  ];
}
