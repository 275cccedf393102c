/**
 * Header rows for the generated files: the key column(s), known columns under any of their
 * aliases (case, spacing and punctuation varied), unknown columns (kept as attributes), empty
 * headers, repeated headers and, when asked, the headers the import is known to mishandle.
 */
import fc from 'fast-check';
import {
  LINK_ALIASES,
  ORGANIZATION_ALIASES,
  fieldOfHeader,
  type FileKind,
} from '../../../src/core/csv/headers';
import { hugeText } from './cells';
import type { ColumnRole } from './csvModel';

/** Headers no alias table knows, for either kind of file. */
export const COMMON_UNKNOWN = [
  'notes',
  'website',
  'founded',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'x_1',
  ' remarks ',
  'notes, 2024',
  'q;r',
  'x|y',
  'tab\there',
  'a "quoted" header',
  'multi\nline',
  '\u200bnotes',
  'Ñandú',
  'données',
  'año fundación',
  '漢字',
  '😀',
  '---',
  '#',
];
const ORGANIZATION_UNKNOWN = [...COMMON_UNKNOWN, 'start', 'members', 'community', 'source'];
const LINK_UNKNOWN = [...COMMON_UNKNOWN, 'id', 'label', 'sector', 'country', 'key'];

export function unknownHeaders(kind: FileKind): string[] {
  return kind === 'organizations' ? ORGANIZATION_UNKNOWN : LINK_UNKNOWN;
}

export interface HeaderOptions {
  /** `__proto__` as a header. */
  protoHeader: boolean;
  /** Headers literally named `Column N`, next to empty headers. */
  columnNHeader: boolean;
  /**
   * Header cells of 65,000–72,000 characters, longer than the delimiter sniffer's sample; the
   * weight is against 40 for an ordinary unknown header (0: never).
   */
  hugeHeader: number;
  /** Now and then 1,000–4,000 extra columns. */
  wide: boolean;
  /** Columns that must be there (NUL bytes go into them). */
  forced?: string[];
}

export interface HeaderCell {
  header: string;
  kind: 'key' | 'known' | 'other' | 'filler';
  field?: string;
}

type Aliases = Record<string, string[]>;

const decorations: ((s: string) => string)[] = [
  (s) => s,
  (s) => s.toUpperCase(),
  (s) => s.charAt(0).toUpperCase() + s.slice(1),
  (s) => ` ${s} `,
  (s) => s.replaceAll(' ', '_'),
];

/** An alias of a field, decorated, that the import still reads as that field. */
function aliasOf(kind: FileKind, field: string): fc.Arbitrary<string> {
  const table: Aliases = kind === 'organizations' ? ORGANIZATION_ALIASES : LINK_ALIASES;
  const aliases = (table[field] ?? []).filter((a) => fieldOfHeader(a, kind) === field);
  return fc
    .tuple(fc.constantFrom(...aliases), fc.nat({ max: decorations.length - 1 }))
    .map(([alias, d]) => {
      const decorated = decorations[d]!(alias);
      return fieldOfHeader(decorated, kind) === field ? decorated : alias;
    });
}

const ORGANIZATION_KNOWN = [
  'name',
  'sector',
  'country',
  'region',
  'city',
  'lat',
  'lon',
  'scope',
  'world_region',
  'themes',
];
const LINK_KNOWN = ['type', 'weight', 'directed', 'since', 'until', 'scope', 'themes'];

function otherHeader(kind: FileKind, options: HeaderOptions): fc.Arbitrary<string> {
  const choices: fc.WeightedArbitrary<string>[] = [
    { weight: 40, arbitrary: fc.constantFrom(...unknownHeaders(kind)) },
    { weight: 12, arbitrary: fc.constantFrom('', ' ', '\t') },
  ];
  if (options.protoHeader)
    choices.push({ weight: 12, arbitrary: fc.constantFrom('__proto__', ' __proto__ ') });
  if (options.columnNHeader)
    choices.push({
      weight: 12,
      arbitrary: fc.integer({ min: 1, max: 8 }).map((n) => `Column ${n}`),
    });
  // Just over the 65,536 characters the delimiter sniffer looks at.
  if (options.hugeHeader > 0)
    choices.push({ weight: options.hugeHeader, arbitrary: hugeText(65_000, 72_000) });
  return fc.oneof(...choices);
}

/**
 * A header row. Organisations: an id column (or, as Kumu writes, a name column serving as id);
 * links: a source and a target column.
 */
export function headerRow(kind: FileKind, options: HeaderOptions): fc.Arbitrary<HeaderCell[]> {
  const keyFields =
    kind === 'links'
      ? fc.constant<string[]>(['source', 'target'])
      : fc.oneof(
          { weight: 9, arbitrary: fc.constant<string[]>(['id']) },
          { weight: 1, arbitrary: fc.constant<string[]>(['name']) },
        );
  return keyFields.chain((keys) => {
    const known = (kind === 'organizations' ? ORGANIZATION_KNOWN : LINK_KNOWN).filter(
      (f) => !keys.includes(f),
    );
    const forced = (options.forced ?? []).filter((f) => known.includes(f));
    return fc
      .record({
        keys: fc.tuple(...keys.map((f) => aliasOf(kind, f))),
        known: fc.subarray(known.filter((f) => !forced.includes(f))),
        others: fc.array(otherHeader(kind, options), { maxLength: 5 }),
        order: fc.array(fc.nat({ max: 100 }), { minLength: 20, maxLength: 20 }),
        duplicates: fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 2 }),
        minimal: fc.oneof(
          { weight: 5, arbitrary: fc.constant(false) },
          { weight: 1, arbitrary: fc.constant(true) },
        ),
        wide: options.wide
          ? fc.oneof(
              { weight: 150, arbitrary: fc.constant(0) },
              { weight: 1, arbitrary: fc.integer({ min: 1000, max: 4000 }) },
            )
          : fc.constant(0),
      })
      .map((spec) =>
        spec.minimal && forced.length === 0
          ? { ...spec, known: [], others: [], duplicates: [], wide: 0 }
          : spec,
      )
      .chain((spec) => {
        const fields = [...spec.known, ...forced];
        return fc.tuple(
          fc.constant(spec),
          fc.tuple(...fields.map((f) => aliasOf(kind, f))),
          fc.constant(fields),
        );
      })
      .map(([spec, knownHeaders, fields]) => {
        const cells: HeaderCell[] = [
          ...spec.keys.map((header, i) => ({ header, kind: 'key' as const, field: keys[i] })),
          ...knownHeaders.map((header, i) => ({
            header,
            kind: 'known' as const,
            field: fields[i],
          })),
          ...spec.others.map((header) => ({ header, kind: 'other' as const })),
        ];
        const sorted = cells
          .map((cell, i) => ({ cell, at: spec.order[i % 20]! * 100 + i }))
          .sort((a, b) => a.at - b.at)
          .map((x) => x.cell);
        for (const [from, padded] of spec.duplicates) {
          const source = sorted[from % sorted.length]!;
          sorted.push({ header: padded ? ` ${source.header} ` : source.header, kind: 'other' });
        }
        for (let i = 0; i < spec.wide; i++) sorted.push({ header: `f${i}`, kind: 'filler' });
        return sorted;
      });
  });
}

/**
 * What each column is for: the first of several headers that read the same once trimmed is
 * used and the others are ignored; an empty header makes an unnamed attribute column.
 */
export function columnRoles(cells: HeaderCell[]): ColumnRole[] {
  const seen = new Set<string>();
  return cells.map((cell) => {
    const trimmed = cell.header.trim();
    const repeated = trimmed !== '' && seen.has(trimmed);
    seen.add(trimmed);
    if (repeated) return { role: 'ignored' };
    if (cell.kind === 'key') return { role: 'key' };
    if (cell.kind === 'known') return { role: 'known' };
    return trimmed === '' ? { role: 'unnamed' } : { role: 'attribute', key: trimmed };
  });
}
