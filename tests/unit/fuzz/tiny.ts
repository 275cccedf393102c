/**
 * Mutations of the valid files in datasets/tiny: another delimiter, other line endings, rows
 * duplicated, the file or a cell cut short, and damage written into the text of a row (a stray
 * or unclosed quote, the row written with another delimiter). Rows before the first damaged
 * row must come back exactly; every data row must still be accounted for.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import {
  describeModel,
  encodeText,
  printable,
  referenceParse,
  writeText,
  type DatasetModel,
  type FileModel,
} from './csvModel';
import type { Expectation } from './accounting';
import { fileFormat, type Profile } from './tables';

function tinyFile(name: string, kind: FileModel['kind']): FileModel {
  const path = fileURLToPath(new URL(`../../../datasets/tiny/${name}`, import.meta.url));
  const rows = referenceParse(readFileSync(path, 'utf8'), ',');
  return {
    name,
    kind,
    rows,
    headerIndex: 0,
    keys: kind === 'organizations' ? [0] : [0, 1],
    roles: rows[0]!.map((_, i) => ({ role: i < (kind === 'links' ? 2 : 1) ? 'key' : 'known' })),
    format: {
      delimiter: ',',
      quoting: 'needed',
      endings: ['\n'],
      trailing: true,
      encoding: 'utf-8',
    },
  };
}

export const TINY = {
  organizations: tinyFile('organizations.csv', 'organizations'),
  links: tinyFile('links.csv', 'links'),
};

export interface Damage {
  /** Data row (counted from the first after the header) and where in its text. */
  row: number;
  at: number;
  what: 'quote' | 'open quote' | 'doubled quote' | 'delimiter';
}

export interface TinyFile {
  model: FileModel;
  damage: Damage[];
  /** Cut the text after this fraction (per mille) of it. */
  cut: number | null;
  /** Whether delimiter damage may hit a row holding quotes. */
  quotedRows: boolean;
}

export interface TinyCase extends DatasetModel {
  tiny: TinyFile[];
}

export interface TinyOptions extends Profile {
  /** Stray and unclosed quotes written into rows. */
  quoteDamage: boolean;
  /**
   * Rows with quoted values written with another delimiter (`"a"|"b"` in a `;` file): a quote
   * then followed by something else than the delimiter.
   */
  quotedRowDamage: boolean;
}

function mutated(base: FileModel, options: TinyOptions): fc.Arbitrary<TinyFile> {
  const dataCount = base.rows.length - 1;
  const kinds: Damage['what'][] = options.quoteDamage
    ? ['quote', 'open quote', 'doubled quote', 'delimiter']
    : ['delimiter'];
  return fc
    .record({
      format: fileFormat(options),
      copies: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
      keep: fc.option(fc.integer({ min: 1, max: dataCount }), { freq: 4 }),
      cutCell: fc.option(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { freq: 4 }),
      damage: fc.array(
        fc.record({ row: fc.nat(), at: fc.nat(), what: fc.constantFrom(...kinds) }),
        { maxLength: options.quoteDamage ? 2 : 1 },
      ),
      cut: fc.option(fc.integer({ min: 1, max: 999 }), { freq: 5 }),
    })
    .map(({ format, copies, keep, cutCell, damage, cut }) => {
      let data = base.rows.slice(1).map((r) => [...r]);
      if (keep !== null) data = data.slice(0, keep);
      for (const [from, to] of copies)
        data.splice(to % (data.length + 1), 0, [...data[from % data.length]!]);
      if (cutCell !== null) {
        const row = data[cutCell[0] % data.length]!;
        const c = cutCell[1] % row.length;
        row[c] = row[c]!.slice(0, cutCell[2] % (row[c]!.length + 1));
      }
      const model: FileModel = { ...base, rows: [base.rows[0]!, ...data], format };
      const rows = data.length;
      return {
        model,
        damage: damage.map((d) => ({ ...d, row: d.row % rows })),
        cut,
        quotedRows: options.quotedRowDamage,
      };
    });
}

export function tinyCase(options: TinyOptions): fc.Arbitrary<TinyCase> {
  const orgs = mutated(TINY.organizations, options);
  const links = mutated(TINY.links, options);
  return fc
    .record({
      files: fc.oneof(
        { weight: 3, arbitrary: fc.tuple(orgs, links) },
        orgs.map((o) => [o]),
        links.map((l) => [l]),
      ),
      dropDangling: fc.boolean(),
    })
    .map(({ files, dropDangling }) =>
      printable<TinyCase>(
        { files: files.map((f) => f.model), tiny: [...files], dropDangling },
        (c) =>
          [
            describeModel(c),
            ...c.tiny.map(
              (t) => `  ${t.model.name}: damage ${JSON.stringify(t.damage)}, cut ${t.cut}`,
            ),
          ].join('\n'),
      ),
    );
}

const OTHER: Record<string, string> = { ',': ';', ';': '|', '\t': ',', '|': '\t' };

/**
 * The bytes of a mutated file, and what must come back of it: rows before the first damaged or
 * cut row exactly, every data row before the cut at all.
 */
export function tinyBytes(file: TinyFile): { bytes: Uint8Array; expect: Expectation } {
  const { model } = file;
  const written = writeText(model);
  const { starts } = written;
  let text = written.text;
  const expect: Expectation = {
    exactBefore: model.rows.length + 1,
    lastRow: model.rows.length,
    mayAppearUpTo: model.rows.length,
  };
  // From the last row up, so that earlier offsets stay right.
  const damage = [...file.damage].sort((a, b) => b.row - a.row);
  for (const d of damage) {
    const r = d.row + 1;
    const start = starts[r]!;
    const end = r + 1 < starts.length ? starts[r + 1]! : text.length;
    const line = text.slice(start, end);
    let changed: string;
    if (d.what === 'delimiter' && line.includes('"') && !file.quotedRows) {
      continue;
    } else if (d.what === 'delimiter') {
      changed = line.split(model.format.delimiter).join(OTHER[model.format.delimiter]!);
    } else {
      const body = line.replace(/[\r\n]+$/, '').length;
      const at = d.at % (body + 1);
      const mark = d.what === 'quote' ? '"' : d.what === 'open quote' ? '"x' : '""';
      changed = line.slice(0, at) + mark + line.slice(at);
    }
    text = text.slice(0, start) + changed + text.slice(end);
    expect.exactBefore = Math.min(expect.exactBefore, r + 1);
  }
  if (file.cut !== null && file.damage.length === 0) {
    // Somewhere after the header: the cut row keeps part of its values, the rows after it go.
    const from = starts[1]!;
    const at = from + Math.floor(((text.length - from) * file.cut) / 1000);
    const row = starts.findLastIndex((s) => s <= at);
    text = text.slice(0, at);
    expect.exactBefore = row + 1;
    expect.lastRow = row;
    expect.mayAppearUpTo = row + 1;
    if (file.cut % 2 === 1) {
      // One byte less: the cut may fall inside a character (or take the line break before it).
      const bytes = encodeText(text, model.format.encoding);
      expect.exactBefore = row;
      expect.lastRow = row - 1;
      return { bytes: bytes.subarray(0, Math.max(0, bytes.length - 1)), expect };
    }
  }
  return { bytes: encodeText(text, model.format.encoding), expect };
}
