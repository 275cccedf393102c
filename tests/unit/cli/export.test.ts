/** `atlas export` (README, the command line), in-process as run.test.ts, files kept in a map. */
import { read, utils } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../../src/cli/run';
import { readProjectFile } from '../../../src/core/export/projectFile';
import { importDataset } from '../../../src/core/model/importDataset';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const ORGANIZATIONS = [
  'id,name,sector,country,city,website',
  'o1,=Cooperativa Uno,cooperativa,México,Ciudad de México,uno.example',
  'o2,Secretaría de Economía,government,MX,Ciudad de México,',
  'o3,Université Populaire,academia,Francia,Paris,',
  'o4,Red Aislada,network,CO,Bogotá,',
].join('\n');

const LINKS = [
  'source,target,type,weight,directed,since',
  'o1,o2,policy,2,false,2018',
  'o2,o1,funding,1.5,true,2020',
  'o2,o3,research,1,false,2021',
  'o3,nobody,trade,1,false,',
].join('\n');

const BOTH = ['--orgs', 'orgs.csv', '--links', 'links.csv'];

interface Run {
  status: number;
  stdout: string;
  stderr: string;
  written: Map<string, Uint8Array>;
}

function fsError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

async function atlas(argv: string[], folders: string[] = ['out']): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, Uint8Array>();
  const inputs: Record<string, string> = {
    'orgs.csv': ORGANIZATIONS,
    'links.csv': LINKS,
    // A name longer than an Excel cell holds.
    'long.csv': `id,name\na,${'x'.repeat(40_000)}\n`,
  };
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: (path) => {
      const content = inputs[path];
      if (content === undefined) throw fsError('ENOENT');
      return encoder.encode(content);
    },
    writeFile: (path, bytes) => {
      if (path.startsWith('missing/')) throw fsError('ENOENT');
      if (path.startsWith('locked/')) throw fsError('EACCES');
      written.set(path, bytes);
    },
    isDirectory: (path) => folders.includes(path.replace(/\/$/, '')),
  };
  const status = await run(argv, io);
  return { status, stdout, stderr, written };
}

const textOf = (run: Run, path: string) => decoder.decode(run.written.get(path));

describe('atlas export', () => {
  it('writes a GEXF file at --out, with the measures', async () => {
    const result = await atlas(['export', ...BOTH, '--format', 'gexf', '--out', 'net.gexf']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect([...result.written.keys()]).toEqual(['net.gexf']);
    expect(result.stdout).toBe('Wrote net.gexf (5 organisations, 4 links).\n');
    const gexf = textOf(result, 'net.gexf');
    expect(gexf).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(gexf).toContain('title="atlas_betweenness"');
    expect(gexf).toContain('<node id="nobody" label="nobody">');
  });

  it('writes net-organizations.csv and net-links.csv beside --out net.csv', async () => {
    const result = await atlas(['export', ...BOTH, '--format', 'csv', '--out', 'exports/net.csv']);
    expect(result.status).toBe(0);
    expect([...result.written.keys()]).toEqual([
      'exports/net-organizations.csv',
      'exports/net-links.csv',
    ]);
    expect(result.stdout).toBe(
      'Wrote exports/net-organizations.csv and exports/net-links.csv (5 organisations, 4 links).\n',
    );
    const organizations = textOf(result, 'exports/net-organizations.csv');
    expect(organizations).toContain("o1,'=Cooperativa Uno,cooperative,MX,");
    expect(organizations.split('\r\n')[0]).toContain(',website,atlas_degree,');
    // The placeholder is left to the links, which name it.
    expect(organizations).not.toContain('nobody');
    const again = importDataset([...result.written].map(([name, bytes]) => ({ name, bytes })));
    expect(again.organizations.map((o) => [o.id, o.placeholder])).toEqual([
      ['o1', false],
      ['o2', false],
      ['o3', false],
      ['o4', false],
      ['nobody', true],
    ]);
  });

  it('writes the network a layer and filters keep, measured as analyze measures it', async () => {
    const narrowed = ['--layer', 'local', '--type', 'policy', '--type', 'funding'];
    const result = await atlas([
      'export',
      ...BOTH,
      '--format',
      'csv',
      '--out',
      'local.csv',
      ...narrowed,
    ]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      'Wrote local-organizations.csv and local-links.csv (2 organisations, 2 links).\n',
    );
    const back = importDataset([...result.written].map(([name, bytes]) => ({ name, bytes })));
    expect(back.organizations.map((o) => o.id)).toEqual(['o1', 'o2']);
    expect(back.links.map((l) => l.type)).toEqual(['policy', 'funding']);
    const report = JSON.parse(
      (await atlas(['analyze', ...BOTH, '--json', ...narrowed])).stdout,
    ) as {
      organizations: { id: string; degree: number; betweenness: number }[];
    };
    const rows = textOf(result, 'local-organizations.csv')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const header = rows[0]!.split(',');
    for (const o of report.organizations) {
      const cells = rows.find((r) => r.startsWith(`${o.id},`))!.split(',');
      expect(Number(cells[header.indexOf('atlas_degree')])).toBe(o.degree);
      expect(Number(cells[header.indexOf('atlas_betweenness')])).toBe(o.betweenness);
    }
  });

  it('takes the years and the attribute filters as analyze does', async () => {
    const result = await atlas([
      'export',
      ...BOTH,
      '--format',
      'gexf',
      '--out',
      'mx.gexf',
      '--country',
      'MX',
      '--years',
      '2019',
    ]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('Wrote mx.gexf (2 organisations, 1 links).\n');
    const back = importDataset([{ name: 'mx.gexf', bytes: result.written.get('mx.gexf')! }]);
    expect(back.links.map((l) => [l.source, l.target, l.since])).toEqual([['o1', 'o2', '2018']]);
  });

  it('takes --out without an extension as the stem of the two CSV files', async () => {
    const result = await atlas(['export', ...BOTH, '--format', 'csv', '--out', 'net']);
    expect([...result.written.keys()]).toEqual(['net-organizations.csv', 'net-links.csv']);
  });

  it('writes into an existing folder, naming files after the organisations file', async () => {
    const csv = await atlas(['export', ...BOTH, '--format', 'csv', '--out', 'out']);
    expect([...csv.written.keys()]).toEqual(['out/organizations.csv', 'out/links.csv']);
    const xml = await atlas(['export', ...BOTH, '--format', 'graphml', '--out', 'out/']);
    expect([...xml.written.keys()]).toEqual(['out/orgs.graphml']);
  });

  it('writes a workbook with Kumu’s two sheets', async () => {
    const result = await atlas(['export', ...BOTH, '--format', 'xlsx', '--out', 'net.xlsx']);
    expect(result.status).toBe(0);
    const book = read(result.written.get('net.xlsx')!, { type: 'array' });
    expect(book.SheetNames).toEqual(['Elements', 'Connections']);
    const elements = utils.sheet_to_json<unknown[]>(book.Sheets.Elements!, { header: 1 });
    expect(elements[0]!.slice(0, 3)).toEqual(['ID', 'Label', 'Type']);
    expect(elements[1]!.slice(0, 2)).toEqual(['o1', '=Cooperativa Uno']);
  });

  it('writes GraphML and the project file', async () => {
    const graphml = await atlas(['export', ...BOTH, '--format', 'graphml', '--out', 'n.graphml']);
    expect(textOf(graphml, 'n.graphml')).toContain('edgedefault="undirected"');
    const json = await atlas(['export', ...BOTH, '--format', 'json', '--out', 'n.json']);
    const { project } = readProjectFile(textOf(json, 'n.json'));
    expect(project.dataset.organizations).toHaveLength(5);
    expect(project.dataset.links).toHaveLength(4);
  });

  it('passes --weighted and --seed to the analysis', async () => {
    const plain = await atlas(['export', ...BOTH, '--format', 'gexf', '--out', 'a.gexf']);
    const weighted = await atlas([
      'export',
      ...BOTH,
      '--format',
      'gexf',
      '--out',
      'b.gexf',
      '--weighted',
      '--seed',
      '3',
    ]);
    expect(weighted.status).toBe(0);
    expect(textOf(weighted, 'b.gexf')).not.toBe(textOf(plain, 'a.gexf'));
  });

  it.each([
    [
      ['export', ...BOTH, '--out', 'x.gexf'],
      /^export needs --format csv\|xlsx\|gexf\|graphml\|json and --out FILE/,
    ],
    [['export', ...BOTH, '--format', 'gexf'], /^export needs --format/],
    [
      ['export', ...BOTH, '--format', 'pdf', '--out', 'x.pdf'],
      /^Unknown export format "pdf": use one of csv, xlsx, gexf, graphml, json\.$/,
    ],
    [
      ['export', ...BOTH, '--format', 'gexf', '--out', 'missing/x.gexf'],
      /^Cannot write missing\/x\.gexf: its folder does not exist\.$/,
    ],
    [
      ['export', ...BOTH, '--format', 'csv', '--out', 'locked/x.csv'],
      /^Cannot write locked\/x-organizations\.csv: permission denied\.$/,
    ],
    [
      ['export', ...BOTH, '--format', 'csv', '--out', 'nowhere/'],
      /^The folder nowhere\/ does not exist\.$/,
    ],
    [
      ['export', ...BOTH, '--format', 'json', '--out', 'p.json', '--sector', 'academia'],
      /^The project file holds the whole network, as the app saves it: --format json takes no --layer, filter or --years\.$/,
    ],
    [
      ['export', ...BOTH, '--format', 'csv', '--out', 'x', '--sector', 'finance'],
      /^No organisation has --sector "finance": the values there are /,
    ],
    [
      ['export', 'long.csv', '--format', 'xlsx', '--out', 'long.xlsx'],
      /^Row 2 of the Elements sheet holds 40000 characters in column "Label", more than the 32767 an Excel cell can hold; export it as CSV instead\.$/,
    ],
    [
      ['export', '--orgs', 'none.csv', '--links', 'links.csv', '--format', 'csv', '--out', 'x'],
      /^The organisations file none\.csv does not exist\.$/,
    ],
  ])('refuses %j in one sentence', async (argv, message) => {
    const result = await atlas(argv);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith('\n')).toBe(true);
    expect(result.stderr.trimEnd()).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
