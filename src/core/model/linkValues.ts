/** A links file's columns, and the values of one link row other than its two ends. */
import type { HeaderMatch } from '../csv/headers';
import { isDirectionWord, parseBoolean, parseDate, parseDecimal, parseScope } from './values';
import { readValue, type RawValueTally, type ValueMapping } from './valueReadings';
import { TableColumns, type TableHeader } from './importColumns';
import { quote, type FileIssues } from '../issues/importIssues';
import type { LinkScope } from './types';

/**
 * Gephi writes the direction of each edge in a `Type` column (Directed / Undirected). When every
 * value of the links file's type column is such a word, the column is read as the direction.
 * Judged on the first rows (a large file is read once, row by row): a later value that is not a
 * direction is read as the alliance type, as it would be in any other file.
 */
export function typeColumnHoldsDirection(records: string[][], typeIndex: number): boolean {
  let any = false;
  for (const fields of records) {
    const value = (fields[typeIndex] ?? '').trim();
    if (value === '') continue;
    if (!isDirectionWord(value)) return false;
    any = true;
  }
  return any;
}

/** Rows of a links file read before `linkColumns` decides what its type column holds. */
export const DIRECTION_SAMPLE_ROWS = 1000;

/**
 * The columns of a links file, with a direction-holding type column moved aside; `sample` is
 * its first records.
 */
export function linkColumns(
  table: TableHeader,
  match: HeaderMatch,
  sample: string[][],
): TableColumns {
  const typeIndex = match.fields.type;
  if (typeIndex === undefined || !typeColumnHoldsDirection(sample, typeIndex)) {
    return new TableColumns(table, match);
  }
  const fields = { ...match.fields };
  delete fields.type;
  if (fields.directed === undefined) {
    fields.directed = typeIndex;
    return new TableColumns(table, { ...match, fields }, [], typeIndex);
  }
  // A real direction column exists too: the type column is kept as it is, as an attribute.
  const extra = [{ header: table.header[typeIndex] ?? '', index: typeIndex }];
  return new TableColumns(table, { ...match, fields }, extra);
}

export interface LinkValues {
  type: string | null;
  weight: number;
  directed: boolean;
  since: string | null;
  until: string | null;
  /** Only when the file says so. */
  scope: LinkScope | null;
}

/** How a links file's alliance types are read, and where each value as written is counted. */
export interface LinkTypeReading {
  mapping: ValueMapping | undefined;
  tally: RawValueTally;
}

/** An alliance type cell: the mapping's choice, else the vocabulary's, else the value as written. */
function linkType(raw: string, reading: LinkTypeReading | undefined): string | null {
  const value = raw.trim();
  if (value === '') return null;
  reading?.tally.add(value);
  return readValue('linkType', value, reading?.mapping).code ?? value;
}

/** Reads a link row's values, warning about each one that had to be assumed. */
export function readLinkValues(
  columns: TableColumns,
  fields: string[],
  row: number,
  issues: FileIssues,
  types?: LinkTypeReading,
): LinkValues {
  const weightRaw = columns.cell(fields, 'weight').trim();
  const parsedWeight = parseDecimal(weightRaw);
  let weight = parsedWeight ?? 1;
  if (parsedWeight === null || weight <= 0) {
    issues.warning(
      row,
      columns.header('weight'),
      'invalid_weight',
      `Weight ${quote(weightRaw)} on row ${row} is not a positive number; 1 was used.`,
      { value: weightRaw },
    );
    weight = 1;
  }

  const directedRaw = columns.cell(fields, 'directed').trim();
  // In a type column read as the direction, a value that is no direction is an alliance type.
  const typeInstead =
    columns.directionFromType && directedRaw !== '' && !isDirectionWord(directedRaw);
  const parsedDirected = typeInstead ? undefined : parseBoolean(directedRaw);
  if (parsedDirected === null) {
    issues.warning(
      row,
      columns.header('directed'),
      'invalid_boolean',
      `Value ${quote(directedRaw)} on row ${row} is not true/false, yes/no, sí/no, oui/non or 1/0; the link was taken as undirected.`,
      { value: directedRaw },
    );
  }

  const date = (field: 'since' | 'until'): string | null => {
    const raw = columns.cell(fields, field).trim();
    const parsed = parseDate(raw);
    if (parsed !== null) return parsed ?? null;
    issues.warning(
      row,
      columns.header(field),
      'invalid_year',
      `${field === 'since' ? 'Start' : 'End'} ${quote(raw)} on row ${row} is not a year or a date (2019, 2019-03-15, 15/03/2019); it was left empty.`,
      { value: raw },
    );
    return null;
  };
  const since = date('since');
  const until = date('until');
  // Both are YYYY[-MM[-DD]]: compared as far as both go, `2019` and `2019-03` are the same time.
  const common = Math.min(since?.length ?? 0, until?.length ?? 0);
  if (since !== null && until !== null && since.slice(0, common) > until.slice(0, common)) {
    issues.warning(
      row,
      columns.header('since'),
      'reversed_years',
      `Start ${quote(since)} on row ${row} comes after end ${quote(until)}; both were kept as written (check whether they were swapped).`,
      { since, until },
    );
  }

  const scopeRaw = columns.cell(fields, 'scope').trim();
  const scope = parseScope(scopeRaw);
  if (scope === null) {
    issues.warning(
      row,
      columns.header('scope'),
      'invalid_scope',
      `Scope ${quote(scopeRaw)} on row ${row} is not local, national, regional or international; the scope was derived from the two organisations.`,
      { value: scopeRaw },
    );
  }
  return {
    type: linkType(typeInstead ? directedRaw : columns.cell(fields, 'type'), types),
    weight,
    directed: parsedDirected ?? false,
    since,
    until,
    scope: scope === null || scope === undefined || scope === 'unknown' ? null : scope,
  };
}
