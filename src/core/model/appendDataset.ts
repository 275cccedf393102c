/**
 * Add files: a second set of files, imported as usual, added to the network shown. Organisations
 * are merged by id (mergeOrganization: the network's values win, every conflicting value is
 * named in a message with the file, row and column it came from); a placeholder is replaced by a
 * real row; links are appended with keys kept unique, and a link between a pair the network
 * already links is kept and noted as the import notes parallel links. Nothing of the network is
 * lost, and neither dataset is changed.
 */
import type { OrganizationField } from '../csv/headers';
import { IssueLog, quote } from '../issues/importIssues';
import type { ImportIssue } from '../issues/issues';
import { mergeOrganization } from './mergeOrganization';
import type { DatasetOrigin, TableOrigin } from './origin';
import { deriveLinkScope } from './scope';
import type { Dataset, Link, Organization, RawValueCount } from './types';

export interface AppendedDataset {
  /** The network with the files added: its name and everything it held stay. */
  dataset: Dataset;
  /**
   * This append's messages: what it did, then the added files' import messages that still hold
   * (an end the network knows is no longer unknown), then the merge's.
   */
  issues: ImportIssue[];
}

/** Positions stay below 2^26: a pair of them fits a double exactly (as in buildLinks). */
const PAIR_FACTOR = 67_108_864;

const pairOf = (a: number, b: number): number => Math.min(a, b) * PAIR_FACTOR + Math.max(a, b);

/** Columns of both, the network's first, each once. */
function unionColumns(first: readonly string[], second: readonly string[]): string[] {
  const seen = new Set(first);
  return [...first, ...second.filter((c) => !seen.has(c) && (seen.add(c), true))];
}

function sumCounts(a: readonly RawValueCount[], b: readonly RawValueCount[]): RawValueCount[] {
  const counts = new Map<string, number>();
  for (const { raw, count } of [...a, ...b]) counts.set(raw, (counts.get(raw) ?? 0) + count);
  return [...counts].map(([raw, count]) => ({ raw, count }));
}

function mergeRawValues(current: Dataset, incoming: Dataset): Dataset['rawValues'] {
  if (!current.rawValues && !incoming.rawValues) return undefined;
  const none = { sector: [], linkType: [] };
  const a = current.rawValues ?? none;
  const b = incoming.rawValues ?? none;
  return { sector: sumCounts(a.sector, b.sector), linkType: sumCounts(a.linkType, b.linkType) };
}

/** Where a message about an added record points: its table, row (when known) and column. */
class Provenance {
  constructor(
    private readonly origin: TableOrigin | null,
    private readonly fallbackFile: string,
  ) {}

  get file(): string {
    return this.origin?.table ?? this.fallbackFile;
  }

  row(record: { row: number | null }): number | null {
    return this.origin?.rows ? record.row : null;
  }

  /** The header of a field as the table writes it; the field's name when it is not known. */
  column(field: OrganizationField): string {
    return this.origin?.columns[field] ?? field;
  }

  has(field: OrganizationField): boolean {
    return this.origin?.columns[field] !== undefined;
  }
}

/**
 * `incoming` is the added files' dataset as the import gave it, `origin` where the import read
 * its organisations and links, `files` what the summary names them (their names).
 */
export function appendDataset(
  current: Dataset,
  incoming: Dataset,
  origin: DatasetOrigin,
  files: string = incoming.name,
): AppendedDataset {
  const log = new IssueLog();
  const from = new Provenance(origin.organizations, files);
  const organizations = current.organizations.slice();
  const position = new Map<string, number>();
  organizations.forEach((o, i) => position.set(o.id, i));
  /** Ids of the network's organisations whose record changed: their links' scopes may too. */
  const changed = new Set<string>();
  let merged = 0;

  for (const added of incoming.organizations) {
    const at = position.get(added.id);
    if (at === undefined) {
      position.set(added.id, organizations.length);
      organizations.push(added);
      continue;
    }
    // A placeholder of the added files is an end the network knows: the network's record stands.
    if (added.placeholder) continue;
    merged++;
    const kept = organizations[at]!;
    if (kept.placeholder) {
      organizations[at] = added;
      changed.add(added.id);
      continue;
    }
    const { organization, conflicts } = mergeOrganization(kept, added, {
      worldRegionColumn: from.has('world_region'),
    });
    if (organization !== kept) {
      organizations[at] = organization;
      changed.add(added.id);
    }
    for (const c of conflicts) {
      const column = c.field === null ? c.column : from.column(c.field);
      const row = from.row(added);
      log.add(
        'warning',
        from.file,
        row,
        column,
        'conflicting_value',
        `Organisation ${quote(added.id)} already has ${quote(c.kept)} in column ${quote(column)}; the value ${quote(c.ignored)}${row === null ? '' : ` on row ${row}`} of ${from.file} was not used.`,
        { id: added.id, column, kept: c.kept, ignored: c.ignored },
      );
    }
  }

  const links = appendLinks(current, incoming, organizations, position, changed, log, {
    from: new Provenance(origin.links, files),
  });
  const added = organizations.length - current.organizations.length;
  const linksAdded = incoming.links.length;
  const summary: ImportIssue = {
    level: 'info',
    file: files,
    row: null,
    column: null,
    code: 'files_appended',
    message: `${files} added to the network: ${added} organisations added, ${merged} merged by id, ${linksAdded} links added.`,
    params: { added, merged, links: linksAdded },
  };
  // The added files' import named ends it did not know, which the network may know.
  const inNetwork = (id: string | number | undefined): boolean => {
    const at = id === undefined ? undefined : position.get(String(id));
    return (
      at !== undefined &&
      at < current.organizations.length &&
      !current.organizations[at]!.placeholder
    );
  };
  const stillTrue = incoming.issues.filter(
    (issue) => issue.code !== 'unknown_endpoint' || !inNetwork(issue.params.value),
  );
  const issues = [summary, ...stillTrue, ...log.issues];
  return {
    dataset: {
      name: current.name,
      organizations,
      links,
      organizationColumns: unionColumns(current.organizationColumns, incoming.organizationColumns),
      linkColumns: unionColumns(current.linkColumns, incoming.linkColumns),
      issues: [...current.issues, ...issues],
      rawValues: mergeRawValues(current, incoming),
    },
    issues,
  };
}

/**
 * The network's links (a derived scope follows its organisations' new records), then the added
 * ones, each under a key the network does not use and with its scope derived from the merged
 * organisations unless the file gave one.
 */
function appendLinks(
  current: Dataset,
  incoming: Dataset,
  organizations: readonly Organization[],
  position: ReadonlyMap<string, number>,
  changed: ReadonlySet<string>,
  log: IssueLog,
  { from }: { from: Provenance },
): Link[] {
  const organizationOf = (id: string) => organizations[position.get(id)!]!;
  const rescoped = (link: Link): Link =>
    link.scopeExplicit
      ? link
      : {
          ...link,
          scope: deriveLinkScope(organizationOf(link.source), organizationOf(link.target)),
        };
  const keys = new Set<string>();
  const pairs = new Set<number>();
  const links: Link[] = [];
  for (const link of current.links) {
    keys.add(link.key);
    pairs.add(pairOf(position.get(link.source)!, position.get(link.target)!));
    links.push(changed.has(link.source) || changed.has(link.target) ? rescoped(link) : link);
  }
  let unnumbered = 0;
  for (const link of incoming.links) {
    let key = link.key;
    for (let n = 1; keys.has(key); n++) key = `${link.key}+${n}`;
    keys.add(key);
    const appended = rescoped(key === link.key ? link : { ...link, key });
    links.push(appended);
    if (!pairs.has(pairOf(position.get(link.source)!, position.get(link.target)!))) continue;
    const row = from.row(link);
    if (row === null) {
      unnumbered++;
      continue;
    }
    const { source, target } = link;
    log.add(
      'info',
      from.file,
      row,
      null,
      'pair_already_linked',
      `Row ${row} links a pair the network already links (${quote(source)} and ${quote(target)}); both links are kept and the metrics count one tie with their weights summed.`,
      { source, target },
    );
  }
  if (unnumbered > 0) {
    log.add(
      'info',
      from.file,
      null,
      null,
      'pair_already_linked',
      `${unnumbered} links of ${from.file} tie pairs the network already links; all are kept and the metrics count one tie per pair, with the weights summed.`,
      { count: unnumbered },
    );
  }
  return links;
}
