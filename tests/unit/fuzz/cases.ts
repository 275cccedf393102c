/**
 * The fuzz cases: a name, what they generate, the check and how many runs. Shared by the test
 * file and by explore.ts, which lists every kind of violation instead of stopping at the first.
 */
import fc from 'fast-check';
import { checkModel } from './accounting';
import { fileBytes } from './csvModel';
import { checkAny, type Violation } from './properties';
import { bytesCase } from './randomBytes';
import { CLEAN, EVERYTHING, datasetModel, type Profile } from './tables';
import { TINY, tinyBytes, tinyCase, type TinyOptions } from './tiny';

export interface FuzzCase<T = unknown> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  check: (value: T) => Violation[];
  runs: number;
}

const fuzzCase = <T>(c: FuzzCase<T>): FuzzCase => c as FuzzCase;

export const VALID_TINY = {
  organizations: { name: TINY.organizations.name, bytes: fileBytes(TINY.organizations) },
  links: { name: TINY.links.name, bytes: fileBytes(TINY.links) },
};

/**
 * The clean profile, then each defect's trigger on its own (with the smallest input that shows
 * the defect, as found when this suite was written), then all of them at once.
 */
const MODEL_CASES: [string, Partial<Profile>, number][] = [
  ['model: clean', {}, 3000],
  // 'id\r\nt1\nt2\r\nt3\r\n': rows 2 and 3 become one organisation "t1\nt2".
  ['model: mixed line endings', { mixedEndings: true }, 500],
  // 'id,__proto__\nt1,x\n': the organisation has no attribute __proto__.
  ['model: __proto__ header', { protoHeader: true }, 500],
  // 'id,,Column 2\nt1,a,b\n': one attribute "Column 2" for two columns; "a" is lost.
  ['model: Column N header next to empty headers', { columnNHeader: true }, 500],
  // 'id\nt1\n";"\n|\n': rows 3 and 4 vanish, with no message.
  ['model: lone cells of separators', { separatorOnlyRows: true }, 500],
  // 'id,name\nt1,A\u0000B\n': refused as binary.
  ['model: a NUL character', { nul: true }, 500],
  // 'id,name\nt1,協同組合ネットワーク社会的連帯経済\n' as UTF-16 LE without BOM: refused as binary.
  ['model: UTF-16 without BOM, far scripts', { utf16NoBom: true, farScripts: true }, 500],
  // 'id,name\nt1,A' + ',e'.repeat(400): a ragged_row message of 2,083 characters.
  ['model: ragged rows with many extra values', { manyExtras: true }, 300],
  // 'x'.repeat(65536) + ';id\n1;t1\n': the delimiter is taken to be ',', the file is refused.
  ['model: header cells longer than 64K characters', { hugeHeader: 40 }, 60],
  // 300 organisations named Coop, a link from "Coop": an ambiguous_endpoint message of 2,407.
  ['model: hundreds of organisations sharing a name', { namesakes: 1 }, 100],
  // 'id,notes\n' + ten rows 't1,"a\vb"': refused as binary.
  ['model: vertical tabs in cells, as FileMaker writes line breaks', { verticalTabs: true }, 200],
  ['model: everything', EVERYTHING, 1000],
];

const TINY_CASES: [string, Partial<TinyOptions>, number][] = [
  ['tiny: delimiters, endings, encodings, copies, cuts', {}, 2000],
  // 'id,name\nt1,"A\nt2,B\nt3,C\n': rows 3 and 4 are swallowed by row 2's value.
  ['tiny: stray and unclosed quotes', { quoteDamage: true }, 500],
  // 'id\n"a"x\n"b"\nc\n': row 3 is merged into row 2 ("a\"x\n\"b"), c is reported on row 3;
  // the only message, the stray-quote warning of row 2, is given twice.
  ['tiny: quoted rows written with another delimiter', { quotedRowDamage: true }, 300],
  ['tiny: mixed line endings', { mixedEndings: true }, 300],
];

export const BYTES_CASES: FuzzCase[] = [
  fuzzCase({
    name: 'bytes: noise, token soup, BOMs, invalid UTF-8, UTF-16',
    arbitrary: bytesCase(VALID_TINY),
    check: (c) => checkAny(c.files),
    runs: 4000,
  }),
];

export const MODEL_FUZZ: FuzzCase[] = MODEL_CASES.map(([name, profile, runs]) =>
  fuzzCase({
    name,
    arbitrary: datasetModel({ ...CLEAN, ...profile }),
    check: (m) => checkModel(m),
    runs,
  }),
);

export const TINY_FUZZ: FuzzCase[] = TINY_CASES.map(([name, profile, runs]) =>
  fuzzCase({
    name,
    arbitrary: tinyCase({ ...CLEAN, quoteDamage: false, quotedRowDamage: false, ...profile }),
    check: (c) => {
      const prepared = new Map(c.tiny.map((t) => [t.model, tinyBytes(t)]));
      return checkModel(
        c,
        (f) => prepared.get(f)!.bytes,
        (f) => prepared.get(f)!.expect,
      );
    },
    runs,
  }),
);

export const ALL_CASES = [...BYTES_CASES, ...MODEL_FUZZ, ...TINY_FUZZ];
