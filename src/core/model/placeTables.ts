/**
 * Which table holds the organisations and which the links: told from the format where it says
 * (nodes and edges), else from the headers. A workbook's sheets that are neither are left aside,
 * each with a message; two tables of one kind are refused, unless they are sheets of which one
 * is named for its kind (`Elements` beside Kumu's `Loops`).
 */
import {
  aliasList,
  detectFileKind,
  partialKind,
  type ColumnMapping,
  type FileKind,
} from '../csv/headers';
import { quote, type IssueLog } from '../issues/importIssues';
import { UnusableInputError } from '../issues/issues';
import type { Table } from '../tables/table';

export interface PlacedTable {
  table: Table;
  kind: FileKind;
  mapping: ColumnMapping | undefined;
}

export interface Placement {
  organizations: PlacedTable | undefined;
  links: PlacedTable | undefined;
  /** Tables read by neither, left aside with a message. */
  skipped: Table[];
}

const LINKS_NAME =
  /link|edge|connection|enlace|v[ií]nculo|alianza|alliance|lien|relation|ar[eê]te/i;
const ORGANIZATIONS_NAME = /org|node|element|nodo|n[oœ]e?ud|actor|acteur/i;
const NAME_OF: Record<FileKind, RegExp> = { organizations: ORGANIZATIONS_NAME, links: LINKS_NAME };

/** One sentence saying what a table lacks, as precisely as its header and name allow. */
export function unrecognised(
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

const KIND_WORDS: Record<FileKind, string> = {
  organizations: 'organisations',
  links: 'links',
};

/** The one table of a kind, or why there are two. */
function oneOf(kind: FileKind, found: PlacedTable[], log: IssueLog, skipped: Table[]) {
  if (found.length <= 1) return found[0];
  // Sheets beside each other: the one named for its kind wins (Kumu's Elements beside Loops).
  const named = found.filter((f) => f.table.sheet !== null && NAME_OF[kind].test(f.table.sheet));
  const chosen = named.length === 1 ? named[0]! : null;
  if (chosen && found.every((f) => f === chosen || f.table.sheet !== null)) {
    for (const other of found) {
      if (other === chosen) continue;
      skipped.push(other.table);
      log
        .forFile(other.table.name)
        .info(
          null,
          null,
          'sheet_same_kind',
          `Sheet ${quote(other.table.sheet!)} also looks like ${kind === 'links' ? 'a links' : 'an organisations'} sheet; ${quote(chosen.table.sheet!)} was read instead and this sheet was left aside.`,
          { sheet: other.table.sheet!, used: chosen.table.sheet! },
        );
    }
    return chosen;
  }
  const [a, b] = [found[0]!.table.name, found[1]!.table.name];
  throw new UnusableInputError(
    `${a} and ${b} both look like ${KIND_WORDS[kind]} files; import one organisations file and one links file.`,
    b,
    'unrecognised',
    kind === 'links' ? 'two_links_files' : 'two_organizations_files',
    { first: a },
  );
}

/**
 * Places the tables of every file given. Throws UnusableInputError for a file none of whose
 * tables can be placed, and for two tables of one kind.
 */
export function placeTables(
  files: Table[][],
  columnMapping: ReadonlyMap<string, ColumnMapping> | undefined,
  log: IssueLog,
): Placement {
  const placed: PlacedTable[] = [];
  const skipped: Table[] = [];
  for (const tables of files) {
    const known: PlacedTable[] = [];
    const unknown: Table[] = [];
    for (const table of tables) {
      const mapping = columnMapping?.get(table.name);
      const kind = table.kind ?? detectFileKind(table.header, mapping);
      if (kind === null) unknown.push(table);
      else known.push({ table, kind, mapping });
    }
    const first = unknown[0];
    if (known.length === 0 && first !== undefined) {
      throw (
        first.notATable?.() ??
        unrecognised(first.name, first.header, columnMapping?.get(first.name))
      );
    }
    for (const table of unknown) {
      skipped.push(table);
      log
        .forFile(table.name)
        .info(
          table.headerRow,
          null,
          'sheet_unrecognised',
          `Sheet ${quote(table.sheet ?? table.name)} has neither an id or name column nor source and target columns, so it was left aside.`,
          { sheet: table.sheet ?? table.name },
        );
    }
    placed.push(...known);
  }
  const ofKind = (kind: FileKind) =>
    oneOf(
      kind,
      placed.filter((p) => p.kind === kind),
      log,
      skipped,
    );
  return { organizations: ofKind('organizations'), links: ofKind('links'), skipped };
}
