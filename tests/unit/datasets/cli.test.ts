import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ArgsError, parseGeneratorArgs } from '../../../datasets/generator/args';
import { generateNetwork, networkToCsv } from '../../../datasets/generator/network';

const MAIN = resolve(__dirname, '../../../datasets/generator/main.ts');
const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { encoding: 'utf8' });

describe('parseGeneratorArgs', () => {
  it('reads both flag styles and defaults the seed', () => {
    expect(
      parseGeneratorArgs(['--organizations', '10', '--links=20', '--seed', 'abc', '--out', 'x']),
    ).toEqual({ organizations: 10, links: 20, seed: 'abc', out: 'x' });
    expect(parseGeneratorArgs(['--out', 'y', '--links', '0', '--organizations', '1']).seed).toBe(
      '1',
    );
  });

  it.each([
    [[], /--organizations is missing/],
    [['--organizations', '10', '--links', '5'], /--out is missing/],
    [['--organizations', 'ten', '--links', '5', '--out', 'x'], /--organizations must be/],
    [['--organizations', '10', '--links', '-5', '--out', 'x'], /needs a value|--links must be/],
    [['--organizations', '10', '--links', '46', '--out', 'x'], /at most 45/],
    [['--organizations', '0', '--links', '0', '--out', 'x'], /at least 1/],
    [['--organizations', '10', '--links', '5', '--out', 'x', '--colour', 'red'], /Unknown option/],
    [['--organizations', '10', '--organizations', '5', '--links', '1', '--out', 'x'], /twice/],
    [['stray'], /Unexpected argument/],
  ])('rejects %j with one sentence', (argv, message) => {
    expect(() => parseGeneratorArgs(argv)).toThrow(ArgsError);
    expect(() => parseGeneratorArgs(argv)).toThrow(message);
  });
});

describe('npm run generate', () => {
  it('writes the two CSV files of generateNetwork', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-generate-'));
    try {
      const out = join(dir, 'net');
      const result = run(['--organizations', '60', '--links', '150', '--seed', '9', '--out', out]);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/60 organisations and 150 links/);
      const expected = networkToCsv(generateNetwork({ organizations: 60, links: 150, seed: '9' }));
      expect(readFileSync(join(out, 'organizations.csv'), 'utf8')).toBe(expected.organizations);
      expect(readFileSync(join(out, 'links.csv'), 'utf8')).toBe(expected.links);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('exits 2 with one sentence on bad arguments', () => {
    const result = run(['--organizations', '3', '--links', '10', '--out', 'never-written']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/at most 3 distinct pairs/);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  }, 30_000);
});
