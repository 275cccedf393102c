/**
 * An edit form read back into a record as the import reads a row: the texts are written as a
 * one-row table and read by the import's own row readers, so an edit that would make bad data
 * gets the very message an import of that row would. Loaded when a form is saved: the import
 * pipeline is not part of the page until then.
 */
import type { ColumnMapping } from '../csv/headers';
import { CSV_FILE_NAMES } from '../export/csv';
import type { ImportIssue } from '../issues/issues';
import { importDataset } from '../model/importDataset';
import { deriveLinkScope } from '../model/scope';
import type { Dataset, Link, Organization } from '../model/types';
import type { Capture, CaptureEnd, CaptureReading } from './capture';
import { linkForm, organizationForm, type FormField, type FormReading } from './editForms';
import { newLinkKey, newOrganizationId, type RecordChange } from './edits';

/** The row of the one-row table (the header is row 1). */
const FORM_ROW = 2;

/** A field quoted as RFC 4180 asks; nothing neutralised: this text is read, not opened. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function tableBytes(header: readonly string[], rows: readonly (readonly string[])[]): Uint8Array {
  const lines = [header, ...rows].map((cells) => cells.map(quoted).join(','));
  return new TextEncoder().encode(lines.join('\r\n') + '\r\n');
}

/** Each column read as the form names it: a field by its name, the file's own as attributes. */
function mappingOf(fields: readonly FormField[]): ColumnMapping {
  return new Map(fields.map((f) => [f.column, f.field ?? null]));
}

/** What the import said of the form's row, as said of the file the records came from. */
function rowIssues(issues: readonly ImportIssue[], table: string, file: string): ImportIssue[] {
  return issues
    .filter((i) => i.file === table && i.row === FORM_ROW)
    .map((i) => ({ ...i, file, row: null }));
}

/** The import's sentence for a row without an id, for a form with none. */
function noId(fields: readonly FormField[], file: string): ImportIssue {
  return {
    level: 'error',
    file,
    row: null,
    column: fields.find((f) => f.field === 'id')?.column ?? 'id',
    code: 'missing_id',
    message: 'The organisation has no id, so it was not used.',
    params: {},
  };
}

/**
 * Reads an organisation's form as the import reads a row. `editing` is the organisation edited
 * (its id and row stay), null for a new one, whose id no organisation may already have.
 */
export function readOrganizationForm(
  dataset: Dataset,
  fields: readonly FormField[],
  editing: Organization | null,
  file: string = CSV_FILE_NAMES.organizations,
): FormReading<Organization> {
  const texts = fields.map((f) => (f.field === 'id' && editing !== null ? editing.id : f.text));
  const table = CSV_FILE_NAMES.organizations;
  const read = importDataset(
    [
      {
        name: table,
        bytes: tableBytes(
          fields.map((f) => f.column),
          [texts],
        ),
      },
    ],
    { columnMapping: new Map([[table, mappingOf(fields)]]) },
  );
  const issues = rowIssues(read.issues, table, file);
  const organization = read.organizations[0];
  if (!organization) {
    // A form left empty is a row the import passes over as blank: it names no organisation.
    if (issues.length === 0) issues.push(noId(fields, file));
    return { record: null, issues };
  }
  if (editing === null) {
    const taken = dataset.organizations.find((o) => o.id === organization.id);
    if (taken) {
      issues.unshift({
        level: 'error',
        file,
        row: null,
        column: fields.find((f) => f.field === 'id')?.column ?? 'id',
        code: 'id_taken',
        message: `Organisation id “${organization.id}” is already the id of “${taken.name}”, so this organisation was not added.`,
        params: { id: organization.id, name: taken.name },
      });
      return { record: null, issues };
    }
  }
  return { record: { ...organization, row: editing?.row ?? null }, issues };
}

/**
 * Reads an alliance's form as the import reads a row of a links file, its ends among the
 * organisations of the dataset. An end that names no organisation gets the import's message for
 * a link it drops rather than give it a placeholder, as an error. `editing` keeps its key and
 * row.
 */
export function readLinkForm(
  dataset: Dataset,
  fields: readonly FormField[],
  editing: Link | null,
  file: string = CSV_FILE_NAMES.links,
): FormReading<Link> {
  const text = (field: string) => fields.find((f) => f.field === field)?.text.trim() ?? '';
  const byId = new Map(dataset.organizations.map((o) => [o.id, o]));
  const ends = [...new Set([text('source'), text('target')])].filter((id) => byId.has(id));
  const organizations = CSV_FILE_NAMES.organizations;
  const links = CSV_FILE_NAMES.links;
  const read = importDataset(
    [
      {
        name: organizations,
        bytes: tableBytes(
          ['id', 'name'],
          ends.map((id) => [id, id]),
        ),
      },
      {
        name: links,
        bytes: tableBytes(
          fields.map((f) => f.column),
          [fields.map((f) => f.text)],
        ),
      },
    ],
    {
      columnMapping: new Map([
        [
          organizations,
          new Map<string, string | null>([
            ['id', 'id'],
            ['name', 'name'],
          ]),
        ],
        [links, mappingOf(fields)],
      ]),
      // What the import says of such a link when it makes no placeholder: it was not used.
      dropDangling: true,
    },
  );
  const issues = rowIssues(read.issues, links, file).map((i) =>
    i.code === 'dangling_dropped' ? { ...i, level: 'error' as const } : i,
  );
  const link = read.links[0];
  if (!link || issues.some((i) => i.level === 'error')) return { record: null, issues };
  const a = byId.get(link.source);
  const b = byId.get(link.target);
  const scope = link.scopeExplicit ? link.scope : a && b ? deriveLinkScope(a, b) : 'unknown';
  return {
    record: {
      ...link,
      key: editing?.key ?? newLinkKey(dataset),
      row: editing?.row ?? null,
      scope,
    },
    issues,
  };
}

function withTexts(fields: FormField[], texts: Record<string, string>): FormField[] {
  return fields.map((f) =>
    f.field !== undefined && f.field in texts ? { ...f, text: texts[f.field]! } : f,
  );
}

/** A captured alliance (core/edit/capture) as one edit: its new organisations, then the alliance. */
export function readCapture(dataset: Dataset, capture: Capture): CaptureReading {
  const issues: CaptureReading['issues'] = [];
  const added: RecordChange<Organization>[] = [];
  let working = dataset;
  const endId = (part: 'source' | 'target', end: CaptureEnd): string | null => {
    if ('id' in end) return end.id;
    const id = newOrganizationId(working);
    const fields = withTexts(organizationForm(working, null, id), {
      name: end.name,
      sector: end.sector,
      city: end.city,
      country: end.country,
    });
    const read = readOrganizationForm(working, fields, null);
    for (const issue of read.issues) issues.push({ part, issue });
    if (!read.record) return null;
    added.push({ before: null, after: read.record, at: working.organizations.length });
    working = { ...working, organizations: [...working.organizations, read.record] };
    return read.record.id;
  };
  const source = endId('source', capture.source);
  const target = endId('target', capture.target);
  if (source === null || target === null) return { edit: null, issues };
  const fields = withTexts(linkForm(working, null, { source, target }), {
    type: capture.type,
    since: capture.year,
  });
  const read = readLinkForm(working, fields, null);
  for (const issue of read.issues) issues.push({ part: 'alliance', issue });
  if (!read.record || issues.some(({ issue }) => issue.level === 'error')) {
    return { edit: null, issues };
  }
  return {
    edit: {
      organizations: added,
      links: [{ before: null, after: read.record, at: working.links.length }],
    },
    issues,
  };
}
