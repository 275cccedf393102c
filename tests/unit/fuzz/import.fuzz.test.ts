/**
 * Property-based fuzzing of importDataset (fast-check, seeded: see runner.ts for FUZZ_SEED,
 * FUZZ_CASE, FUZZ_PATH, FUZZ_RUNS_SCALE and FUZZ_SHRINK_MS). Three families of input:
 *  - arbitrary bytes (P1, P3);
 *  - CSV files written from a model of rows and cells (P1, P2, P3): the "clean" case leaves out
 *    the inputs the import is known to mishandle, one case per defect puts each back (cases.ts
 *    gives the smallest failing input of each), and "everything" mixes them all;
 *  - mutations of datasets/tiny (P1, P2, P3).
 * P1: only UnusableInputError is thrown (one sentence naming the file), each call well under a
 * second. P2: every data row is accounted for and keeps its values. P3: messages are well formed
 * and point inside their file; the dataset hangs together.
 * A case stops at its first counterexample; `npx tsx tests/unit/fuzz/explore.ts` lists every kind
 * of violation each case finds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fieldOfHeader } from '../../../src/core/csv/headers';
import { checkModel } from './accounting';
import { BYTES_CASES, MODEL_FUZZ, TINY_FUZZ, VALID_TINY, type FuzzCase } from './cases';
import { COMMON_UNKNOWN, unknownHeaders } from './headers';
import { isBlankRow, referenceParse, writeText } from './csvModel';
import { importCalls, runImport } from './properties';
import { FUZZ_SEED, fuzzCase, runsFor } from './runner';
import { EVERYTHING, datasetModel } from './tables';
import { TINY } from './tiny';

const TIMEOUT = 120_000;
const started = performance.now();

beforeAll(() => {
  // Warm the import up, so the first timed call does not pay for loading the country tables.
  runImport([VALID_TINY.organizations, VALID_TINY.links]);
});

afterAll(() => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  // A failing case stops at its first counterexample (then shrinks it): fewer runs than planned.
  const planned = [...BYTES_CASES, ...MODEL_FUZZ, ...TINY_FUZZ].reduce(
    (n, c) => n + runsFor(c.runs),
    0,
  );
  console.log(
    `import fuzz: ${importCalls()} inputs fed to importDataset in ${seconds} s (FUZZ_SEED=${FUZZ_SEED}; ${planned} when every case passes)`,
  );
});

describe('the generators', () => {
  it('use only headers that no alias table knows as unknown columns', () => {
    for (const kind of ['organizations', 'links'] as const)
      for (const h of unknownHeaders(kind)) expect([h, fieldOfHeader(h, kind)]).toEqual([h, null]);
    expect(COMMON_UNKNOWN.length).toBeGreaterThan(10);
  });

  it('write files that an RFC 4180 reader reads back as the model', () => {
    const normal = (rows: string[][]) => {
      const out = rows.map((r) => (r.length === 0 ? [''] : r));
      while (out.length > 0 && isBlankRow(out.at(-1)!) && out.at(-1)!.length === 1) out.pop();
      return out;
    };
    for (const model of fc.sample(datasetModel(EVERYTHING), {
      numRuns: runsFor(150),
      seed: FUZZ_SEED,
    })) {
      for (const file of model.files) {
        const { text } = writeText(file);
        expect(normal(referenceParse(text, file.format.delimiter))).toEqual(normal(file.rows));
      }
    }
  });

  it('take datasets/tiny as it is, and the import reads it without a violation', () => {
    expect(TINY.organizations.rows).toHaveLength(11);
    expect(TINY.links.rows).toHaveLength(15);
    expect(checkModel({ files: [TINY.organizations, TINY.links], dropDangling: false })).toEqual(
      [],
    );
  });
});

const groups: [string, FuzzCase[]][] = [
  ['importDataset on arbitrary bytes', BYTES_CASES],
  ['importDataset on CSV files written from a model', MODEL_FUZZ],
  ['importDataset on mutations of datasets/tiny', TINY_FUZZ],
];

for (const [title, cases] of groups) {
  describe(title, () => {
    for (const c of cases)
      it(c.name, () => fuzzCase(c.name, c.arbitrary, c.check, c.runs), TIMEOUT);
  });
}
