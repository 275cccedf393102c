/**
 * P2, row accounting: every data row of a generated file (a row after the header holding
 * something) comes back as an organisation or a link of that row, or is named by a message (its
 * row, or a row-listing parameter); blank rows may vanish. Rows that became items keep their
 * values: the id (or link ends) as written, trimmed, and every unknown column's cell.
 */
import { UnusableInputError, type ImportIssue } from '../../../src/core/issues/issues';
import type { Dataset } from '../../../src/core/model/types';
import { abbreviate, dataRows, fileBytes, type DatasetModel, type FileModel } from './csvModel';
import { checkDataset, checkOutcome, runImport, type Violation } from './properties';

/**
 * The rows a message names: its row, every row of a grouped message, and numbers or lists of
 * them (`3, 5, 9-12`) in parameters whose name says they are rows.
 */
export function rowsNamedBy(issue: ImportIssue): Set<number> {
  const rows = new Set<number>(issue.rows);
  if (issue.row !== null) rows.add(issue.row);
  for (const [key, value] of Object.entries(issue.params ?? {})) {
    if (!/row/i.test(key)) continue;
    if (typeof value === 'number') rows.add(value);
    else if (/^[\d\s,–-]+$/.test(value))
      for (const part of value.split(',')) {
        const [a, b] = part.split(/[–-]/).map((s) => Number(s.trim()));
        if (a === undefined || !Number.isInteger(a)) continue;
        const end = b !== undefined && Number.isInteger(b) ? b : a;
        for (let r = a; r <= end && r - a < 100_000; r++) rows.add(r);
      }
  }
  return rows;
}

const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** Each unknown column's value is kept under its header; each unnamed one under some other key. */
function attributeProblems(
  file: FileModel,
  cells: string[],
  attributes: Record<string, string>,
): string[] {
  const problems: string[] = [];
  const named = new Set<string>();
  file.roles.forEach((role, i) => {
    if (role.role !== 'attribute') return;
    named.add(role.key);
    const want = cells[i] ?? '';
    const got = own(attributes, role.key)
      ? Object.getOwnPropertyDescriptor(attributes, role.key)?.value
      : undefined;
    if (got !== want)
      problems.push(
        `column ${i + 1} ${abbreviate(role.key)}: want ${abbreviate(want)}, got ${got === undefined ? 'nothing' : abbreviate(String(got))}`,
      );
  });
  const taken = new Set<string>();
  file.roles.forEach((role, i) => {
    const want = cells[i] ?? '';
    if (role.role !== 'unnamed' || want.trim() === '') return;
    const keys = [`Column ${i + 1}`, ...Object.keys(attributes)];
    const key = keys.find(
      (k) => !named.has(k) && !taken.has(k) && own(attributes, k) && attributes[k] === want,
    );
    if (key === undefined)
      problems.push(
        `unnamed column ${i + 1}: value ${abbreviate(want)} is kept under no key of its own`,
      );
    else taken.add(key);
  });
  return problems;
}

/** What a file must give back: rows before `exactBefore` exactly, data rows up to `lastRow` at all. */
export interface Expectation {
  exactBefore: number;
  lastRow: number;
  /** Rows after `lastRow` up to this one may still show up (a row cut in the middle). */
  mayAppearUpTo: number;
}

const whole = (file: FileModel): Expectation => ({
  exactBefore: file.rows.length + 1,
  lastRow: file.rows.length,
  mayAppearUpTo: file.rows.length,
});

function checkFile(file: FileModel, dataset: Dataset, expect: Expectation): Violation[] {
  const out: Violation[] = [];
  const add = (kind: string, detail: string) =>
    out.push({ property: 'P2', kind, detail: `${file.name}: ${detail}` });
  const all = dataRows(file);
  const expected = all.filter((r) => r <= expect.lastRow);
  const wanted = new Set(all.filter((r) => r <= expect.mayAppearUpTo));
  const items: {
    row: number | null;
    what: string;
    attributes: Record<string, string>;
    ends: string[];
  }[] =
    file.kind === 'organizations'
      ? dataset.organizations
          .filter((o) => !o.placeholder)
          .map((o) => ({
            row: o.row,
            what: 'organisation',
            attributes: o.attributes,
            ends: [o.id],
          }))
      : dataset.links.map((l) => ({
          row: l.row,
          what: 'link',
          attributes: l.attributes,
          ends: [l.source, l.target],
        }));
  const byRow = new Map<number, (typeof items)[number]>();
  for (const item of items) {
    if (item.row === null || !wanted.has(item.row)) {
      add(
        `${item.what} from no data row`,
        `${item.what} ${abbreviate(item.ends.join(' → '))} has row ${item.row}`,
      );
      continue;
    }
    if (byRow.has(item.row)) add(`two items from one row`, `row ${item.row}`);
    byRow.set(item.row, item);
  }
  const named = new Set<number>();
  const header = file.rows[file.headerIndex]!.map((h, i) => h.trim() || `Column ${i + 1}`);
  // A file cut at its header (a header without rows opens) may have lost the header's end too.
  const headerWhole = expect.lastRow > file.headerIndex;
  for (const issue of dataset.issues) {
    if (issue.file !== file.name) continue;
    for (const r of rowsNamedBy(issue)) named.add(r);
    // P3: a message's column is a header of its file, as written.
    if (headerWhole && issue.column !== null && !header.includes(issue.column))
      out.push({
        property: 'P3',
        kind: `issue: ${issue.code} column not in the header`,
        detail: `${file.name} row ${issue.row}: column ${abbreviate(issue.column)}`,
      });
  }
  const names = new Map(dataset.organizations.map((o) => [o.id, o.name]));

  for (const row of expected) {
    const cells = file.rows[row - 1]!;
    const item = byRow.get(row);
    if (!item) {
      if (!named.has(row))
        add(
          'row unaccounted',
          `row ${row} [${cells.slice(0, 6).map(abbreviate).join(', ')}${cells.length > 6 ? ', …' : ''}] is no ${file.kind === 'organizations' ? 'organisation' : 'link'} and no message names it`,
        );
      continue;
    }
    if (row >= expect.exactBefore) continue;
    file.keys.forEach((column, k) => {
      const want = (cells[column] ?? '').trim();
      const got = item.ends[k]!;
      // A link end may name an organisation instead of giving its id.
      if (got !== want && !(file.kind === 'links' && names.get(got) === want))
        add(
          file.kind === 'organizations' ? 'id changed' : 'link end changed',
          `row ${row}: want ${abbreviate(want)}, got ${abbreviate(got)}`,
        );
    });
    for (const problem of attributeProblems(file, cells, item.attributes))
      add('attribute lost or changed', `row ${row}: ${problem}`);
  }
  return out;
}

/**
 * P1, P2 and P3 for a generated dataset; `bytesOf` and `expect` serve files whose text was
 * damaged after it was written.
 */
export function checkModel(
  model: DatasetModel,
  bytesOf: (file: FileModel) => Uint8Array = fileBytes,
  expect: (file: FileModel) => Expectation = whole,
): Violation[] {
  const files = model.files.map((f) => ({ name: f.name, bytes: bytesOf(f) }));
  const outcome = runImport(files, { dropDangling: model.dropDangling });
  const found = checkOutcome(files, outcome);
  if (!outcome.dataset) {
    const e = outcome.error;
    // A file with no data row left may be refused as empty (its header may be cut too).
    const empty = model.files.filter((f) => !dataRows(f).some((r) => r <= expect(f).lastRow));
    if (
      e instanceof UnusableInputError &&
      e.reason === 'empty' &&
      empty.some((f) => f.name === e.file)
    )
      return found;
    found.push({
      property: 'P2',
      kind: 'usable file refused',
      detail: abbreviate(e instanceof Error ? e.message : String(e)),
    });
    return found;
  }
  const rows = new Map(model.files.map((f) => [f.name, f.rows.length]));
  found.push(...checkDataset(outcome.dataset, rows));
  for (const file of model.files) found.push(...checkFile(file, outcome.dataset, expect(file)));
  return found;
}
