/**
 * Data rows and blank rows of the generated files: ids that collide, link ends that match
 * nothing or name an organisation, odd values in known columns, ragged rows.
 */
import fc from 'fast-check';
import type { FileKind } from '../../../src/core/csv/headers';
import {
  BOOLEANS,
  COUNTRIES,
  LINK_TYPES,
  ODD_DATES,
  ODD_NUMBERS,
  SCOPES,
  SECTORS,
  THEMES,
  WORDS,
  cellText,
  idText,
  padding,
} from './cells';
import type { HeaderCell } from './headers';
import type { Profile } from './profile';

const pick = (values: string[]) => fc.constantFrom(...values);

/** Values for a known column, odd ones included. */
function knownValue(field: string | undefined, cells: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const pools: Record<string, string[]> = {
    name: WORDS,
    sector: SECTORS,
    type: LINK_TYPES,
    country: COUNTRIES,
    lat: ODD_NUMBERS,
    lon: ODD_NUMBERS,
    weight: ODD_NUMBERS,
    since: ODD_DATES,
    until: ODD_DATES,
    scope: SCOPES,
    world_region: ['europe', 'Asia', 'Atlantis', 'latin_america_caribbean'],
    directed: BOOLEANS,
    themes: THEMES,
  };
  const pool = pools[field ?? ''];
  // One name many organisations share, as links may name them.
  if (field === 'name')
    return fc.oneof(
      { weight: 4, arbitrary: pick(WORDS) },
      { weight: 3, arbitrary: fc.constant('Cooperativa') },
      { weight: 1, arbitrary: cells },
    );
  return pool
    ? fc.oneof({ weight: 4, arbitrary: pick(pool) }, { weight: 1, arbitrary: cells })
    : cells;
}

/** An id or a link end: usually one of a few dozen ids (so they collide), sometimes padded. */
function keyValue(kind: FileKind, options: Profile): fc.Arbitrary<string> {
  const id = fc
    .tuple(idText(options), padding)
    .map(([text, [before, after]]) => before + text + after);
  const choices: fc.WeightedArbitrary<string>[] = [
    { weight: 20, arbitrary: id },
    { weight: 1, arbitrary: fc.constantFrom('', ' ') },
  ];
  if (options.separatorOnlyRows)
    choices.push({
      weight: 3,
      arbitrary: fc.constantFrom(';', '|', ',', ' ; ', '||', ';;', ',|;'),
    });
  if (kind === 'links') {
    choices.push({ weight: 3, arbitrary: pick([...WORDS, 'Cooperativa']) });
    if (options.namesakes > 0) choices.push({ weight: 3, arbitrary: fc.constant('Cooperativa') });
    choices.push({ weight: 2, arbitrary: fc.nat({ max: 9 }).map((n) => `zz-unknown-${n}`) });
  }
  return fc.oneof(...choices);
}

type Shape =
  { shape: 'exact' } | { shape: 'short'; keep: number } | { shape: 'long'; extra: string[] };

function rowShape(oneColumn: boolean, profile: Profile): fc.Arbitrary<Shape> {
  const choices: fc.WeightedArbitrary<Shape>[] = [
    { weight: 16, arbitrary: fc.constant({ shape: 'exact' as const }) },
    { weight: 1, arbitrary: fc.nat().map((keep) => ({ shape: 'short' as const, keep })) },
  ];
  // With one column the delimiter is anyone's guess, so a row with more values is ambiguous.
  if (!oneColumn) {
    const extra = fc.array(fc.oneof(cellText(profile), fc.constant('')), {
      minLength: 1,
      maxLength: 5,
    });
    choices.push({
      weight: 2,
      arbitrary: extra.map((e) => ({ shape: 'long' as const, extra: e })),
    });
    if (profile.manyExtras) {
      const many = fc
        .integer({ min: 40, max: 3000 })
        .map((n) => Array.from({ length: n }, (_, i) => `e${i}`));
      choices.push({
        weight: 1,
        arbitrary: many.map((e) => ({ shape: 'long' as const, extra: e })),
      });
    }
  }
  return fc.oneof(...choices);
}

function shaped(cells: string[], shape: Shape): string[] {
  if (shape.shape === 'exact' || cells.length <= 1) return cells;
  if (shape.shape === 'short') return cells.slice(0, 1 + (shape.keep % (cells.length - 1)));
  return [...cells, ...shape.extra];
}

/**
 * A row that holds nothing. A file of one column gets no row of several empty cells: `;;` there
 * could as well be the value ";;" (the delimiter is anyone's guess).
 */
export function blankRow(oneColumn: boolean): fc.Arbitrary<string[]> {
  const whitespace = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u3000');
  if (oneColumn)
    return fc.oneof(
      fc.constant<string[]>([]),
      whitespace.map((w) => [w]),
    );
  return fc.oneof(
    fc.constant<string[]>([]),
    fc.integer({ min: 1, max: 6 }).map((n) => Array<string>(n).fill('')),
    fc.array(whitespace, { minLength: 1, maxLength: 3 }),
  );
}

/** A value for a filler column of a wide file, so thousands of cells cost no generation. */
const filler = (row: number, column: number) =>
  (row * 31 + column) % 7 === 0 ? '' : `v${row}.${column}`;

const SEPARATORS_ONLY = /^[\s,;|]+$/;

export function dataRow(
  header: HeaderCell[],
  kind: FileKind,
  profile: Profile,
): fc.Arbitrary<string[]> {
  const cells = cellText(profile);
  const named = header.filter((h) => h.kind !== 'filler');
  const perColumn = named.map((h) =>
    h.kind === 'key'
      ? keyValue(kind, profile)
      : h.kind === 'known'
        ? knownValue(h.field, cells)
        : cells,
  );
  return fc
    .tuple(fc.tuple(...perColumn), rowShape(header.length <= 1, profile), fc.nat())
    .map(([values, shape, seed]) => {
      const full = header.map((h, i) =>
        h.kind === 'filler' ? filler(seed % 1000, i) : values[i]!,
      );
      const row = shaped(full, shape);
      // A lone cell of separators is dropped by the import (a known defect): only on request.
      if (
        !profile.separatorOnlyRows &&
        row.length === 1 &&
        SEPARATORS_ONLY.test(row[0]!) &&
        row[0]!.trim() !== ''
      )
        row[0] += 'x';
      return row;
    });
}

/** Up to `most` rows after the first, mostly data, some blank. */
export function rows(header: HeaderCell[], kind: FileKind, profile: Profile, most: number) {
  const row = fc.oneof(
    { weight: 8, arbitrary: dataRow(header, kind, profile) },
    { weight: 2, arbitrary: blankRow(header.length <= 1) },
  );
  return fc.array(row, { maxLength: most });
}
