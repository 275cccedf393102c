/**
 * Files → a Dataset (README, the data format). Each file is opened into tables by its format,
 * told from its content (core/tables: CSV, an .xlsx workbook, GEXF, GraphML); which table holds
 * organisations and which holds links is told from the format or from their headers; one table
 * alone is fine. The same code runs in the browser, in a worker and in Node. Throws
 * UnusableInputError for a file that cannot be used at all; every other problem becomes a message
 * in `Dataset.issues` and nothing else is lost.
 */
import { matchHeaders, type ColumnMapping } from '../csv/headers';
import type { InputFile } from '../csv/readFile';
import type { RecordSink } from '../csv/records';
import { LinkRows } from './buildLinks';
import { DIRECTION_SAMPLE_ROWS, linkColumns } from './linkValues';
import { OrganizationRows } from './buildOrganizations';
import { TableColumns } from './importColumns';
import { placeTables, type PlacedTable } from './placeTables';
import { openTables, type OpenedFile } from '../tables/formats';
import type { Table } from '../tables/table';
import { IssueLog, type FileIssues } from '../issues/importIssues';
import { looksLikeProjectFile, readProjectFile } from '../export/projectFile';
import { UnusableInputError, type ImportIssue } from '../issues/issues';
import { checkValueMapping, type ValueMapping } from './valueReadings';
import { projectOrigin, tableOrigin, type DatasetOrigin } from './origin';
import { readViewForm, type ViewForm } from '../view/viewForm';
import { readSavedViews, type SavedView } from '../view/savedViews';
import type { Dataset, Link, Organization, RawValueCount } from './types';

export interface ImportOptions {
  /** Drop links whose end matches no organisation instead of creating a placeholder (still listed). */
  dropDangling?: boolean;
  /** Defaults to the organisations' file name without its extension. */
  datasetName?: string;
  /**
   * Sectors and alliance types as written (trimmed) → the canonical code to read them as, or
   * null to keep them as written: the value-mapping step's choices (`valueReadings` lists them).
   */
  valueMapping?: ValueMapping;
  /**
   * Per table name (a CSV file's name, `book.xlsx › Sheet`): header as written → field name (or
   * null: keep as an attribute).
   */
  columnMapping?: ReadonlyMap<string, ColumnMapping>;
  /** Fraction done, from 0 to 1, by the bytes read. */
  onProgress?: (fraction: number) => void;
  /** Takes the links in batches as they are read; the dataset returned then holds none. */
  onLinks?: (batch: Link[]) => void;
  /**
   * Takes the view a project file was saved with (brought up to this version's form), and the
   * views it saved for a story.
   */
  onView?: (view: ViewForm, savedViews: SavedView[]) => void;
}

/**
 * A header without rows is a table without rows (Gephi exports a network without alliances so):
 * a note, and the network goes on without them.
 */
function noRows(placed: PlacedTable, issues: FileIssues, withLinks: boolean): void {
  const { table, kind } = placed;
  const { name } = table;
  if (kind === 'links') {
    issues.info(
      table.headerRow,
      null,
      'no_links',
      `${name} has a header row but no rows of data, so the network has no alliances.`,
      {},
    );
  } else {
    issues.info(
      table.headerRow,
      null,
      'no_organizations',
      withLinks
        ? `${name} has a header row but no rows of data, so the organisations are the ends the links name.`
        : `${name} has a header row but no rows of data, so the network has no organisations.`,
      {},
    );
  }
}

/**
 * A project file holds the dataset as the app had it: it comes back as it was (brought up to
 * this version), its import's messages and the migration's note with it, and the view it was
 * saved with (its settings, read as a view's form of any version).
 */
function openProject(file: InputFile, options: ImportOptions): Dataset {
  const { project, issues } = readProjectFile(
    new TextDecoder('utf-8').decode(file.bytes),
    file.name,
  );
  const { dataset } = project;
  options.onView?.(readViewForm(project.settings), readSavedViews(project.settings.savedViews));
  options.onProgress?.(1);
  const opened = {
    ...dataset,
    name: options.datasetName ?? dataset.name,
    issues: [...issues, ...dataset.issues],
  };
  if (!options.onLinks) return opened;
  for (let at = 0; at < dataset.links.length; at += PROJECT_LINK_BATCH) {
    options.onLinks(dataset.links.slice(at, at + PROJECT_LINK_BATCH));
  }
  return { ...opened, links: [] };
}

/** Links handed over at a time when a project file is opened for the app's worker. */
const PROJECT_LINK_BATCH = 10_000;

function stem(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? name;
  return base.replace(/\.[^.]*$/, '') || base;
}

/**
 * Progress over every file, each weighing its bytes: the share its format does while opening
 * it, then its tables as they are read, each by its size among the file's tables.
 */
class ImportProgress {
  private done = 0;
  private readonly total: number;
  private readonly shares = new Map<Table, number>();

  constructor(
    files: InputFile[],
    private readonly report: ((fraction: number) => void) | undefined,
  ) {
    this.total = files.reduce((sum, f) => sum + Math.max(1, f.bytes.length), 0);
  }

  private callback(units: number): ((fraction: number) => void) | undefined {
    const { report, total, done } = this;
    return report && ((fraction) => report((done + fraction * units) / total));
  }

  /** Opens a file: `work` reports the fraction of the whole file's work done when opened. */
  open(file: InputFile, work: (onProgress?: (fraction: number) => void) => OpenedFile): Table[] {
    const units = Math.max(1, file.bytes.length);
    const { tables, openShare } = work(this.callback(units));
    this.done += units * openShare;
    const sizes = tables.reduce((sum, t) => sum + t.size, 0) || 1;
    const readUnits = units * (1 - openShare);
    for (const table of tables) this.shares.set(table, (readUnits * table.size) / sizes);
    return tables;
  }

  read<T>(table: Table, work: (onProgress?: (fraction: number) => void) => T): T {
    const units = this.shares.get(table) ?? 0;
    const result = work(this.callback(units));
    this.done += units;
    return result;
  }
}

/** Messages read in table order (organisations first), then row and column order. */
function sortIssues(issues: ImportIssue[], tables: Table[]): ImportIssue[] {
  const tableOrder = new Map(tables.map((t, i) => [t.name, i]));
  const columnOrder = new Map(tables.map((t) => [t.name, new Map(t.header.map((h, i) => [h, i]))]));
  const position = (issue: ImportIssue): number => {
    if (issue.column === null) return -1;
    return columnOrder.get(issue.file)?.get(issue.column) ?? -1;
  };
  return issues
    .map((issue, i) => ({ issue, i, column: position(issue) }))
    .sort(
      (a, b) =>
        (tableOrder.get(a.issue.file) ?? 0) - (tableOrder.get(b.issue.file) ?? 0) ||
        (a.issue.row ?? 0) - (b.issue.row ?? 0) ||
        a.column - b.column ||
        a.i - b.i,
    )
    .map((x) => x.issue);
}

/**
 * Opens every file into its tables first (which is which is told from them), then reads the
 * organisations row by row, then the links row by row: a CSV file is never held as one text or
 * table.
 */
export function importDataset(files: InputFile[], options: ImportOptions = {}): Dataset {
  return importWithOrigin(files, options).dataset;
}

/** An import's dataset, and where its organisations and links were read (for an append). */
export interface ImportedDataset {
  dataset: Dataset;
  origin: DatasetOrigin;
}

export function importWithOrigin(files: InputFile[], options: ImportOptions = {}): ImportedDataset {
  if (files.length === 0) {
    throw new UnusableInputError(
      'No file was given: import an organisations file, a links file, or both.',
      '',
      'missing_file',
      'no_file',
    );
  }
  checkValueMapping(options.valueMapping);
  const only = files.length === 1 ? files[0] : undefined;
  if (only && looksLikeProjectFile(only.bytes)) {
    return { dataset: openProject(only, options), origin: projectOrigin(only.name) };
  }
  const log = new IssueLog();
  const progress = new ImportProgress(files, options.onProgress);
  const opened = files.map((file) =>
    progress.open(file, (onProgress) => openTables(file, log, onProgress)),
  );
  const placement = placeTables(opened, options.columnMapping, log);
  const organizationsTable = placement.organizations;
  const linksTable = placement.links;

  const read = (placed: PlacedTable, sink: RecordSink): number => {
    const { table } = placed;
    const issues = log.forFile(table.name);
    const count = progress.read(table, (onProgress) => table.read(sink, issues, onProgress));
    if (count === 0) noRows(placed, issues, placed.kind === 'organizations' && !!linksTable);
    return count;
  };

  const origin: DatasetOrigin = { organizations: null, links: null };
  let organizations: Organization[] = [];
  let organizationRows = 0;
  let sectors: RawValueCount[] = [];
  let organizationColumns: string[] = [];
  if (organizationsTable) {
    const { table, mapping } = organizationsTable;
    const match = matchHeaders(table.header, 'organizations', mapping);
    origin.organizations = tableOrigin(table.name, table.header, match);
    const rows = new OrganizationRows(
      new TableColumns(table, match),
      log.forFile(table.name),
      options.valueMapping,
    );
    organizationRows = read(organizationsTable, rows);
    const built = rows.finish();
    organizations = built.organizations;
    organizationColumns = built.columns;
    sectors = built.sectors;
  }

  let links: Link[] = [];
  let linkColumnNames: string[] = [];
  let linkTypes: RawValueCount[] = [];
  if (linksTable) {
    const { table, mapping } = linksTable;
    const match = matchHeaders(table.header, 'links', mapping);
    origin.links = tableOrigin(table.name, table.header, match);
    // What the type column holds is judged on the first rows, then every row is read.
    const sample: { fields: string[]; row: number }[] = [];
    let rows: LinkRows | null = null;
    const start = (): LinkRows => {
      const columns = linkColumns(
        table,
        match,
        sample.map((s) => s.fields),
      );
      const built = new LinkRows(
        columns,
        organizations,
        {
          dropDangling: options.dropDangling ?? false,
          // An organisations table without rows names no organisation: the ends make them all.
          hasOrganizationsFile: organizationRows > 0,
          multipleTargets: table.multipleTargets,
          onLinks: options.onLinks,
          valueMapping: options.valueMapping,
        },
        log.forFile(table.name),
      );
      for (const { fields, row } of sample.splice(0)) built.record(fields, row);
      return built;
    };
    read(linksTable, {
      record: (fields, row) => {
        if (rows !== null) rows.record(fields, row);
        else if (sample.push({ fields, row }) >= DIRECTION_SAMPLE_ROWS) rows = start();
      },
    });
    const built = ((rows as LinkRows | null) ?? start()).finish();
    links = built.links;
    linkColumnNames = built.columns;
    linkTypes = built.types;
    organizations = organizations.concat(built.placeholders);
  }

  const placed = [organizationsTable, linksTable].filter((p) => p !== undefined);
  const issues = sortIssues(
    log.issues,
    placed.map((p) => p.table),
  );
  options.onProgress?.(1);

  return {
    dataset: {
      name: options.datasetName ?? stem((organizationsTable ?? linksTable)!.table.file),
      organizations,
      links,
      organizationColumns,
      linkColumns: linkColumnNames,
      issues,
      rawValues: { sector: sectors, linkType: linkTypes },
    },
    origin,
  };
}
