/**
 * Files of arbitrary bytes: noise, CSV-like token soup in any encoding, BOMs in front of the
 * wrong encoding, invalid UTF-8 sequences, NUL bytes, UTF-16 with and without a BOM. Nothing is
 * expected of them but P1 and P3.
 */
import { type InputFile } from '../../../src/core/csv/readFile';
import fc from 'fast-check';

import { utf16, utf8 } from '../../fixtures/import/bytes';
import { printable } from './csvModel';

const BOMS = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb]];

const INVALID_UTF8 = [
  [0xc0, 0xaf],
  [0x80],
  [0xbf, 0xbf],
  [0xe2, 0x82],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf5, 0x80],
  [0xff],
  [0xfe],
  [0xc3],
  [0xf0, 0x9f, 0x98],
  [0x00],
  [0x00, 0x00],
];

const TOKENS = [
  'id',
  'name',
  'Id',
  'Label',
  'source',
  'target',
  'from',
  'to',
  'sector',
  'weight',
  ',',
  ';',
  '\t',
  '|',
  '"',
  '""',
  '\r',
  '\n',
  '\r\n',
  ' ',
  'é',
  'e\u0301',
  '漢',
  '😀',
  '\u0000',
  '\u0001',
  '\ufeff',
  '\u2028',
  '__proto__',
  'constructor',
  '1e309',
  't01',
  't02',
  'x',
];

/** A CSV-looking text: a plausible header, then tokens. */
const soup: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', 'id,name\n', 'source;target\n', 'id\n', 'Id\tLabel\r\n', '"id"|"name"\r'),
    fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 4 })), { maxLength: 300 }),
  )
  .map(([head, tokens]) => head + tokens.join(''));

function encoded(text: string, how: number): Uint8Array {
  switch (how) {
    case 0:
      return utf8(text);
    case 1:
      return utf8(text, true);
    case 2:
      return utf16(text, 'le', true);
    case 3:
      return utf16(text, 'be', true);
    case 4:
      return utf16(text, 'le', false);
    case 5:
      return utf16(text, 'be', false);
    default:
      // Latin-1 bytes of whatever fits, as a script that ignores encodings writes them.
      return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
  }
}

function splice(bytes: Uint8Array, at: number, insert: number[]): Uint8Array {
  const i = bytes.length === 0 ? 0 : at % (bytes.length + 1);
  return Uint8Array.from([...bytes.subarray(0, i), ...insert, ...bytes.subarray(i)]);
}

const textBytes: fc.Arbitrary<Uint8Array> = fc
  .record({
    text: fc.oneof(soup, fc.string({ unit: 'binary', maxLength: 200 })),
    how: fc.nat({ max: 6 }),
    bom: fc.nat({ max: BOMS.length - 1 }),
    broken: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVALID_UTF8)), { maxLength: 3 }),
  })
  .map(({ text, how, bom, broken }) => {
    let bytes: Uint8Array = Uint8Array.from([...BOMS[bom]!, ...encoded(text, how)]);
    for (const [at, insert] of broken) bytes = splice(bytes, at, insert);
    return bytes;
  });

export const anyBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 3000 }) },
  { weight: 1, arbitrary: fc.uint8Array({ min: 0, max: 3, maxLength: 200 }) },
  { weight: 6, arbitrary: textBytes },
);

export interface BytesCase {
  files: InputFile[];
}

const describeCase = (c: BytesCase) =>
  c.files
    .map(
      (f) =>
        `${f.name}: bytes [${Array.from(f.bytes.subarray(0, 400)).join(',')}${f.bytes.length > 400 ? `, … ${f.bytes.length} bytes` : ''}]`,
    )
    .join('\n');

/** Random bytes alone, or next to a valid file of the other kind. */
export function bytesCase(valid: {
  organizations: InputFile;
  links: InputFile;
}): fc.Arbitrary<BytesCase> {
  return fc
    .tuple(
      anyBytes,
      fc.nat({ max: 4 }),
      fc.constantFrom('organizations.csv', 'links.csv', 'data.bin', 'x'),
    )
    .map(([bytes, layout, name]) => {
      const file = { name, bytes };
      const files = [
        [file],
        [file, valid.links],
        [valid.organizations, file],
        [file, valid.organizations],
        [file, { ...file, name: `${name}.copy` }],
      ][layout]!.filter((f, i, all) => all.findIndex((g) => g.name === f.name) === i);
      return printable<BytesCase>({ files }, describeCase);
    });
}
