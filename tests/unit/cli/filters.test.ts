/**
 * `analyze --layer … --sector … --years …` and `compare` with filters (README, the command line):
 * the network the Analyse area measures for the same layer and filters, by the one rule of what
 * stays (shownDataset).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../../src/cli/run';
import { NO_FILTERS, shownByFilters, shownDataset } from '../../../src/core/explore/filters';
import { importDataset } from '../../../src/core/model/importDataset';
import type { PeriodComparison } from '../../../src/core/report/comparePeriods';
import type { AnalysisReport } from '../../../src/core/report/reportTypes';

const ORGS = 'datasets/tiny/organizations.csv';
const LINKS = 'datasets/tiny/links.csv';
const BOTH = ['--orgs', ORGS, '--links', LINKS];

async function atlas(argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: (path) => readFileSync(path),
  };
  const status = await run(argv, io);
  return { status, stdout, stderr };
}

const tiny = () =>
  importDataset([
    { name: 'organizations.csv', bytes: readFileSync(ORGS) },
    { name: 'links.csv', bytes: readFileSync(LINKS) },
  ]);

describe('atlas analyze with the Explore filters', () => {
  it('analyses what the layer and filters keep, as the app does', async () => {
    const result = await atlas([
      'analyze',
      ...BOTH,
      '--json',
      '--layer',
      'local',
      '--sector',
      'cooperative',
      '--sector',
      'government',
    ]);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as AnalysisReport;
    const filters = { ...NO_FILTERS, sectors: ['cooperative', 'government'] };
    const shown = shownByFilters(tiny(), 'local', filters);
    expect(report.organizations.map((o) => o.id).sort()).toEqual([...shown.organizations].sort());
    expect(report.links.length).toBe(shown.links.size);
    // t01, t02 (cooperatives) and t03 (government) in Mexico City: four local links among them.
    expect(report.organizations.map((o) => o.id).sort()).toEqual(['t01', 't02', 't03']);
    expect(report.links.length).toBe(4);
    expect(report.summary.ties).toBe(3);
    expect(report.summary.density).toBeCloseTo(1, 12);
  });

  it('keeps, with --years, only the organisations with an alliance active then (the Explore filter)', async () => {
    const report = JSON.parse(
      (await atlas(['analyze', ...BOTH, '--json', '--years', '2015-2016'])).stdout,
    ) as AnalysisReport;
    const expected = shownDataset(tiny(), 'all', {
      ...NO_FILTERS,
      years: { from: 2015, to: 2016 },
    });
    expect(report.organizations.map((o) => o.id)).toEqual(expected.organizations.map((o) => o.id));
    expect(report.links.map((l) => `${l.source}-${l.target}`)).toEqual([
      't01-t02',
      't03-t04',
      't05-t06',
    ]);
    expect(report.period).toEqual({ from: 2015, to: 2016 });
  });

  it('heads the text output with what was kept', async () => {
    const result = await atlas(['analyze', ...BOTH, '--type', 'research', '--min-degree', '2']);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      'Dataset: organizations (alliance type research; at least 2 partners)',
    );
  });

  it('applies the filters to both periods of compare', async () => {
    const result = await atlas([
      'compare',
      ...BOTH,
      '--json',
      '--sector',
      'cooperative',
      '--years',
      '2015-2019',
      '--against',
      '2020-2025',
    ]);
    const comparison = JSON.parse(result.stdout) as PeriodComparison;
    // Only t01–t02 joins two cooperatives; it begins in 2016 and never ends.
    expect(comparison.periods.map((p) => p.links)).toEqual([1, 1]);
    // The sector filter keeps every cooperative, tied or not (no link-level filter is set).
    expect(comparison.periods[0]!.organizations).toBe(3);
  });

  it.each([
    [
      ['--sector', 'coop'],
      /^No organisation has --sector "coop": the values there are cooperative, /,
    ],
    [['--type', 'love'], /^No alliance has --type "love": the values there are /],
    [
      ['--layer', 'galactic'],
      /^The --layer option needs one of local, national, regional, international, not "galactic"\.$/,
    ],
    [['--min-weight', '-1'], /^The --min-weight option needs a number of 0 or more, not "-1"\.$/],
    [
      ['--min-degree', '1.5'],
      /^The --min-degree option needs a whole number of 0 or more, not "1\.5"\.$/,
    ],
    [['--layer', 'local', '--layer', 'national'], /^The --layer option is given twice\.$/],
  ])('refuses %j with one sentence and exit 2', async (extra, message) => {
    const result = await atlas(['analyze', ...BOTH, ...extra]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toMatch(message);
  });
});
