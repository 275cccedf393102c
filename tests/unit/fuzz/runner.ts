/**
 * Seeded, reproducible fast-check runs. Every case draws from its own stream, derived from one
 * base seed (FUZZ_SEED, fixed by default), so a failure replays with the command it prints:
 *
 *   FUZZ_SEED=<seed> FUZZ_CASE=<case> FUZZ_PATH=<path> npx vitest run tests/unit/fuzz -t '<case>'
 *
 * FUZZ_RUNS_SCALE multiplies every case's number of runs (0.1 for a quick look, 10 for a soak);
 * FUZZ_SHRINK_MS bounds the time spent shrinking a counterexample (3,000 ms by default).
 */
import fc from 'fast-check';
import type { Violation } from './properties';

export const DEFAULT_SEED = 20_240_611;

function envNumber(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`${name} must be a number, not ${JSON.stringify(raw)}`);
  return n;
}

export const FUZZ_SEED = Math.trunc(envNumber('FUZZ_SEED') ?? DEFAULT_SEED);
export const RUNS_SCALE = envNumber('FUZZ_RUNS_SCALE') ?? 1;
/** How long a case may spend shrinking its first counterexample (FUZZ_SHRINK_MS). */
export const SHRINK_BUDGET_MS = envNumber('FUZZ_SHRINK_MS') ?? 3000;

/** The seed of one case: the base seed mixed with a hash of the case's name. */
export function caseSeed(name: string, base = FUZZ_SEED): number {
  let h = 0x811c9dc5 ^ base;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Thrown inside a property with every violation the input showed. */
export class PropertyViolated extends Error {
  constructor(readonly violations: Violation[]) {
    // One line per kind of violation, with its first instance.
    const kinds = new Map<string, { first: Violation; count: number }>();
    for (const v of violations) {
      const key = `[${v.property}] ${v.kind}`;
      const known = kinds.get(key);
      if (known) known.count++;
      else kinds.set(key, { first: v, count: 1 });
    }
    const shown = [...kinds].map(
      ([key, { first, count }]) => `  ${key}${count > 1 ? ` (×${count})` : ''}: ${first.detail}`,
    );
    super(`${violations.length} violation(s):\n${shown.join('\n')}`);
    this.name = 'PropertyViolated';
  }
}

export function runsFor(runs: number): number {
  return Math.max(1, Math.round(runs * RUNS_SCALE));
}

export function replayCommand(name: string, path: string | null | undefined): string {
  const p = path ? ` FUZZ_PATH=${path}` : '';
  // vitest reads -t as a regular expression.
  const pattern = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `FUZZ_SEED=${FUZZ_SEED} FUZZ_CASE='${name}'${p} npx vitest run tests/unit/fuzz -t '${pattern}'`;
}

const MAX_REPORT = 6000;

/**
 * Checks `check` on `runs` generated values; on failure throws the shrunk counterexample, its
 * violations, and the command that replays it.
 */
export function fuzzCase<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  check: (value: T) => Violation[],
  runs: number,
): void {
  const replaying = process.env.FUZZ_CASE === name ? process.env.FUZZ_PATH : undefined;
  // Shrinking big inputs can take long: past the budget, stop there (the last counterexample
  // found still fails, and its path replays it).
  let failedAt: number | null = null;
  // Shrinking keeps the first counterexample's gravest kind of violation (P1, then P2, then P3),
  // so that a lesser defect found on the way does not stand in for it.
  let target: string | null = null;
  const property = fc.property(arbitrary, (value) => {
    if (failedAt !== null && performance.now() - failedAt > SHRINK_BUDGET_MS) return;
    const found = check(value);
    if (found.length === 0) return;
    const kinds = found.map((v) => `${v.property} ${v.kind}`);
    if (target === null) {
      failedAt = performance.now();
      target = [...kinds].sort((a, b) => a.slice(0, 2).localeCompare(b.slice(0, 2)))[0]!;
    } else if (!kinds.includes(target)) return;
    throw new PropertyViolated(found);
  });
  const details = fc.check(property, {
    seed: caseSeed(name),
    numRuns: runsFor(runs),
    ...(replaying ? { path: replaying } : {}),
  });
  if (!details.failed) return;
  const error = details.errorInstance;
  const summary =
    error instanceof PropertyViolated
      ? error.message
      : `threw ${String((error as Error)?.stack ?? error)}`;
  let report = fc.defaultReportMessage(details) ?? '';
  if (report.length > MAX_REPORT)
    report = `${report.slice(0, MAX_REPORT)}\n… (report cut at ${MAX_REPORT} characters)`;
  throw new Error(
    [
      `${name}: the property fails after ${details.numRuns} run(s), shrunk ${details.numShrinks} time(s).`,
      summary,
      `Replay: ${replayCommand(name, details.counterexamplePath)}`,
      `(case seed ${details.seed}, path ${details.counterexamplePath})`,
      '',
      report,
    ].join('\n'),
  );
}
