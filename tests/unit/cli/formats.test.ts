/** The command line takes files as arguments, whatever their format, told apart by content. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../../src/cli/run';
import { KUMU_CONNECTIONS, KUMU_ELEMENTS, workbook } from '../../fixtures/formats/workbooks';

const encoder = new TextEncoder();
const GEXF = 'tests/fixtures/formats/les-miserables.gexf';

async function atlas(argv: string[], files: Record<string, string | Uint8Array>) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: (path) => {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return typeof content === 'string' ? encoder.encode(content) : content;
    },
  };
  const status = await run(argv, io);
  return { status, stdout, stderr };
}

const ORGANIZATIONS = 'id,name,sector,country\no1,Uno,cooperativa,MX\no2,Dos,government,MX\n';
const LINKS = 'source,target,weight\no1,o2,2\n';

describe('files given as arguments', () => {
  it('analyze --json reads a Gephi GEXF file', async () => {
    const result = await atlas(['analyze', '--json', '--effects', '0', GEXF], {
      [GEXF]: readFileSync(GEXF),
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as {
      summary: { organizations: number; links: number; ties: number };
      organizations: { id: string; name: string; attributes: Record<string, string> }[];
    };
    expect(report.summary).toMatchObject({ organizations: 77, links: 254, ties: 254 });
    const valjean = report.organizations.find((o) => o.id === '11')!;
    expect(valjean).toMatchObject({ name: 'Valjean', attributes: { 'Modularity Class': '1' } });
  });

  it('validate reads a Kumu workbook and names the sheet and row of each message', async () => {
    const bytes = workbook({ Elements: KUMU_ELEMENTS, Connections: KUMU_CONNECTIONS });
    const result = await atlas(['validate', 'mapa.xlsx'], { 'mapa.xlsx': bytes });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('mapa.xlsx › Connections:5:To warning unknown_endpoint');
    // Kumu's Label is the id (no ID column), and a note says so.
    expect(result.stdout).toContain('info name_as_id');
    expect(result.stdout.trim().split('\n').at(-1)).toBe(
      '0 errors, 1 warning, 3 info (5 organisations, 6 links).',
    );
  });

  it('analyze reads two CSV files in either order, as --orgs and --links do', async () => {
    const files = { 'a.csv': LINKS, 'b.csv': ORGANIZATIONS };
    const given = await atlas(['analyze', '--json', 'a.csv', 'b.csv'], files);
    const named = await atlas(['analyze', '--json', '--orgs', 'b.csv', '--links', 'a.csv'], files);
    expect(given.status).toBe(0);
    expect(given.stdout).toBe(named.stdout);
  });

  it('names a missing file as an input file', async () => {
    const result = await atlas(['analyze', 'nope.gexf'], {});
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('The input file nope.gexf does not exist.\n');
  });

  it('says in one sentence why a broken GEXF file cannot be used', async () => {
    const result = await atlas(['validate', 'roto.gexf'], {
      'roto.gexf': '<?xml version="1.0"?>\n<gexf><graph><nodes>\n<node id="a">\n</graph></gexf>',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'roto.gexf is not well-formed XML (line 4: </graph> closes <node>, opened on line 3), so it cannot be read; export it again.\n',
    );
  });
});
