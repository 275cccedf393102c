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

/** The clean profile, then each known defect's trigger on its own, then all of them at once. */
const MODEL_CASES: [string, Partial<Profile>, number][] = [
  ['model: clean', {}, 3000],
  ['model: mixed line endings', { mixedEndings: true }, 500],
  ['model: __proto__ header', { protoHeader: true }, 500],
  ['model: Column N header next to empty headers', { columnNHeader: true }, 500],
  ['model: lone cells of separators', { separatorOnlyRows: true }, 500],
  ['model: a NUL character', { nul: true }, 500],
  ['model: UTF-16 without BOM, far scripts', { utf16NoBom: true, farScripts: true }, 500],
  ['model: ragged rows with many extra values', { manyExtras: true }, 300],
  ['model: header cells longer than 64K characters', { hugeHeader: true }, 100],
  ['model: hundreds of organisations sharing a name', { namesakes: true }, 100],
  ['model: everything', EVERYTHING, 1000],
];

const TINY_CASES: [string, Partial<TinyOptions>, number][] = [
  ['tiny: delimiters, endings, encodings, copies, cuts', {}, 2000],
  ['tiny: stray and unclosed quotes', { quoteDamage: true }, 500],
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
