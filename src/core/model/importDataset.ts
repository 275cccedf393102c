/**
 * CSV files → a Dataset (README, the data format). Which file holds organisations and which holds
 * links is told from their headers; one file alone is fine. The same code runs in the browser,
 * in a worker and in Node. Throws UnusableInputError for a file that cannot be used at all;
 * every other problem becomes a message in `Dataset.issues` and nothing else is lost.
 */
import {
  aliasList,
  detectFileKind,
  matchHeaders,
  partialKind,
  type ColumnMapping,
  type FileKind,
} from '../csv/headers';
import { readCsvHead, readCsvRecords, type CsvHead, type InputFile } from '../csv/readFile';
import { notATable } from '../csv/headerless';
import type { RecordSink } from '../csv/records';
import { LinkRows } from './buildLinks';
import { DIRECTION_SAMPLE_ROWS, linkColumns } from './linkValues';
import { OrganizationRows } from './buildOrganizations';
import { TableColumns } from './importColumns';
import { IssueLog, quote, type FileIssues } from '../issues/importIssues';
import { UnusableInputError, type ImportIssue } from '../issues/issues';
import { checkValueMapping, type ValueMapping } from './valueReadings';
import type { Dataset, Link, Organization, RawValueCount } from './types';

export interface ImportOptions {
  /** Drop links whose end matches no organisation instead of creating a placeholder (still listed). */
  dropDangling?: boolean;
  /** Defaults to the organisations file's name without its extension. */
  datasetName?: string;
  /**
   * Sectors and alliance types as written (trimmed) → the canonical code to read them as, or
   * null to keep them as written: the value-mapping step's choices (`valueReadings` lists them).
   */
  valueMapping?: ValueMapping;
  /** Per file name: header as written → field name (or null: keep as an attribute). */
  columnMapping?: ReadonlyMap<string, ColumnMapping>;
  /** Fraction done, from 0 to 1, by the bytes read. */
  onProgress?: (fraction: number) => void;
  /** Takes the links in batches as they are read; the dataset returned then holds none. */
  onLinks?: (batch: Link[]) => void;
}

interface HeadFile {
  file: InputFile;
  head: CsvHead;
  kind: FileKind;
  mapping: ColumnMapping | undefined;
  issues: FileIssues;
}

const LINKS_NAME =
  /link|edge|connection|enlace|v[ií]nculo|alianza|alliance|lien|relation|ar[eê]te/i;
const ORGANIZATIONS_NAME = /org|node|element|nodo|n[oœ]e?ud|actor|acteur/i;

/** One sentence saying what a file lacks, as precisely as its header and name allow. */
function unrecognised(
  name: string,
  header: string[],
  mapping: ColumnMapping | undefined,
): UnusableInputError {
  const { source, target } = partialKind(header, mapping);
  const ids = `${aliasList('organizations', 'id', 4)}; ${aliasList('organizations', 'name', 4)}`;
  const ends = `${aliasList('links', 'source', 4)}; ${aliasList('links', 'target', 4)}`;
  if (source !== target) {
    const missing = source ? 'target' : 'source';
    const lookedFor = aliasList('links', missing);
    return new UnusableInputError(
      `${name} has no ${missing} column (looked for: ${lookedFor}).`,
      name,
      'missing_columns',
      source ? 'no_target' : 'no_source',
      { lookedFor },
    );
  }
  if (LINKS_NAME.test(name) && !ORGANIZATIONS_NAME.test(name)) {
    return new UnusableInputError(
      `${name} has no source and target columns (looked for: ${ends}).`,
      name,
      'missing_columns',
      'no_ends',
      { lookedFor: ends },
    );
  }
  if (ORGANIZATIONS_NAME.test(name) && !LINKS_NAME.test(name)) {
    return new UnusableInputError(
      `${name} has no id or name column (looked for: ${ids}).`,
      name,
      'missing_columns',
      'no_ids',
      { lookedFor: ids },
    );
  }
  const first = header.slice(0, 4).map(quote).join(', ') + (header.length > 4 ? ', …' : '');
  return new UnusableInputError(
    `${name} has neither an id or name column nor source and target columns: its first row reads ${first} (looked for: ${ids}; ${ends}).`,
    name,
    'unrecognised',
    'unrecognised',
    { firstRow: first, lookedFor: `${ids}; ${ends}` },
  );
}

/**
 * A header without rows is a table without rows (Gephi exports a network without alliances so):
 * a note, and the network goes on without them.
 */
function noRows(f: HeadFile, withLinks: boolean): void {
  const { name } = f.file;
  if (f.kind === 'links') {
    f.issues.info(
      f.head.headerRow,
      null,
      'no_links',
      `${name} has a header row but no rows of data, so the network has no alliances.`,
      {},
    );
  } else {
    f.issues.info(
      f.head.headerRow,
      null,
      'no_organizations',
      withLinks
        ? `${name} has a header row but no rows of data, so the organisations are the ends the links name.`
        : `${name} has a header row but no rows of data, so the network has no organisations.`,
      {},
    );
  }
}

function stem(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? name;
  return base.replace(/\.[^.]*$/, '') || base;
}

/** Messages read in file order (organisations first), then row and column order. */
function sortIssues(issues: ImportIssue[], files: HeadFile[]): ImportIssue[] {
  const fileOrder = new Map(files.map((f, i) => [f.file.name, i]));
  const columnOrder = new Map(
    files.map((f) => [f.file.name, new Map(f.head.header.map((h, i) => [h, i]))]),
  );
  const position = (issue: ImportIssue): number => {
    if (issue.column === null) return -1;
    return columnOrder.get(issue.file)?.get(issue.column) ?? -1;
  };
  return issues
    .map((issue, i) => ({ issue, i, column: position(issue) }))
    .sort(
      (a, b) =>
        (fileOrder.get(a.issue.file) ?? 0) - (fileOrder.get(b.issue.file) ?? 0) ||
        (a.issue.row ?? 0) - (b.issue.row ?? 0) ||
        a.column - b.column ||
        a.i - b.i,
    )
    .map((x) => x.issue);
}

/**
 * Reads the files' headers first (which is which is told from them), then the organisations
 * file row by row, then the links file row by row: neither is ever held as one text or table.
 */
export function importDataset(files: InputFile[], options: ImportOptions = {}): Dataset {
  if (files.length === 0) {
    throw new UnusableInputError(
      'No file was given: import an organisations file, a links file, or both.',
      '',
      'missing_file',
      'no_file',
    );
  }
  checkValueMapping(options.valueMapping);
  const log = new IssueLog();
  const progress = options.onProgress;
  const totalBytes = files.reduce((sum, f) => sum + f.bytes.length, 0) || 1;
  let doneBytes = 0;

  const heads: HeadFile[] = files.map((file) => {
    const issues = log.forFile(file.name);
    const head = readCsvHead(file, issues);
    const mapping = options.columnMapping?.get(file.name);
    const kind = detectFileKind(head.header, mapping);
    if (kind === null) throw notATable(file, head) ?? unrecognised(file.name, head.header, mapping);
    return { file, head, kind, mapping, issues };
  });

  const ofKind = (kind: FileKind): HeadFile | undefined => {
    const found = heads.filter((r) => r.kind === kind);
    if (found.length > 1) {
      const what = kind === 'links' ? 'links' : 'organisations';
      throw new UnusableInputError(
        `${found[0]!.file.name} and ${found[1]!.file.name} both look like ${what} files; import one organisations file and one links file.`,
        found[1]!.file.name,
        'unrecognised',
        kind === 'links' ? 'two_links_files' : 'two_organizations_files',
        { first: found[0]!.file.name },
      );
    }
    return found[0];
  };
  const organizationsFile = ofKind('organizations');
  const linksFile = ofKind('links');

  const read = (f: HeadFile, sink: RecordSink): number => {
    const size = f.file.bytes.length;
    const records = readCsvRecords(f.file, f.head, f.issues, sink, {
      onProgress: progress && ((fraction) => progress((doneBytes + fraction * size) / totalBytes)),
    });
    doneBytes += size;
    if (records === 0) noRows(f, f.kind === 'organizations' && linksFile !== undefined);
    return records;
  };

  let organizations: Organization[] = [];
  let organizationRows = 0;
  let sectors: RawValueCount[] = [];
  let organizationColumns: string[] = [];
  if (organizationsFile) {
    const match = matchHeaders(
      organizationsFile.head.header,
      'organizations',
      organizationsFile.mapping,
    );
    const rows = new OrganizationRows(
      new TableColumns(organizationsFile.head, match),
      organizationsFile.issues,
      options.valueMapping,
    );
    organizationRows = read(organizationsFile, rows);
    const built = rows.finish();
    organizations = built.organizations;
    organizationColumns = built.columns;
    sectors = built.sectors;
  }

  let links: Link[] = [];
  let linkColumnNames: string[] = [];
  let linkTypes: RawValueCount[] = [];
  if (linksFile) {
    const match = matchHeaders(linksFile.head.header, 'links', linksFile.mapping);
    // What the type column holds is judged on the first rows, then every row is read.
    const sample: { fields: string[]; row: number }[] = [];
    let rows: LinkRows | null = null;
    const start = (): LinkRows => {
      const columns = linkColumns(
        linksFile.head,
        match,
        sample.map((s) => s.fields),
      );
      const built = new LinkRows(
        columns,
        organizations,
        {
          dropDangling: options.dropDangling ?? false,
          // An organisations file without rows names no organisation: the ends make them all.
          hasOrganizationsFile: organizationRows > 0,
          onLinks: options.onLinks,
          valueMapping: options.valueMapping,
        },
        linksFile.issues,
      );
      for (const { fields, row } of sample.splice(0)) built.record(fields, row);
      return built;
    };
    read(linksFile, {
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

  const placed = [organizationsFile, linksFile].filter((f): f is HeadFile => f !== undefined);
  const issues = sortIssues(log.issues, placed);
  progress?.(1);

  return {
    name: options.datasetName ?? stem((organizationsFile ?? linksFile)!.file.name),
    organizations,
    links,
    organizationColumns,
    linkColumns: linkColumnNames,
    issues,
    rawValues: { sector: sectors, linkType: linkTypes },
  };
}
