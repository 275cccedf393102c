/**
 * Tables whose records are already in memory (a workbook's sheet, the nodes or edges of an XML
 * network), and a builder for formats whose columns are only known once the file is read (a GEXF
 * edge's weight, a GraphML key used by some nodes only).
 */
import type { FileKind } from '../csv/headers';
import type { Table } from './table';

export interface TableDescription {
  name: string;
  file: string;
  sheet: string | null;
  headerRow: number;
  kind: FileKind | null;
  multipleTargets: boolean;
}

/** Records handed on between two progress reports. */
const PROGRESS_EVERY = 4096;

/**
 * A table over records held in memory; each record is given as wide as the header (missing
 * cells empty), so that no row reads as ragged.
 */
export function memoryTable(
  description: TableDescription,
  header: string[],
  records: readonly (readonly string[])[],
  rows: readonly number[],
  /** Column of the header each record's value comes from; all of them, in order, by default. */
  columns?: readonly number[],
): Table {
  const width = header.length;
  const pick = columns ?? header.map((_, i) => i);
  return {
    ...description,
    header,
    size: records.length + 1,
    read: (sink, _issues, onProgress) => {
      for (let r = 0; r < records.length; r++) {
        const record = records[r]!;
        const fields = new Array<string>(width);
        for (let c = 0; c < width; c++) fields[c] = record[pick[c]!] ?? '';
        sink.record(fields, rows[r]!);
        if (onProgress && r % PROGRESS_EVERY === PROGRESS_EVERY - 1) {
          onProgress((r + 1) / records.length);
        }
      }
      onProgress?.(1);
      return records.length;
    },
  };
}

/**
 * Collects records whose columns appear as they are met. A column is known by a key (so that two
 * columns may bear the same name, as a file may) and kept in the header when it was declared or
 * when some record has a value in it.
 */
export class TableBuilder {
  private readonly names: string[] = [];
  private readonly kept: boolean[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly records: string[][] = [];
  private readonly rows: number[] = [];

  /** The index of a column, added on first mention; `declared` keeps it even when empty. */
  column(key: string, name: string, declared = false): number {
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.names.length;
      this.byKey.set(key, index);
      this.names.push(name);
      this.kept.push(declared);
    } else if (declared) {
      this.kept[index] = true;
    }
    return index;
  }

  /** The index of a column already met, if it was. */
  known(key: string): number | undefined {
    return this.byKey.get(key);
  }

  /** A record whose values sit at their columns' indexes (holes are empty cells). */
  add(values: string[], row: number): void {
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (value !== undefined && value !== '') this.kept[i] = true;
    }
    this.records.push(values);
    this.rows.push(row);
  }

  get count(): number {
    return this.records.length;
  }

  build(description: TableDescription): Table {
    const columns: number[] = [];
    for (let i = 0; i < this.names.length; i++) if (this.kept[i]) columns.push(i);
    const header = columns.map((i) => this.names[i]!.trim());
    return memoryTable(description, header, this.records, this.rows, columns);
  }
}
