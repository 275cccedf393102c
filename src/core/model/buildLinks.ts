/**
 * Rows of a links file → links between organisations. Ends are matched by id, then by an exact
 * and unique name; an end matching neither gets a placeholder organisation (as Gephi does) or,
 * with `dropDangling`, its link is dropped; either way each such link is listed.
 */
import { parseThemes } from '../csv/values';
import type { TableColumns } from './importColumns';
import { quote, type FileIssues } from './importIssues';
import { readLinkValues } from './linkValues';
import { deriveLinkScope } from './scope';
import type { Link, Organization } from './types';

export interface LinksOptions {
  dropDangling: boolean;
  /** False for a links file imported alone: every organisation then comes from the link ends. */
  hasOrganizationsFile: boolean;
  /** Fraction of the rows read so far. */
  onProgress?: (fraction: number) => void;
}

export interface LinksResult {
  links: Link[];
  /** Organisations created for unknown ends, in order of first mention. */
  placeholders: Organization[];
  columns: string[];
}

function placeholderOrganization(id: string): Organization {
  return {
    id,
    name: id,
    sector: null,
    country: null,
    region: null,
    city: null,
    lat: null,
    lon: null,
    scope: null,
    worldRegion: null,
    themes: [],
    placeholder: true,
    attributes: {},
    row: null,
  };
}

type End = { id: string } | { unknown: string };

export function buildLinks(
  columns: TableColumns,
  organizations: Organization[],
  options: LinksOptions,
  issues: FileIssues,
): LinksResult {
  const { table } = columns;
  const sourceIndex = columns.index('source');
  const targetIndex = columns.index('target');
  if (sourceIndex === undefined || targetIndex === undefined) {
    throw new Error('buildLinks: the file has no source or no target column');
  }
  const sourceColumn = columns.header('source');
  const targetColumn = columns.header('target');
  columns.reportHeader(issues);

  const byId = new Map<string, { organization: Organization; position: number }>();
  const byName = new Map<string, Organization[]>();
  organizations.forEach((o, position) => {
    byId.set(o.id, { organization: o, position });
    const same = byName.get(o.name);
    if (same) same.push(o);
    else byName.set(o.name, [o]);
  });
  const placeholders: Organization[] = [];
  const links: Link[] = [];
  // First row of each linked pair, by the pair's lower organisation position, then the higher:
  // small-integer keys, as a string key per link costs more than the rest of the row on big files.
  const firstRowOfPair: Map<number, number>[] = [];

  const resolve = (raw: string, row: number, column: string | null, end: string): End => {
    const known = byId.get(raw);
    if (known) return known.organization.placeholder ? { unknown: raw } : { id: raw };
    const named = byName.get(raw);
    if (named?.length === 1) {
      const id = named[0]!.id;
      issues.warning(
        row,
        column,
        'name_matched_endpoint',
        `${end} ${quote(raw)} on row ${row} is not an organisation id but the name of organisation ${quote(id)}; the link was tied to it.`,
        { value: raw, id },
      );
      return { id };
    }
    if (named && named.length > 1) {
      const ids = named.map((o) => o.id);
      issues.warning(
        row,
        column,
        'ambiguous_endpoint',
        `${end} ${quote(raw)} on row ${row} is not an organisation id and is the name of ${ids.length} organisations (${ids.map(quote).join(', ')}), so it was treated as unknown.`,
        { value: raw, ids: ids.join(', '), count: ids.length },
      );
    }
    return { unknown: raw };
  };

  /** Ties an unknown end to its placeholder, created on first mention. */
  const placeholderFor = (raw: string, row: number, column: string | null, end: string): string => {
    if (!byId.has(raw)) {
      const placeholder = placeholderOrganization(raw);
      byId.set(raw, {
        organization: placeholder,
        position: organizations.length + placeholders.length,
      });
      placeholders.push(placeholder);
    }
    if (options.hasOrganizationsFile) {
      issues.warning(
        row,
        column,
        'unknown_endpoint',
        `${end} ${quote(raw)} on row ${row} matches no organisation; the link was tied to a placeholder organisation of that name.`,
        { value: raw },
      );
    }
    return raw;
  };

  const total = table.records.length;
  for (let r = 0; r < total; r++) {
    if (options.onProgress && r % 16384 === 0) options.onProgress(r / total);
    const fields = table.records[r]!;
    const row = table.rows[r]!;
    columns.checkWidth(fields, row, issues);
    const rawSource = (fields[sourceIndex] ?? '').trim();
    const rawTarget = (fields[targetIndex] ?? '').trim();
    if (rawSource === '' || rawTarget === '') {
      const missing: string[] = [];
      if (rawSource === '') missing.push(sourceColumn ?? 'source');
      if (rawTarget === '') missing.push(targetColumn ?? 'target');
      issues.error(
        row,
        missing[0]!,
        'missing_endpoint',
        `Row ${row} has no ${missing.join(' and no ')}, so this link was not used.`,
        { missing: missing.join(', ') },
      );
      continue;
    }

    const source = resolve(rawSource, row, sourceColumn, 'Source');
    const target = resolve(rawTarget, row, targetColumn, 'Target');
    if (
      ('unknown' in source || 'unknown' in target) &&
      options.dropDangling &&
      options.hasOrganizationsFile
    ) {
      const values = [
        ...new Set([source, target].flatMap((e) => ('unknown' in e ? [e.unknown] : []))),
      ];
      issues.warning(
        row,
        'unknown' in source ? sourceColumn : targetColumn,
        'dangling_dropped',
        `Row ${row} links ${values.map(quote).join(' and ')}, which match${values.length === 1 ? 'es' : ''} no organisation, so the link was dropped.`,
        { value: values.join(', ') },
      );
      continue;
    }
    const sourceId =
      'id' in source ? source.id : placeholderFor(source.unknown, row, sourceColumn, 'Source');
    const targetId =
      'id' in target ? target.id : placeholderFor(target.unknown, row, targetColumn, 'Target');
    const a = byId.get(sourceId)!;
    const b = byId.get(targetId)!;

    if (sourceId === targetId) {
      issues.warning(
        row,
        null,
        'self_link',
        `Row ${row} links ${quote(sourceId)} to itself; the link is kept but the metrics ignore it.`,
        { id: sourceId },
      );
    }
    const low = Math.min(a.position, b.position);
    const high = Math.max(a.position, b.position);
    const pairs = (firstRowOfPair[low] ??= new Map());
    const firstRow = pairs.get(high);
    if (firstRow === undefined) {
      pairs.set(high, row);
    } else {
      issues.info(
        row,
        null,
        'parallel_links',
        `Row ${row} links the same pair as row ${firstRow} (${quote(sourceId)} and ${quote(targetId)}); both are kept and the metrics count one tie with their weights summed.`,
        { firstRow, source: sourceId, target: targetId },
      );
    }

    const values = readLinkValues(columns, fields, row, issues);
    links.push({
      key: `L${row}`,
      source: sourceId,
      target: targetId,
      type: values.type,
      weight: values.weight,
      directed: values.directed,
      since: values.since,
      until: values.until,
      scope: values.scope ?? deriveLinkScope(a.organization, b.organization),
      scopeExplicit: values.scope !== null,
      themes: parseThemes(columns.cell(fields, 'themes')),
      attributes: columns.readAttributes(fields),
      row,
    });
  }

  if (!options.hasOrganizationsFile && placeholders.length > 0) {
    issues.info(
      null,
      null,
      'unknown_endpoint',
      `${issues.file} came without an organisations file, so its ${placeholders.length} organisations were created from the link ends, without sector or country.`,
      { count: placeholders.length },
    );
  }
  options.onProgress?.(1);
  return { links, placeholders, columns: columns.attributeKeys() };
}
