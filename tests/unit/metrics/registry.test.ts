/**
 * The metric descriptors are the one list everything is derived from: every output of every
 * descriptor must be in `analyze --json` (run as the command line runs it) with the type it
 * says, in the README's table, in the command line's help, and every name and definition must
 * be given in the app's three languages, each its own (no language left in English).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../../src/cli/run';
import { LANGUAGES } from '../../../src/core/languages';
import {
  METRICS,
  metricTable,
  outputPath,
  type MetricDescriptor,
} from '../../../src/core/metrics/registry';
import type { AnalysisReport } from '../../../src/core/report/reportTypes';

const DESCRIPTORS = METRICS as readonly MetricDescriptor[];

/** Names that are the same word in every language (a proper name): every other name differs. */
const SAME_IN_EVERY_LANGUAGE = ['pagerank'];

/** The values at a path such as `organizations[].brokerage.liaison` in the report. */
function valuesAt(report: unknown, path: string): unknown[] {
  let values: unknown[] = [report];
  for (const part of path.split('.')) {
    const key = part.replace('[]', '');
    values = values.map((v) => (v as Record<string, unknown>)[key]);
    if (part.endsWith('[]')) values = values.flatMap((v) => v as unknown[]);
  }
  return values;
}

async function analyzeJson(...extra: string[]): Promise<{ report: AnalysisReport; help: string }> {
  const out: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => out.push(text),
    readFile: (path) => new Uint8Array(readFileSync(path)),
  };
  const args = [
    'analyze',
    '--orgs',
    'datasets/illustrative/organizations.csv',
    '--links',
    'datasets/illustrative/links.csv',
    '--json',
    ...extra,
  ];
  expect(await run(args, io)).toBe(0);
  const report = JSON.parse(out.join('')) as AnalysisReport;
  const help: string[] = [];
  await run(['--help'], { ...io, stdout: (text) => help.push(text) });
  return { report, help: help.join('') };
}

describe('the metric descriptors', () => {
  it('have distinct ids, a networkx reference and at least one output each', () => {
    expect(new Set(DESCRIPTORS.map((m) => m.id)).size).toBe(DESCRIPTORS.length);
    const paths = DESCRIPTORS.flatMap((m) => m.outputs.map(outputPath));
    expect(new Set(paths).size, 'an output belongs to one descriptor').toBe(paths.length);
    for (const metric of DESCRIPTORS) {
      expect(metric.networkx.length, metric.id).toBeGreaterThan(0);
      expect(metric.outputs.length, metric.id).toBeGreaterThan(0);
      if (metric.measure) {
        expect(metric.scope, metric.id).toBe('organization');
        expect(
          metric.outputs.map((o) => o.key),
          metric.id,
        ).toEqual([metric.id]);
      }
    }
  });

  it('name and define every measure in es, en and fr, each in its own words', () => {
    for (const metric of DESCRIPTORS) {
      for (const language of LANGUAGES) {
        expect(metric.name[language].trim(), `${metric.id} name ${language}`).not.toBe('');
        expect(metric.definition[language].trim(), `${metric.id} ${language}`).not.toBe('');
        // A name that is the id itself is an untranslated label (`effective_size`).
        expect(metric.name[language], `${metric.id} name ${language}`).not.toMatch(/_/);
      }
      // Definitions are sentences in three languages: never one copied into another.
      expect(new Set(LANGUAGES.map((l) => metric.definition[l])).size, metric.id).toBe(3);
      // Names too, but for a proper name, which is then the same everywhere.
      const names = new Set(LANGUAGES.map((l) => metric.name[l])).size;
      expect(names, `${metric.id} names`).toBe(SAME_IN_EVERY_LANGUAGE.includes(metric.id) ? 1 : 3);
    }
  });

  it('give outputs that `analyze --json` carries, with the type they say (plain and --weighted)', async () => {
    for (const extra of [[], ['--weighted', '--seed', '3']]) {
      const { report, help } = await analyzeJson(...extra);
      for (const metric of DESCRIPTORS) {
        expect(help, metric.id).toContain(`  ${metric.id} `);
        for (const output of metric.outputs) {
          const path = outputPath(output);
          if (output.type === 'list') {
            // A list (of ids, names or entries) may rightly be empty; it is never missing.
            const [list] = valuesAt(report, path);
            expect(Array.isArray(list) || (output.nullable && list === null), path).toBe(true);
            continue;
          }
          const values = valuesAt(report, path).flat(2);
          expect(values.length, path).toBeGreaterThan(0);
          // The illustrative network defines every measure for someone.
          expect(
            values.some((value) => value !== null),
            `${path} all null`,
          ).toBe(true);
          for (const value of values) {
            if (value === null) expect(output.nullable, `${path} null`).toBe(true);
            else if (output.type === 'integer') expect(Number.isInteger(value), path).toBe(true);
            else expect(typeof value, path).toBe('number');
          }
        }
      }
    }
  });

  it('are what the README’s metric table shows, every output named (npx tsx scripts/metric-table.ts)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(metricTable());
    const table = readme.slice(
      readme.indexOf('<!-- metric-table:start -->'),
      readme.indexOf('<!-- metric-table:end -->'),
    );
    for (const metric of DESCRIPTORS) {
      const row = table.split('\n').find((line) => line.startsWith(`| \`${metric.id}\` |`));
      expect(row, metric.id).toBeDefined();
      for (const output of metric.outputs)
        expect(row, metric.id).toContain(`\`${outputPath(output)}\``);
    }
  });
});
