/**
 * What the organisation and link builders share: the header's messages, ragged rows, and the
 * columns the app does not know, kept as attributes under their header as written.
 */
import type { Field, HeaderMatch } from '../csv/headers';
import { textKeyed } from '../records';
import { quote, type FileIssues } from '../issues/importIssues';
import type { ImportIssue } from '../issues/issues';

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

/** Rows named in a message that stands for many: the rest are counted. */
const ROWS_SHOWN = 5;

/** Cells that say "no value", as spreadsheets and statistics packages write it. */
const NO_VALUE = new Set(['', 'na', 'n/a', 'n.a.', '#n/a', 'null', 'nil', 'nan', '-', '–', '—']);

/** True for an empty cell or one that says it has no value (`NA`, `n/a`, `#N/A`, `null`…). */
export function isNoValue(cell: string | undefined): boolean {
  return cell === undefined || NO_VALUE.has(cell.trim().toLowerCase());
}

/** Ids and link ends come from one column each: a second id column may be another system's. */
const KEY_FIELDS: ReadonlySet<Field> = new Set<Field>(['id', 'source', 'target']);

/**
 * A column naming a field another column was used for: its value is taken instead on the rows
 * where the used column's cell has no value.
 */
interface Fallback {
  field: Field;
  usedIndex: number;
  index: number;
  header: string;
  /** Rows where this column's value was taken (each row once). */
  rows: number[];
  issue: ImportIssue | null;
}

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

  private readonly fallbacks: Fallback[];
  /** The fields of the row being read whose value came from another column, and its header. */
  private taken: Map<Field, string> | null = null;

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
    // Only where the used column still holds its field (a type column read as the direction does not).
    this.fallbacks = this.attributes.flatMap(({ alias, index, key }): Fallback[] =>
      alias && !KEY_FIELDS.has(alias.field) && match.fields[alias.field] === alias.usedIndex
        ? [{ ...alias, index, header: key, rows: [], issue: null }]
        : [],
    );
  }

  /**
   * The row's cells with each field whose column has no value there taken from another column
   * naming the same field (the first with a value); the cells themselves when none is. Call once
   * per row, before reading its fields: the messages of the row then name the column used.
   */
  withFallbacks(fields: string[], row: number): string[] {
    this.taken = null;
    if (this.fallbacks.length === 0) return fields;
    let cells = fields;
    for (const f of this.fallbacks) {
      if (this.taken?.has(f.field) || !isNoValue(cells[f.usedIndex])) continue;
      const value = fields[f.index];
      if (isNoValue(value)) continue;
      if (cells === fields) cells = fields.slice();
      cells[f.usedIndex] = value!;
      (this.taken ??= new Map()).set(f.field, f.header);
      f.rows.push(row);
    }
    return cells;
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

  /** The header of a field as written (on the row being read, of the column used), for messages. */
  header(field: Field): string | null {
    const instead = this.taken?.get(field);
    if (instead !== undefined) return instead;
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
    for (const { index, suffix } of this.match.typed ?? []) {
      const header = this.table.header[index] ?? '';
      const field = Object.entries(this.match.fields).find(([, i]) => i === index)?.[0];
      if (field === undefined) continue;
      issues.info(
        row,
        header,
        'typed_column',
        `Column ${quote(header)} was read as the ${field} (${quote(suffix)} taken for a type name after the column's name, as Neo4j and other tools write).`,
        { field, suffix },
      );
    }
    const long = this.match.long;
    if (long) {
      const header = this.table.header[long.index] ?? '';
      if (long.latitude === null) {
        issues.info(
          row,
          header,
          'long_not_longitude',
          `Column ${quote(header)} was kept as an attribute: without a latitude column it need not be a longitude.`,
          {},
        );
      } else {
        issues.info(
          row,
          header,
          'long_as_longitude',
          `Column ${quote(header)} was read as the longitude, next to the latitude in column ${quote(long.latitude)}.`,
          { latitude: long.latitude },
        );
      }
    }
    for (const a of this.attributes) {
      if (a.unnamed || (long?.latitude === null && a.index === long.index)) continue;
      if (a.alias) {
        const used = this.table.header[a.alias.usedIndex] ?? '';
        const issue = issues.info(
          row,
          a.key,
          'alias_column',
          `Column ${quote(a.key)} also names the ${a.alias.field}, as column ${quote(used)} does; ${quote(used)} was used for it and ${quote(a.key)} was kept as an attribute.`,
          { column: a.index + 1, field: a.alias.field, used },
        );
        const fallback = this.fallbacks.find((f) => f.index === a.index);
        if (fallback) fallback.issue = issue;
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

  /** Once every row is read: says, for each column used where another had no value, where. */
  finish(): void {
    for (const f of this.fallbacks) {
      const { issue, rows } = f;
      if (issue === null) continue;
      const used = quote(this.table.header[f.usedIndex] ?? '');
      const alias = quote(f.header);
      const start = `Column ${alias} also names the ${f.field}, as column ${used} does; ${used} was used for it, and ${alias}`;
      const shown = rows.slice(0, ROWS_SHOWN).join(', ') + (rows.length > ROWS_SHOWN ? ', …' : '');
      issue.message =
        rows.length === 0
          ? `${start} would have been where ${used} is empty or NA, but it never is; ${alias} was also kept as an attribute.`
          : `${start} on the ${rows.length === 1 ? 'row' : `${rows.length} rows`} where ${used} is empty or NA (${rows.length === 1 ? 'row' : 'rows'} ${shown}); ${alias} was also kept as an attribute.`;
      issue.params.count = rows.length;
      issue.params.rows = shown;
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
