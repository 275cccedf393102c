/**
 * What the organisation and link builders share: the header's messages, ragged rows, and the
 * columns the app does not know, kept as attributes under their header as written.
 */
import type { CsvTable } from '../csv/parse';
import type { Field, HeaderMatch } from '../csv/headers';
import { quote, type FileIssues } from './importIssues';

export interface AttributeColumn {
  /** Header as written; `Column N` for a column with an empty header. */
  key: string;
  index: number;
  /** Columns with an empty header are kept only where they hold something. */
  unnamed: boolean;
}

export class TableColumns {
  readonly attributes: AttributeColumn[];
  private readonly usedUnnamed = new Set<string>();

  constructor(
    readonly table: CsvTable,
    readonly match: HeaderMatch,
    extraAttributes: { header: string; index: number }[] = [],
  ) {
    this.attributes = [...match.attributes, ...extraAttributes]
      .sort((a, b) => a.index - b.index)
      .map(({ header, index }) => ({
        key: header === '' ? `Column ${index + 1}` : header,
        index,
        unnamed: header === '',
      }));
  }

  /** Column index of a field, if the file has it. */
  index(field: Field): number | undefined {
    return this.match.fields[field];
  }

  /** A row's cell for a field; empty when the file has no such column or the row is short. */
  cell(fields: string[], field: Field): string {
    const i = this.match.fields[field];
    return i === undefined ? '' : (fields[i] ?? '');
  }

  /** The header of a field as written, for messages. */
  header(field: Field): string | null {
    const i = this.match.fields[field];
    return i === undefined ? null : (this.table.header[i] ?? null);
  }

  /** Messages about the header itself: repeated columns, and columns kept as attributes. */
  reportHeader(issues: FileIssues): void {
    const row = this.table.headerRow;
    for (const d of this.match.duplicates) {
      issues.warning(
        row,
        d.header,
        'duplicate_column',
        `Column ${quote(d.header)} appears twice (columns ${d.firstIndex + 1} and ${d.index + 1}); the values of column ${d.index + 1} were not used.`,
        { firstColumn: d.firstIndex + 1, column: d.index + 1 },
      );
    }
    for (const a of this.attributes) {
      if (a.unnamed) continue;
      issues.info(
        row,
        a.key,
        'unknown_column',
        `Column ${quote(a.key)} is not one the app knows; it was kept as an attribute.`,
        { column: a.index + 1 },
      );
    }
  }

  /** Warns when a row has more or fewer values than the header has columns. */
  checkWidth(fields: string[], row: number, issues: FileIssues): void {
    const columns = this.table.header.length;
    if (fields.length === columns) return;
    if (fields.length > columns) {
      const extra = fields.slice(columns).filter((f) => f.trim() !== '');
      // Trailing empty cells (`a;b;;`) are what spreadsheets write; nothing is lost.
      if (extra.length === 0) return;
      issues.warning(
        row,
        null,
        'ragged_row',
        `Row ${row} has ${fields.length} values but the header has ${columns} columns; the extra values (${extra.map(quote).join(', ')}) were not used.`,
        { values: fields.length, columns, extra: extra.join(' | ') },
      );
    } else {
      issues.warning(
        row,
        null,
        'ragged_row',
        `Row ${row} has ${fields.length} values but the header has ${columns} columns; the missing ones were read as empty.`,
        { values: fields.length, columns },
      );
    }
  }

  /** The row's values of the columns the app does not know. */
  readAttributes(fields: string[]): Record<string, string> {
    const attributes: Record<string, string> = {};
    for (const a of this.attributes) {
      const value = fields[a.index] ?? '';
      if (a.unnamed) {
        if (value.trim() === '') continue;
        this.usedUnnamed.add(a.key);
      }
      attributes[a.key] = value;
    }
    return attributes;
  }

  /** Attribute columns in file order, for exports to write back. */
  attributeKeys(): string[] {
    return this.attributes
      .filter((a) => !a.unnamed || this.usedUnnamed.has(a.key))
      .map((a) => a.key);
  }
}
