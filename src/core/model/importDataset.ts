/**
 * CSV files → a Dataset (SPEC.md section 2). Which file holds organisations and which holds
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
import type { CsvTable } from '../csv/parse';
import { readCsvFile, type InputFile } from '../csv/readFile';
import { buildLinks } from './buildLinks';
import { linkColumns } from './linkValues';
import { buildOrganizations } from './buildOrganizations';
import { TableColumns } from './importColumns';
import { IssueLog, quote, type FileIssues } from './importIssues';
import { UnusableInputError, type ImportIssue } from './issues';
import type { Dataset, Organization } from './types';

export type { InputFile } from '../csv/readFile';
export { detectFileKind } from '../csv/headers';
export { inspectCsvFile, type FileInspection } from '../csv/readFile';

export interface ImportOptions {
  /** Drop links whose end matches no organisation instead of creating a placeholder (still listed). */
  dropDangling?: boolean;
  /** Defaults to the organisations file's name without its extension. */
  datasetName?: string;
  /** Per file name: header as written → field name (or null: keep as an attribute). */
  columnMapping?: Record<string, ColumnMapping>;
  /** Fraction done, from 0 to 1: parsing fills the first half, building the links the rest. */
  onProgress?: (fraction: number) => void;
}

interface ReadFile {
  file: InputFile;
  table: CsvTable;
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
    return new UnusableInputError(
      `${name} has no ${missing} column (looked for: ${aliasList('links', missing)}).`,
      name,
      'missing_columns',
    );
  }
  if (LINKS_NAME.test(name) && !ORGANIZATIONS_NAME.test(name)) {
    return new UnusableInputError(
      `${name} has no source and target columns (looked for: ${ends}).`,
      name,
      'missing_columns',
    );
  }
  if (ORGANIZATIONS_NAME.test(name) && !LINKS_NAME.test(name)) {
    return new UnusableInputError(
      `${name} has no id or name column (looked for: ${ids}).`,
      name,
      'missing_columns',
    );
  }
  const first = header.slice(0, 4).map(quote).join(', ') + (header.length > 4 ? ', …' : '');
  return new UnusableInputError(
    `${name} has neither an id or name column nor source and target columns: its first row reads ${first} (looked for: ${ids}; ${ends}).`,
    name,
    'unrecognised',
  );
}

/** Share of the progress bar for decoding and parsing. */
const PARSING = 0.5;

function stem(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? name;
  return base.replace(/\.[^.]*$/, '') || base;
}

export function importDataset(files: InputFile[], options: ImportOptions = {}): Dataset {
  if (files.length === 0) {
    throw new UnusableInputError(
      'No file was given: import an organisations file, a links file, or both.',
      '',
      'missing_file',
    );
  }
  const log = new IssueLog();
  const progress = options.onProgress;
  const totalBytes = files.reduce((sum, f) => sum + f.bytes.length, 0) || 1;
  let doneBytes = 0;

  const read: ReadFile[] = files.map((file) => {
    const issues = log.forFile(file.name);
    const size = file.bytes.length;
    const { table } = readCsvFile(file, issues, {
      onProgress: progress && ((f) => progress((PARSING * (doneBytes + f * size)) / totalBytes)),
    });
    doneBytes += size;
    const mapping = options.columnMapping?.[file.name];
    const kind = detectFileKind(table.header, mapping);
    if (kind === null) throw unrecognised(file.name, table.header, mapping);
    if (table.records.length === 0) {
      throw new UnusableInputError(
        `${file.name} has a header row but no rows of data.`,
        file.name,
        'empty',
      );
    }
    return { file, table, kind, mapping, issues };
  });

  const ofKind = (kind: FileKind): ReadFile | undefined => {
    const found = read.filter((r) => r.kind === kind);
    if (found.length > 1) {
      const what = kind === 'links' ? 'links' : 'organisations';
      throw new UnusableInputError(
        `${found[0]!.file.name} and ${found[1]!.file.name} both look like ${what} files; import one organisations file and one links file.`,
        found[1]!.file.name,
        'unrecognised',
      );
    }
    return found[0];
  };
  const organizationsFile = ofKind('organizations');
  const linksFile = ofKind('links');

  let organizations: Organization[] = [];
  let organizationColumns: string[] = [];
  if (organizationsFile) {
    const match = matchHeaders(
      organizationsFile.table.header,
      'organizations',
      organizationsFile.mapping,
    );
    const built = buildOrganizations(
      new TableColumns(organizationsFile.table, match),
      organizationsFile.issues,
    );
    organizations = built.organizations;
    organizationColumns = built.columns;
  }
  // Building takes about as long as parsing: the rest of the bar, shared by size.
  const organizationsShare =
    ((1 - PARSING) * (organizationsFile?.file.bytes.length ?? 0)) / totalBytes;
  progress?.(PARSING + organizationsShare);

  let links: Dataset['links'] = [];
  let linkColumnNames: string[] = [];
  if (linksFile) {
    const match = matchHeaders(linksFile.table.header, 'links', linksFile.mapping);
    const start = PARSING + organizationsShare;
    const built = buildLinks(
      linkColumns(linksFile.table, match),
      organizations,
      {
        dropDangling: options.dropDangling ?? false,
        hasOrganizationsFile: organizationsFile !== undefined,
        onProgress: progress && ((f) => progress(start + (1 - start) * f)),
      },
      linksFile.issues,
    );
    links = built.links;
    linkColumnNames = built.columns;
    organizations = organizations.concat(built.placeholders);
  }

  // Messages read in file order (organisations first), then row and column order, whatever order
  // they were found in.
  const placed = [organizationsFile, linksFile].filter((f): f is ReadFile => f !== undefined);
  const fileOrder = new Map(placed.map((f, i) => [f.file.name, i]));
  const columnOrder = new Map(
    placed.map((f) => [f.file.name, new Map(f.table.header.map((h, i) => [h, i]))]),
  );
  const position = (issue: ImportIssue): number => {
    if (issue.column === null) return -1;
    return columnOrder.get(issue.file)?.get(issue.column) ?? -1;
  };
  const issues = log.issues
    .map((issue, i) => ({ issue, i, column: position(issue) }))
    .sort(
      (a, b) =>
        (fileOrder.get(a.issue.file) ?? 0) - (fileOrder.get(b.issue.file) ?? 0) ||
        (a.issue.row ?? 0) - (b.issue.row ?? 0) ||
        a.column - b.column ||
        a.i - b.i,
    )
    .map((x) => x.issue);
  progress?.(1);

  return {
    name: options.datasetName ?? stem((organizationsFile ?? linksFile)!.file.name),
    organizations,
    links,
    organizationColumns,
    linkColumns: linkColumnNames,
    issues,
  };
}
