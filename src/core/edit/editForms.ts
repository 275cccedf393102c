/**
 * The forms an organisation or an alliance is edited in: one text per column, the columns an
 * export writes (the fields of README, the data format, then the file's own columns). They are
 * read back by the import itself (readForms.ts).
 */
import { worldRegionOfCountry } from '../geo/worldRegions';
import { linkColumns, organizationColumns, type Column, type ColumnValue } from '../export/columns';
import { CSV_LIST_SEPARATOR } from '../export/csv';
import type { ImportIssue } from '../issues/issues';
import type { Dataset, Link, Organization } from '../model/types';

/** One field of a form: the column's name as the import reads it, and its text. */
export interface FormField {
  column: string;
  /** The field of README, the data format; absent for the file's own columns. */
  field?: string;
  text: string;
}

/** A record read back from a form, or null when the row could not be used; and what was said. */
export interface FormReading<T> {
  record: T | null;
  issues: ImportIssue[];
}

function cellText(value: ColumnValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  return value.join(CSV_LIST_SEPARATOR);
}

function fieldsOf<Row>(columns: Column<Row>[], row: Row | null): FormField[] {
  return columns
    .filter((c) => !c.computed)
    .map((c) => ({
      column: c.name,
      ...(c.field !== undefined ? { field: c.field } : {}),
      text: row === null ? '' : cellText(c.value(row)),
    }));
}

/**
 * An organisation's form (an empty one for a new organisation, with `id` offered). The world
 * region is left empty where it is the country's own, so that a new country brings its region.
 */
export function organizationForm(
  dataset: Dataset,
  organization: Organization | null,
  id = '',
): FormField[] {
  const fields = fieldsOf(organizationColumns(dataset, null), organization);
  return fields.map((f) => {
    if (f.field === 'id' && organization === null) return { ...f, text: id };
    if (f.field === 'world_region' && organization?.country) {
      const own = worldRegionOfCountry(organization.country);
      if (own === organization.worldRegion) return { ...f, text: '' };
    }
    return f;
  });
}

/** An alliance's form (a new one between `source` and `target` when none is given). */
export function linkForm(
  dataset: Dataset,
  link: Link | null,
  ends: { source?: string; target?: string } = {},
): FormField[] {
  return fieldsOf(linkColumns(dataset), link).map((f) => {
    if (link !== null) return f;
    if (f.field === 'source') return { ...f, text: ends.source ?? '' };
    if (f.field === 'target') return { ...f, text: ends.target ?? '' };
    if (f.field === 'weight') return { ...f, text: '1' };
    return f;
  });
}
