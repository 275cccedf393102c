/**
 * Repeated notices are grouped (README, the data format): one message per unknown id, with its
 * count and first rows, one per kind of repeated notice, and every row still in the message.
 */
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/core/model/importDataset';
import type { ImportIssue } from '../../../src/core/issues/issues';
import { run, type CliIo } from '../../../src/cli/run';
import { csv } from '../../fixtures/import/bytes';

/** 40 organisations; links whose ends are mostly unknown ids, many pairs repeated. */
function largeFiles(rows: number, unknownIds: number) {
  const organizations = ['id,name'];
  for (let i = 0; i < 40; i++) organizations.push(`o${i},Org ${i}`);
  const links = ['source,target,weight'];
  for (let r = 0; r < rows; r++) {
    const source = r % 3 === 0 ? `u${r % unknownIds}` : `o${r % 40}`;
    links.push(`${source},o${(r * 7 + 1) % 40},${r % 50 === 0 ? 'heavy' : 1}`);
  }
  return [csv('organizations.csv', organizations.join('\n')), csv('links.csv', links.join('\n'))];
}

const only = (issues: ImportIssue[], code: ImportIssue['code']) =>
  issues.filter((i) => i.code === code);

describe('grouped messages', () => {
  const d = importDataset(largeFiles(7346, 176));

  it('say one thing once per unknown id, with its count and every row', () => {
    const unknown = only(d.issues, 'unknown_endpoint');
    expect(unknown).toHaveLength(176);
    const u5 = unknown.find((i) => i.params.value === 'u5')!;
    const rowsOfU5 = d.links.filter((l) => l.source === 'u5').map((l) => l.row);
    expect(u5.rows).toEqual(rowsOfU5);
    expect(u5.count).toBe(rowsOfU5.length);
    expect(u5.row).toBe(rowsOfU5[0]);
    expect(u5).toMatchObject({ level: 'warning', file: 'links.csv', column: 'source' });
    const first = rowsOfU5.slice(0, 5).join(', ');
    expect(u5.message).toBe(
      `"u5" matches no organisation; the ${rowsOfU5.length} links naming it (rows ${first}, …) were tied to a placeholder organisation of that name.`,
    );
    expect(u5.params).toEqual({ value: 'u5', rows: `${first}, …` });
  });

  it('say each kind of repeated notice once, its rows in order', () => {
    const parallel = only(d.issues, 'parallel_links');
    expect(parallel).toHaveLength(1);
    const [group] = parallel;
    expect(group!.count).toBeGreaterThan(6000);
    expect(group!.rows).toEqual([...group!.rows!].sort((a, b) => a - b));
    expect(group!.row).toBe(group!.rows![0]);
    expect(group!.message).toMatch(
      new RegExp(
        `^${group!.count} links repeat a pair already linked on an earlier row \\(rows ${group!.rows!.slice(0, 5).join(', ')}, …\\); all are kept and the metrics count one tie per pair, with the weights summed\\.$`,
      ),
    );
    const weights = only(d.issues, 'invalid_weight');
    expect(weights).toHaveLength(1);
    expect(weights[0]).toMatchObject({ column: 'weight', count: 147, row: 2 });
    expect(weights[0]!.message).toBe(
      `147 values of column "weight" are not positive numbers (rows 2, 52, 102, 152, 202, …; the first "heavy"); 1 was used for each.`,
    );
  });

  it('keep the messages few: 7,346 rows and 176 unknown ids give a few hundred at most', () => {
    expect(d.issues.length).toBeLessThan(200);
    // Every row that something was said about is still listed.
    const named = new Set(d.issues.flatMap((i) => i.rows ?? (i.row === null ? [] : [i.row])));
    for (const link of d.links.filter((l) => l.source.startsWith('u'))) {
      expect(named.has(link.row!)).toBe(true);
    }
  });

  it('leave a notice said once as it was, row by row', () => {
    const small = importDataset([
      csv('organizations.csv', 'id,name\na,A\nb,B\n'),
      csv('links.csv', 'source,target\na,zz\nb,a\n'),
    ]);
    expect(only(small.issues, 'unknown_endpoint')).toEqual([
      {
        level: 'warning',
        file: 'links.csv',
        row: 2,
        column: 'target',
        code: 'unknown_endpoint',
        message:
          'Target "zz" on row 2 matches no organisation; the link was tied to a placeholder organisation of that name.',
        params: { value: 'zz' },
      },
    ]);
  });

  it('come out of validate --json with their count and rows', async () => {
    const files = Object.fromEntries(largeFiles(300, 4).map((f) => [f.name, f.bytes]));
    let stdout = '';
    const io: CliIo = {
      stdout: (text) => void (stdout += text),
      stderr: () => undefined,
      readFile: (path) => files[path]!,
    };
    await run(['validate', '--orgs', 'organizations.csv', '--links', 'links.csv', '--json'], io);
    const { issues } = JSON.parse(stdout) as { issues: ImportIssue[] };
    const u1 = issues.find((i) => i.code === 'unknown_endpoint' && i.params.value === 'u1')!;
    expect(Object.keys(u1)).toEqual([
      'level',
      'file',
      'row',
      'column',
      'code',
      'message',
      'params',
      'count',
      'rows',
    ]);
    expect(u1.count).toBe(25);
    expect(u1.rows).toHaveLength(25);
  });
});
