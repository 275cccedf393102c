/**
 * Rows of an organisations file → organisations, one row at a time, with a message for
 * everything assumed.
 */
import { parseWorldRegion, worldRegionOfCountry } from '../geo/worldRegions';
import { resolveCountry } from '../geo/countries';
import { parseBoolean, parseDecimal, parseScope, parseThemes } from './values';
import { RawValueTally, readValue, type ValueMapping } from './valueReadings';
import { PLACEHOLDER_COLUMN, type OrganizationField } from '../csv/headers';
import type { TableColumns } from './importColumns';
import { quote, type FileIssues } from '../issues/importIssues';
import type { ImportIssue } from '../issues/issues';
import { foldId } from './lookalike';
import type { Organization, RawValueCount, Scope, WorldRegion } from './types';

export interface OrganizationsResult {
  organizations: Organization[];
  /** Attribute columns in file order. */
  columns: string[];
  /** The sectors as written, with their counts. */
  sectors: RawValueCount[];
}

/**
 * Sectors as read (the mapping's choice, else the vocabulary's), every value as written counted
 * for the value-mapping step; custom sectors are kept as written (trimmed) and reported once
 * each, with how many have it.
 */
class Sectors {
  private readonly seen = new Map<string, { issue: ImportIssue; count: number }>();
  readonly tally = new RawValueTally();

  constructor(
    private readonly issues: FileIssues,
    private readonly mapping: ValueMapping | undefined,
  ) {}

  read(value: string, row: number, column: string | null): string {
    this.tally.add(value);
    return readValue('sector', value, this.mapping).code ?? this.custom(value, row, column);
  }

  private custom(value: string, row: number, column: string | null): string {
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

export class OrganizationRows {
  private readonly idIndex: number;
  private readonly nameIndex: number | undefined;
  private readonly idColumn: string | null;
  private readonly nameColumn: string | null;
  private readonly sectors: Sectors;
  /** A region column, and no world region column: its values may be world regions. */
  private readonly regionMayBeWorld: boolean;
  private readonly firstRowOf = new Map<string, number>();
  /** Ids with invisible characters dropped and Unicode composed, → the first id and its row. */
  private readonly folded = new Map<string, { id: string; row: number }>();
  readonly organizations: Organization[] = [];
  /** The column flagging placeholders (PLACEHOLDER_COLUMN), and the rows it flagged. */
  private readonly placeholderIndex: number | undefined;
  private readonly placeholderRows: number[] = [];

  constructor(
    private readonly columns: TableColumns,
    private readonly issues: FileIssues,
    valueMapping?: ValueMapping,
  ) {
    const idIndex = columns.index('id') ?? columns.index('name');
    if (idIndex === undefined)
      throw new Error('OrganizationRows: the file has neither an id nor a name column');
    this.idIndex = idIndex;
    this.nameIndex = columns.index('name');
    // Kumu identifies elements by their Label: without an id column the name is the id too.
    this.idColumn = columns.header('id') ?? columns.header('name');
    this.nameColumn = columns.header('name');
    this.sectors = new Sectors(issues, valueMapping);
    this.regionMayBeWorld =
      columns.index('region') !== undefined && columns.index('world_region') === undefined;
    this.placeholderIndex = columns.match.computed.find(
      (c) => c.header.toLowerCase() === PLACEHOLDER_COLUMN,
    )?.index;
    columns.reportHeader(issues);
    if (columns.index('id') === undefined && this.nameColumn !== null) {
      issues.info(
        columns.table.headerRow,
        this.nameColumn,
        'name_as_id',
        `${issues.file} has no id column, so each organisation's name (column ${quote(this.nameColumn)}) is its id: the links must name the organisations by it.`,
        { column: this.nameColumn },
      );
    }
    if (this.nameIndex === undefined) {
      issues.warning(
        columns.table.headerRow,
        null,
        'missing_name',
        `${issues.file} has no name column; each organisation's id is used as its name.`,
        {},
      );
    }
  }

  record(fields: string[], row: number): void {
    const { columns, issues, idColumn, nameColumn } = this;
    columns.checkWidth(fields, row, issues);
    const id = (fields[this.idIndex] ?? '').trim();
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
    if (this.placeholderIndex !== undefined && parseBoolean(fields[this.placeholderIndex] ?? '')) {
      this.placeholderRows.push(row);
      return;
    }
    const firstRow = this.firstRowOf.get(id);
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
    this.firstRowOf.set(id, row);
    this.checkLookalike(id, row);
    // A field whose column says nothing on this row may be filled from another naming it.
    const cells = columns.withFallbacks(fields, row);
    const cell = (field: OrganizationField): string => columns.cell(cells, field);

    let name = this.nameIndex === undefined ? id : (cells[this.nameIndex] ?? '').trim();
    if (name === '') {
      name = id;
      issues.warning(
        row,
        nameColumn,
        'missing_name',
        `Row ${row} has no name; its id ${quote(id)} is used as its name.`,
        { id },
      );
    }

    const sectorRaw = cell('sector').trim();
    const sector =
      sectorRaw === '' ? null : this.sectors.read(sectorRaw, row, columns.header('sector'));

    const countryRaw = cell('country').trim();
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

    const regionRaw = cell('world_region').trim();
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

    const scopeRaw = cell('scope');
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

    const text = (field: 'region' | 'city'): string | null => cell(field).trim() || null;
    let region = text('region');
    // "Europe" or "América Latina" in a Region column is no region within a country.
    const world =
      this.regionMayBeWorld && region !== null && !/^\d+$/.test(region)
        ? parseWorldRegion(region)
        : null;
    if (world !== null) {
      issues.info(
        row,
        columns.header('region'),
        'region_is_world_region',
        `Region ${quote(region!)} on row ${row} is a world region; it was read as the world region, not as a region within a country.`,
        { value: region!, worldRegion: world },
      );
      worldRegion = world;
      region = null;
    }
    this.organizations.push({
      id,
      name,
      sector,
      country,
      region,
      city: text('city'),
      lat: coordinate(cell('lat'), 90, 'Latitude', row, columns.header('lat'), issues),
      lon: coordinate(cell('lon'), 180, 'Longitude', row, columns.header('lon'), issues),
      scope,
      worldRegion,
      themes: parseThemes(cell('themes')),
      // A list as themes are: separated by `;` or `|`.
      aliases: parseThemes(cell('aliases')),
      placeholder: false,
      attributes: columns.readAttributes(fields),
      row,
    });
  }

  /** Ids are text and kept as given, but two that only look different are worth a word. */
  private checkLookalike(id: string, row: number): void {
    const key = foldId(id);
    const first = this.folded.get(key);
    if (first === undefined) {
      this.folded.set(key, { id, row });
      return;
    }
    this.issues.warning(
      row,
      this.idColumn,
      'lookalike_id',
      `Organisation id ${quote(id)} on row ${row} looks the same as ${quote(first.id)} on row ${first.row} but differs in invisible characters or in how its accents are encoded; both were kept as different organisations.`,
      { id, firstId: first.id, firstRow: first.row },
    );
  }

  /** One message for the rows flagged as placeholders, left to the links that name them. */
  private reportPlaceholders(): void {
    const rows = this.placeholderRows;
    if (rows.length === 0) return;
    const shown = rows.slice(0, 5).join(', ') + (rows.length > 5 ? ', …' : '');
    const issue = this.issues.info(
      rows[0]!,
      PLACEHOLDER_COLUMN,
      'placeholder_rows',
      `${rows.length === 1 ? 'Row' : 'Rows'} ${shown} ${rows.length === 1 ? 'is a placeholder' : `are ${rows.length} placeholders`} (${quote(PLACEHOLDER_COLUMN)}: link ends that matched no organisation): the links that name them make them again as placeholders.`,
      { count: rows.length, rows: shown },
    );
    // Every row, listed on demand as for a notice said once for several rows.
    if (rows.length > 1) Object.assign(issue, { count: rows.length, rows: [...rows] });
  }

  finish(): OrganizationsResult {
    this.reportPlaceholders();
    this.sectors.finish();
    this.columns.finish();
    return {
      organizations: this.organizations,
      columns: this.columns.attributeKeys(),
      sectors: this.sectors.tally.values(),
    };
  }
}
