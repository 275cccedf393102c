/**
 * Rows of a links file → links between organisations. Ends are matched by id, then by an exact
 * and unique name; an end matching neither gets a placeholder organisation (as Gephi does) or,
 * with `dropDangling`, its link is dropped; either way each such link is listed.
 */
import { parseThemes } from './values';
import { newAttributes, type TableColumns } from './importColumns';
import { quote, type FileIssues } from '../issues/importIssues';
import { readLinkValues, type LinkValues } from './linkValues';
import { deriveLinkScope } from './scope';
import { RawValueTally, type ValueMapping } from './valueReadings';
import type { Link, Organization, RawValueCount } from './types';

export interface LinksOptions {
  dropDangling: boolean;
  /** False for a links file imported alone: every organisation then comes from the link ends. */
  hasOrganizationsFile: boolean;
  /** Kumu: a target cell may name several organisations, `A | B`, one link each (same row). */
  multipleTargets?: boolean;
  /**
   * Takes the links in batches as they are read, instead of keeping them all (a worker posts
   * them on, so that a large file is never held twice); `finish` then returns no links.
   */
  onLinks?: (batch: Link[]) => void;
  /** The reader's readings of chosen alliance types (ImportOptions.valueMapping). */
  valueMapping?: ValueMapping;
}

/** Links handed over at a time by `onLinks`. */
export const LINK_BATCH = 5_000;

export interface LinksResult {
  links: Link[];
  /** Organisations created for unknown ends, in order of first mention. */
  placeholders: Organization[];
  /** The alliance types as written, with their counts. */
  types: RawValueCount[];
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
    aliases: [],
    placeholder: true,
    attributes: newAttributes(),
    row: null,
  };
}

interface Known {
  organization: Organization;
  position: number;
}

/** Pairs kept per block of the parallel-link check (typed arrays: a Map of a million costs 60 MB). */
const PAIR_BLOCK = 1 << 16;

/**
 * Linked pairs and the row of each link, to find parallel links once every row is read: sorted
 * typed arrays cost a tenth of a map of pairs on a million links.
 */
class PairRows {
  private pairs = new Float64Array(PAIR_BLOCK);
  private rows = new Int32Array(PAIR_BLOCK);
  /** The link's source and target positions, as written. */
  private ends = new Int32Array(2 * PAIR_BLOCK);
  private count = 0;

  add(source: number, target: number, row: number): void {
    if (this.count === this.pairs.length) {
      const grow = <T extends Float64Array | Int32Array>(from: T, to: T): T => {
        to.set(from);
        return to;
      };
      this.pairs = grow(this.pairs, new Float64Array(this.count * 2));
      this.rows = grow(this.rows, new Int32Array(this.count * 2));
      this.ends = grow(this.ends, new Int32Array(this.count * 4));
    }
    // Positions stay below 2^26 (67 million organisations): the pair fits a double exactly.
    this.pairs[this.count] = Math.min(source, target) * 67_108_864 + Math.max(source, target);
    this.rows[this.count] = row;
    this.ends[2 * this.count] = source;
    this.ends[2 * this.count + 1] = target;
    this.count++;
  }

  /** Every link after the first of its pair: its row, the first row, and its ends' positions. */
  *repeats(): Generator<{ row: number; firstRow: number; source: number; target: number }> {
    const order = new Uint32Array(this.count);
    for (let i = 0; i < this.count; i++) order[i] = i;
    const { pairs, rows } = this;
    order.sort((a, b) => pairs[a]! - pairs[b]! || rows[a]! - rows[b]!);
    let first = -1;
    for (let k = 0; k < this.count; k++) {
      const i = order[k]!;
      if (k === 0 || pairs[i] !== pairs[order[k - 1]!]) {
        first = i;
        continue;
      }
      yield {
        row: rows[i]!,
        firstRow: rows[first]!,
        source: this.ends[2 * i]!,
        target: this.ends[2 * i + 1]!,
      };
    }
  }
}

/** Rows of a links file → links, one row at a time. */
export class LinkRows {
  private readonly sourceIndex: number;
  private readonly targetIndex: number;
  private readonly sourceColumn: string | null;
  private readonly targetColumn: string | null;
  private readonly byId = new Map<string, Known>();
  private readonly byName = new Map<string, Organization[]>();
  private readonly placeholders: Organization[] = [];
  private readonly pairs = new PairRows();
  private links: Link[] = [];
  private readonly types = new RawValueTally();
  /** The row of the last link made, and how many links it gave (keys stay unique). */
  private lastRow = -1;
  private linksOfRow = 0;

  constructor(
    private readonly columns: TableColumns,
    private readonly organizations: Organization[],
    private readonly options: LinksOptions,
    private readonly issues: FileIssues,
  ) {
    const sourceIndex = columns.index('source');
    const targetIndex = columns.index('target');
    if (sourceIndex === undefined || targetIndex === undefined) {
      throw new Error('LinkRows: the file has no source or no target column');
    }
    this.sourceIndex = sourceIndex;
    this.targetIndex = targetIndex;
    this.sourceColumn = columns.header('source');
    this.targetColumn = columns.header('target');
    columns.reportHeader(issues);
    organizations.forEach((o, position) => {
      this.byId.set(o.id, { organization: o, position });
      const same = this.byName.get(o.name);
      if (same) same.push(o);
      else this.byName.set(o.name, [o]);
    });
  }

  /**
   * The organisation an end names: by id, else by an exact and unique name; undefined when it
   * names none (a placeholder made for an earlier row counts as none: it is reported again).
   */
  private resolve(raw: string, row: number, column: string | null, end: string): Known | undefined {
    const known = this.byId.get(raw);
    if (known) return known.organization.placeholder ? undefined : known;
    const named = this.byName.get(raw);
    if (named?.length === 1) {
      const id = named[0]!.id;
      this.issues.warning(
        row,
        column,
        'name_matched_endpoint',
        `${end} ${quote(raw)} on row ${row} is not an organisation id but the name of organisation ${quote(id)}; the link was tied to it.`,
        { value: raw, id },
      );
      return this.byId.get(id);
    }
    if (named && named.length > 1) {
      // The first few ids are enough to find the namesakes; a long list would flood the message.
      const shown = named.slice(0, 3).map((o) => o.id);
      const more = named.length > shown.length ? ', …' : '';
      this.issues.warning(
        row,
        column,
        'ambiguous_endpoint',
        `${end} ${quote(raw)} on row ${row} is not an organisation id and is the name of ${named.length} organisations (${shown.map(quote).join(', ')}${more}), so it was treated as unknown.`,
        { value: raw, ids: shown.join(', ') + more, count: named.length },
      );
    }
    return undefined;
  }

  /** Ties an unknown end to its placeholder, created on first mention. */
  private placeholderFor(raw: string, row: number, column: string | null, end: string): Known {
    let known = this.byId.get(raw);
    if (!known) {
      known = {
        organization: placeholderOrganization(raw),
        position: this.organizations.length + this.placeholders.length,
      };
      this.byId.set(raw, known);
      this.placeholders.push(known.organization);
    }
    if (this.options.hasOrganizationsFile) {
      this.issues.warning(
        row,
        column,
        'unknown_endpoint',
        `${end} ${quote(raw)} on row ${row} matches no organisation; the link was tied to a placeholder organisation of that name.`,
        { value: raw },
      );
    }
    return known;
  }

  /**
   * The ends a target cell names: itself, or with `multipleTargets` (Kumu) each of `A | B` —
   * unless the whole cell is an organisation's id or name.
   */
  private targetsOf(rawTarget: string): string[] {
    if (!this.options.multipleTargets || !rawTarget.includes('|')) return [rawTarget];
    if (this.byId.has(rawTarget) || this.byName.has(rawTarget)) return [rawTarget];
    const targets = rawTarget
      .split('|')
      .map((t) => t.trim())
      .filter((t) => t !== '');
    return targets.length > 0 ? targets : [rawTarget];
  }

  /** `L` + row, and `L` + row + `.2`, `.3`… for the further links of one row. */
  private keyFor(row: number): string {
    if (row !== this.lastRow) {
      this.lastRow = row;
      this.linksOfRow = 1;
      return `L${row}`;
    }
    this.linksOfRow++;
    return `L${row}.${this.linksOfRow}`;
  }

  record(fields: string[], row: number): void {
    const { columns, issues, options, sourceColumn, targetColumn } = this;
    columns.checkWidth(fields, row, issues);
    const rawSource = (fields[this.sourceIndex] ?? '').trim();
    const rawTarget = (fields[this.targetIndex] ?? '').trim();
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
      return;
    }

    const source = this.resolve(rawSource, row, sourceColumn, 'Source');
    let a: Known | undefined;
    // Read once for the row, with the first link it gives.
    let values: LinkValues | undefined;
    let cells: string[] | undefined;
    for (const rawEnd of this.targetsOf(rawTarget)) {
      const target = this.resolve(rawEnd, row, targetColumn, 'Target');
      if ((!source || !target) && options.dropDangling && options.hasOrganizationsFile) {
        const unknown = [...new Set([source ? null : rawSource, target ? null : rawEnd])].filter(
          (v) => v !== null,
        );
        issues.warning(
          row,
          source ? targetColumn : sourceColumn,
          'dangling_dropped',
          `Row ${row} links ${unknown.map(quote).join(' and ')}, which match${unknown.length === 1 ? 'es' : ''} no organisation, so the link was dropped.`,
          { value: unknown.join(', ') },
        );
        continue;
      }
      a ??= source ?? this.placeholderFor(rawSource, row, sourceColumn, 'Source');
      const b = target ?? this.placeholderFor(rawEnd, row, targetColumn, 'Target');
      // Ids are taken from the organisations, so a million links share their strings.
      const sourceId = a.organization.id;
      const targetId = b.organization.id;

      if (sourceId === targetId) {
        issues.warning(
          row,
          null,
          'self_link',
          `Row ${row} links ${quote(sourceId)} to itself; the link is kept but the metrics ignore it.`,
          { id: sourceId },
        );
      }
      this.pairs.add(a.position, b.position, row);

      // A field whose column says nothing on this row may be filled from another naming it.
      cells ??= columns.withFallbacks(fields, row);
      values ??= readLinkValues(columns, cells, row, issues, {
        mapping: options.valueMapping,
        tally: this.types,
      });
      this.links.push({
        key: this.keyFor(row),
        source: sourceId,
        target: targetId,
        type: values.type,
        weight: values.weight,
        directed: values.directed,
        since: values.since,
        until: values.until,
        scope: values.scope ?? deriveLinkScope(a.organization, b.organization),
        scopeExplicit: values.scope !== null,
        themes: parseThemes(columns.cell(cells, 'themes')),
        attributes: columns.readAttributes(fields),
        row,
      });
      if (options.onLinks && this.links.length >= LINK_BATCH) {
        options.onLinks(this.links);
        this.links = [];
      }
    }
  }

  finish(): LinksResult {
    const { issues, options, placeholders } = this;
    this.columns.finish();
    if (options.onLinks && this.links.length > 0) {
      options.onLinks(this.links);
      this.links = [];
    }
    const idAt = (position: number) =>
      (this.organizations[position] ?? placeholders[position - this.organizations.length])!.id;
    for (const repeat of this.pairs.repeats()) {
      const { row, firstRow } = repeat;
      const source = idAt(repeat.source);
      const target = idAt(repeat.target);
      issues.info(
        row,
        null,
        'parallel_links',
        `Row ${row} links the same pair as row ${firstRow} (${quote(source)} and ${quote(target)}); both are kept and the metrics count one tie with their weights summed.`,
        { firstRow, source, target },
      );
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
    return {
      links: this.links,
      placeholders,
      columns: this.columns.attributeKeys(),
      types: this.types.values(),
    };
  }
}
