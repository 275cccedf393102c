/**
 * Lists every kind of violation each fuzz case finds, with the shortest example of each, instead
 * of stopping at the first failure as the test does (no shrinking: examples are as generated).
 *
 *   npx tsx tests/unit/fuzz/explore.ts [runs per case, default each case's own] [case name part]
 */
import fc from 'fast-check';
import { ALL_CASES } from './cases';
import { FUZZ_SEED, caseSeed } from './runner';

const runs = process.argv[2] ? Number(process.argv[2]) : undefined;
const only = process.argv[3];

for (const c of ALL_CASES) {
  if (only && !c.name.includes(only)) continue;
  const kinds = new Map<string, { count: number; example: string; detail: string }>();
  const values = fc.sample(c.arbitrary, {
    numRuns: runs ?? c.runs,
    seed: caseSeed(c.name),
  });
  for (const value of values) {
    const found = c.check(value);
    const seen = new Set<string>();
    for (const v of found) {
      const kind = `[${v.property}] ${v.kind}`;
      if (seen.has(kind)) continue;
      seen.add(kind);
      const known = kinds.get(kind);
      if (!known) kinds.set(kind, { count: 1, example: fc.stringify(value), detail: v.detail });
      else if (++known.count <= 50) {
        // The shortest of the first fifty examples.
        const example = fc.stringify(value);
        if (example.length < known.example.length)
          Object.assign(known, { example, detail: v.detail });
      }
    }
  }
  console.log(`\n=== ${c.name}: ${values.length} inputs (FUZZ_SEED=${FUZZ_SEED})`);
  for (const [kind, { count, example, detail }] of [...kinds].sort(
    (a, b) => b[1].count - a[1].count,
  )) {
    console.log(`--- ${kind}: ${count} input(s); e.g. ${detail}`);
    console.log(example.length > 3000 ? `${example.slice(0, 3000)}…` : example);
  }
}
