import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');

describe('npm run --silent atlas', () => {
  it('analyze --json on datasets/tiny prints one JSON object and exits 0', () => {
    const result = spawnSync(
      'npm',
      [
        'run',
        '--silent',
        'atlas',
        '--',
        'analyze',
        '--json',
        '--orgs',
        'datasets/tiny/organizations.csv',
        '--links',
        'datasets/tiny/links.csv',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(/^\s*at /m);
    const report = JSON.parse(result.stdout) as {
      summary: { organizations: number; links: number; ties: number };
      organizations: { id: string; degree: number }[];
      links: unknown[];
    };
    expect(Object.keys(report)).toEqual([
      'summary',
      'organizations',
      'links',
      'sectors',
      'mixing',
      'suggestions',
      'gaps',
      'suggestions_for_gaps',
      'suggestion_effects',
      'period',
      'issues',
    ]);
    expect(report.summary.organizations).toBe(report.organizations.length);
    expect(report.summary.links).toBe(report.links.length);
    expect(report.summary.ties).toBeGreaterThan(0);
  }, 60_000);
});
