/** `analyze --years` and `compare` (README, the command line), in-process as run.test.ts. */
import { describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../../src/cli/run';
import type { PeriodComparison } from '../../../src/core/report/comparePeriods';
import type { AnalysisReport } from '../../../src/core/report/reportTypes';

const encoder = new TextEncoder();

const ORGANIZATIONS = [
  'id,name,sector,country',
  'o1,Cooperativa,cooperative,MX',
  'o2,Secretaría,government,MX',
  'o3,Université,academia,FR',
  'o4,Red,network,CO',
].join('\n');

/**
 * 2015–2019: o1–o2 (ends 2016), o2–o3 (begins 2018), o3–o4 (no start, ends 2022).
 * 2020–2025: o2–o3, o1–o3 (begins 2021), o3–o4 (ends 2022). o1–o4 (2010–2012) is in neither.
 */
const LINKS = [
  'source,target,type,weight,directed,since,until',
  'o1,o2,policy,1,false,2014,2016',
  'o2,o3,research,1,false,2018,',
  'o1,o3,trade,1,false,2021,',
  'o3,o4,network,1,false,,2022',
  'o1,o4,partnership,1,false,2010,2012',
].join('\n');

async function atlas(argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const files: Record<string, string> = { 'orgs.csv': ORGANIZATIONS, 'links.csv': LINKS };
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: (path) => {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return encoder.encode(content);
    },
  };
  const status = await run(argv, io);
  return { status, stdout, stderr };
}

const BOTH = ['--orgs', 'orgs.csv', '--links', 'links.csv'];

describe('atlas analyze --years', () => {
  it('analyses only the alliances active in those years, and says which', async () => {
    const result = await atlas(['analyze', ...BOTH, '--years', '2020-2025', '--json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as AnalysisReport;
    expect(report.period).toEqual({ from: 2020, to: 2025 });
    expect(report.links.map((l) => `${l.source}-${l.target}`)).toEqual(['o2-o3', 'o1-o3', 'o3-o4']);
    expect(report.summary.ties).toBe(3);
    // Without o1–o2, the cooperative and the government have no tie between them.
    expect(report.gaps.sector_pairs[0]!.observed).toBe(0);
    const all = JSON.parse((await atlas(['analyze', ...BOTH, '--json'])).stdout) as AnalysisReport;
    expect(all.period).toBeNull();
    expect(all.links.length).toBe(5);
  });

  it('takes one year, and says so in the text output', async () => {
    const result = await atlas(['analyze', ...BOTH, '--years', '2016']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Alliances active in 2016–2016 only\n');
    expect(result.stdout).toContain('Links: 2 (2 ties between distinct pairs)\n');
  });

  it.each([
    ['abc', /--years option needs a year range such as 2015-2019 .*not "abc"\.$/],
    ['2019-2015', /--years range 2019-2015 ends before it starts: write 2015-2019\.$/],
    ['15-19', /needs a year range/],
    ['2015-', /needs a year range/],
  ])('refuses --years %s with one sentence and exit 2', async (years, message) => {
    const result = await atlas(['analyze', ...BOTH, '--years', years]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr.trimEnd()).toMatch(message);
  });

  it('refuses --effects that is not a whole number', async () => {
    const result = await atlas(['analyze', ...BOTH, '--effects', 'all']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('The --effects option needs a whole number, not "all".\n');
  });
});

describe('atlas compare', () => {
  it('prints begun, ended, kept, density, components and shares for each period', async () => {
    const result = await atlas([
      'compare',
      ...BOTH,
      '--years',
      '2015-2019',
      '--against',
      '2020-2025',
      '--json',
    ]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const { periods } = JSON.parse(result.stdout) as PeriodComparison;
    const [first, second] = periods;
    expect(first).toMatchObject({
      years: { from: 2015, to: 2019 },
      links: 3,
      begun: 1,
      ended: 1,
      kept: 2,
      organizations: 4,
      active_organizations: 4,
      ties: 3,
      density: 0.5,
      components: 1,
      cross_sector_share: 1,
    });
    // o2–o3 and o3–o4 are international, o1–o2 national.
    expect(first!.international_share).toBeCloseTo(2 / 3, 12);
    expect(second).toMatchObject({
      years: { from: 2020, to: 2025 },
      links: 3,
      begun: 1,
      ended: 1,
      kept: 2,
      active_organizations: 4,
      density: 0.5,
      components: 1,
      cross_sector_share: 1,
      international_share: 1,
    });
    expect(first!.mixing.sectors).toEqual(['academia', 'cooperative', 'government', 'network']);
    // 2015–2019: academia–government (o2–o3), academia–network, cooperative–government.
    expect(first!.mixing.observed).toEqual([
      [0, 0, 1, 1],
      [0, 0, 1, 0],
      [1, 1, 0, 0],
      [1, 0, 0, 0],
    ]);
  });

  it('prints a table for people', async () => {
    const result = await atlas(['compare', ...BOTH, '--years', '2015-2019', '--against', '2020']);
    expect(result.status).toBe(0);
    // 2020 alone: o2–o3 and o3–o4 (o1–o3 begins in 2021).
    expect(result.stdout).toMatch(/^ +2015–2019 +2020$/m);
    expect(result.stdout).toMatch(/^Kept \(active in both periods\) +2 +2$/m);
    expect(result.stdout).toMatch(/^Components +1 +2$/m);
    expect(result.stdout).toMatch(/^International links +66\.7 % +100\.0 %$/m);
    expect(result.stdout).toContain('Mixing 2015–2019 (observed ties / expected):');
    expect(result.stdout).toContain('Mixing 2020 (observed ties / expected):');
  });

  it.each([
    [['compare', ...BOTH, '--years', '2015-2019'], /compare needs --years Y1-Y2 and --against/],
    [['compare', ...BOTH, '--against', '2015-2019'], /compare needs --years Y1-Y2 and --against/],
    [
      ['compare', ...BOTH, '--years', '2015-2019', '--against', 'later'],
      /--against option needs a year range/,
    ],
    [['analyze', ...BOTH, '--against', '2015'], /Unknown option --against for analyze/],
  ])('refuses %j with one sentence and exit 2', async (argv, message) => {
    const result = await atlas(argv);
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});
