/**
 * A table with a header and no rows is a table without rows, not an unusable file: Gephi exports
 * a network without alliances as an edges file with its header alone, an organisations list may
 * come with an empty links file, and a links table may come with an empty organisations file.
 */
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/core/model/importDataset';
import { run, type CliIo } from '../../../src/cli/run';
import { csv, fixture } from '../../fixtures/import/bytes';

const GEPHI_EDGES_HEADER = 'Source,Target,Type,Id,Label,Weight\r\n';
const ORGANIZATIONS = 'id,name,sector\na,Alpha,cooperative\nb,Beta,union\n';

describe('a table with a header and no rows', () => {
  it('Gephi’s edges export of a network without alliances opens, with a note', () => {
    const d = importDataset([fixture('gephi-nodes.csv'), csv('edges.csv', GEPHI_EDGES_HEADER)]);
    expect(d.organizations.map((o) => o.id)).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
    expect(d.links).toEqual([]);
    const notes = d.issues.filter((i) => i.code === 'no_links');
    expect(notes).toEqual([
      {
        level: 'info',
        file: 'edges.csv',
        row: 1,
        column: null,
        code: 'no_links',
        message: 'edges.csv has a header row but no rows of data, so the network has no alliances.',
        params: {},
      },
    ]);
    expect(d.issues.filter((i) => i.level !== 'info')).toEqual([]);
  });

  it('an edges header alone opens as an empty network', () => {
    const d = importDataset([csv('edges.csv', GEPHI_EDGES_HEADER)]);
    expect(d.organizations).toEqual([]);
    expect(d.links).toEqual([]);
    expect(d.issues.map((i) => i.code)).toContain('no_links');
  });

  it('an organisations-only list opens with no alliances, alone or with an empty links file', () => {
    const alone = importDataset([csv('organizations.csv', ORGANIZATIONS)]);
    expect(alone.organizations).toHaveLength(2);
    expect(alone.links).toEqual([]);
    const withEmpty = importDataset([
      csv('organizations.csv', ORGANIZATIONS),
      csv('links.csv', 'source,target,type\n\n'),
    ]);
    expect(withEmpty.organizations.map((o) => o.name)).toEqual(['Alpha', 'Beta']);
    expect(withEmpty.links).toEqual([]);
    expect(withEmpty.issues.map((i) => i.code)).toEqual(['no_links']);
  });

  it('an alliance table with an empty organisations file makes every end a placeholder', () => {
    const d = importDataset([
      csv('organizations.csv', 'id,name,sector,country\n'),
      csv('links.csv', 'source,target\na,b\nb,c\n'),
    ]);
    expect(d.organizations.map((o) => [o.id, o.placeholder])).toEqual([
      ['a', true],
      ['b', true],
      ['c', true],
    ]);
    expect(d.links).toHaveLength(2);
    // No warning per link end, as for a links file imported alone: a note for each file.
    expect(d.issues.filter((i) => i.level !== 'info')).toEqual([]);
    expect(d.issues.map((i) => [i.file, i.code])).toEqual([
      ['organizations.csv', 'no_organizations'],
      ['links.csv', 'unknown_endpoint'],
    ]);
    expect(d.issues[0]!.message).toBe(
      'organizations.csv has a header row but no rows of data, so the organisations are the ends the links name.',
    );
  });

  it('two empty tables open as an empty network, and analyze --json reports it', async () => {
    const files: Record<string, string> = {
      'organizations.csv': 'Id,Label\n',
      'edges.csv': GEPHI_EDGES_HEADER,
    };
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      readFile: (path) => new TextEncoder().encode(files[path] ?? ''),
    };
    const status = await run(
      ['analyze', '--orgs', 'organizations.csv', '--links', 'edges.csv', '--json'],
      io,
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as {
      summary: { organizations: number; links: number };
      issues: { code: string }[];
    };
    expect(report.summary.organizations).toBe(0);
    expect(report.summary.links).toBe(0);
    const notes = report.issues.map((i) => i.code).filter((code) => code.startsWith('no_'));
    expect(notes).toEqual(['no_organizations', 'no_links']);
  });
});
