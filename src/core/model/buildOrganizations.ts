/** Rows of an organisations file → organisations, with a message for everything assumed. */
import { parseWorldRegion, resolveCountry, worldRegionOfCountry } from '../geo/countries';
import { canonicalSector, parseDecimal, parseScope, parseThemes } from '../csv/values';
import type { OrganizationField } from '../csv/headers';
import type { TableColumns } from './importColumns';
import { quote, type FileIssues } from './importIssues';
import type { ImportIssue } from './issues';
import type { Organization, Scope, WorldRegion } from './types';

export interface OrganizationsResult {
  organizations: Organization[];
  /** Attribute columns in file order. */
  columns: string[];
}

/** Custom sectors are kept as written (trimmed) and reported once each, with how many have it. */
class CustomSectors {
  private readonly seen = new Map<string, { issue: ImportIssue; count: number }>();

  constructor(private readonly issues: FileIssues) {}

  resolve(value: string, row: number, column: string | null): string {
    const known = this.seen.get(value);
    if (known) {
      known.count++;
      return value;
    }
    const issue = this.issues.info(
      row,
      column,
      'custom_sector',
      `Sector ${quote(value)} (first on row ${row}) is not one of the standard sectors; it was kept as a custom sector.`,
      { value, count: 1 },
    );
    this.seen.set(value, { issue, count: 1 });
    return value;
  }

  /** Adds how many organisations have each custom sector, once every row is read. */
  finish(): void {
    for (const { issue, count } of this.seen.values()) issue.params.count = count;
  }
}

function coordinate(
  raw: string,
  limit: number,
  what: string,
  row: number,
  column: string | null,
  issues: FileIssues,
): number | null {
  const n = parseDecimal(raw);
  if (n === undefined) return null;
  if (n === null || Math.abs(n) > limit) {
    issues.warning(
      row,
      column,
      'invalid_coordinate',
      `${what} ${quote(raw.trim())} on row ${row} is not a number between -${limit} and ${limit}; it was left empty.`,
      { value: raw.trim(), limit },
    );
    return null;
  }
  return n;
}

export function buildOrganizations(columns: TableColumns, issues: FileIssues): OrganizationsResult {
  const { table } = columns;
  const idIndex = columns.index('id') ?? columns.index('name');
  const nameIndex = columns.index('name');
  // Kumu identifies elements by their Label: without an id column the name is the id too.
  const idColumn = columns.header('id') ?? columns.header('name');
  const nameColumn = columns.header('name');
  const cell = (fields: string[], field: OrganizationField): string => columns.cell(fields, field);
  if (idIndex === undefined)
    throw new Error('buildOrganizations: the file has neither an id nor a name column');

  columns.reportHeader(issues);
  if (nameIndex === undefined) {
    issues.warning(
      table.headerRow,
      null,
      'missing_name',
      `${issues.file} has no name column; each organisation's id is used as its name.`,
      {},
    );
  }

  const sectors = new CustomSectors(issues);
  const firstRowOf = new Map<string, number>();
  const organizations: Organization[] = [];

  table.records.forEach((fields, r) => {
    const row = table.rows[r]!;
    columns.checkWidth(fields, row, issues);
    const id = (fields[idIndex] ?? '').trim();
    if (id === '') {
      issues.error(
        row,
        idColumn,
        'missing_id',
        `Row ${row} has no ${idColumn ?? 'id'}, so this organisation was not used.`,
        {},
      );
      return;
    }
    const firstRow = firstRowOf.get(id);
    if (firstRow !== undefined) {
      issues.error(
        row,
        idColumn,
        'duplicate_id',
        `Organisation id ${quote(id)} on row ${row} was already used on row ${firstRow}, so row ${row} was not used.`,
        { id, firstRow },
      );
      return;
    }
    firstRowOf.set(id, row);

    let name = nameIndex === undefined ? id : (fields[nameIndex] ?? '').trim();
    if (name === '') {
      name = id;
      issues.warning(
        row,
        nameColumn,
        'missing_name',
        `Row ${row} has no name; its id ${quote(id)} is used as its name.`,
        {
          id,
        },
      );
    }

    const sectorRaw = cell(fields, 'sector').trim();
    const sector =
      sectorRaw === ''
        ? null
        : (canonicalSector(sectorRaw) ?? sectors.resolve(sectorRaw, row, columns.header('sector')));

    const countryRaw = cell(fields, 'country').trim();
    let country: string | null = null;
    if (countryRaw !== '') {
      country = resolveCountry(countryRaw);
      if (country === null) {
        issues.warning(
          row,
          columns.header('country'),
          'unknown_country',
          `Country ${quote(countryRaw)} on row ${row} is not recognised, so this organisation's links get scope "unknown".`,
          { value: countryRaw, id },
        );
      }
    }

    const regionRaw = cell(fields, 'world_region').trim();
    let worldRegion: WorldRegion | null = country === null ? null : worldRegionOfCountry(country);
    if (regionRaw !== '') {
      const parsed = parseWorldRegion(regionRaw);
      if (parsed === null) {
        issues.warning(
          row,
          columns.header('world_region'),
          'unknown_world_region',
          `World region ${quote(regionRaw)} on row ${row} is not recognised; the region of the country was used.`,
          { value: regionRaw },
        );
      } else {
        worldRegion = parsed;
      }
    }

    const scopeRaw = cell(fields, 'scope');
    const parsedScope = parseScope(scopeRaw);
    let scope: Scope | null = null;
    if (parsedScope === null) {
      issues.warning(
        row,
        columns.header('scope'),
        'invalid_scope',
        `Scope ${quote(scopeRaw.trim())} on row ${row} is not local, national, regional or international; it was left empty.`,
        { value: scopeRaw.trim() },
      );
    } else if (parsedScope !== undefined && parsedScope !== 'unknown') {
      scope = parsedScope;
    }

    const text = (field: 'region' | 'city'): string | null => cell(fields, field).trim() || null;
    organizations.push({
      id,
      name,
      sector,
      country,
      region: text('region'),
      city: text('city'),
      lat: coordinate(cell(fields, 'lat'), 90, 'Latitude', row, columns.header('lat'), issues),
      lon: coordinate(cell(fields, 'lon'), 180, 'Longitude', row, columns.header('lon'), issues),
      scope,
      worldRegion,
      themes: parseThemes(cell(fields, 'themes')),
      placeholder: false,
      attributes: columns.readAttributes(fields),
      row,
    });
  });

  sectors.finish();
  return { organizations, columns: columns.attributeKeys() };
}
