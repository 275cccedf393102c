/**
 * What the organisation and link builders share: the header's messages, ragged rows, and the
 * columns the app does not know, kept as attributes under their header as written.
 */
import type { Field, HeaderMatch } from '../csv/headers';
import { textKeyed } from '../records';
import { quote, type FileIssues } from '../issues/importIssues';

export interface AttributeColumn {
  /** Header as written; `Column N` for a column with an empty header (made unique). */
  key: string;
  index: number;
  /** Columns with an empty header are kept only where they hold something. */
  unnamed: boolean;
  /** The field this column names too, when another column was used for it. */
  alias?: { field: Field; usedIndex: number };
}

/** A file's header: its cells as written (trimmed) and its row. */
export interface TableHeader {
  header: string[];
  headerRow: number;
}

/** Extra values named in a ragged-row message: enough to recognise the row, never a flood. */
const EXTRA_SHOWN = 3;

/**
 * Attribute records are keyed by column headers, which may be any text: without a prototype,
 * `__proto__` or `constructor` are keys like any other.
 */
export const newAttributes = (): Record<string, string> => textKeyed<string>();

/** Shared by every row of a file without attribute columns (a million links, one object). */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze(newAttributes());

/** `Column N` for an empty header, unless the file has a column of that name: then `Column N (2)`… */
function unnamedKey(index: number, taken: Set<string>): string {
  const base = `Column ${index + 1}`;
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base} (${n})`;
  taken.add(key);
  return key;
}

export class TableColumns {
  readonly attributes: AttributeColumn[];
  private readonly usedUnnamed = new Set<string>();

  /** True when the `directed` field is a type column that holds directions (Gephi's `Type`). */
  readonly directionFromType: boolean;

  constructor(
    readonly table: TableHeader,
    readonly match: HeaderMatch,
    extraAttributes: { header: string; index: number }[] = [],
    directionColumn?: number,
  ) {
    this.directionFromType =
      directionColumn !== undefined && match.fields.directed === directionColumn;
    const taken = new Set(table.header.map((h) => h.trim()).filter((h) => h !== ''));
    this.attributes = [...match.attributes, ...extraAttributes]
      .sort((a, b) => a.index - b.index)
      .map((column) => ({
        ...column,
        key: column.header === '' ? unnamedKey(column.index, taken) : column.header,
        unnamed: column.header === '',
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

  /**
   * Messages about the header itself: repeated columns, columns of computed values left out (one
   * message for all of them), and columns kept as attributes.
   */
  reportHeader(issues: FileIssues): void {
    const row = this.table.headerRow;
    const computed = this.match.computed;
    if (computed.length > 0) {
      const shown = computed.slice(0, EXTRA_SHOWN + 2).map((c) => quote(c.header));
      const more = computed.length > shown.length ? `, … (${computed.length} in all)` : '';
      const columns = shown.join(', ') + more;
      issues.info(
        row,
        computed[0]!.header,
        'computed_column',
        `Columns computed by the app (${columns}) were not read: the app computes them afresh.`,
        { columns, count: computed.length },
      );
    }
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
      if (a.alias) {
        const used = this.table.header[a.alias.usedIndex] ?? '';
        issues.info(
          row,
          a.key,
          'alias_column',
          `Column ${quote(a.key)} also names the ${a.alias.field}, as column ${quote(used)} does; ${quote(used)} was used for it and ${quote(a.key)} was kept as an attribute.`,
          { column: a.index + 1, field: a.alias.field, used },
        );
        continue;
      }
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
      const extra: string[] = [];
      let count = 0;
      for (let i = columns; i < fields.length; i++) {
        if (fields[i]!.trim() === '') continue;
        count++;
        if (extra.length < EXTRA_SHOWN) extra.push(quote(fields[i]!));
      }
      // Trailing empty cells (`a;b;;`) are what spreadsheets write; nothing is lost.
      if (count === 0) return;
      const shown = extra.join(', ') + (count > extra.length ? `, … (${count} in all)` : '');
      issues.warning(
        row,
        null,
        'ragged_row',
        `Row ${row} has ${fields.length} values but the header has ${columns} columns; the extra values (${shown}) were not used.`,
        { values: fields.length, columns, extra: shown },
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
    if (this.attributes.length === 0) return NO_ATTRIBUTES;
    const attributes = newAttributes();
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
