import { describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../../src/cli/run';

const encoder = new TextEncoder();

const ORGANIZATIONS = [
  'id,name,sector,country,city,website',
  'o1,Cooperativa Uno,cooperativa,México,Ciudad de México,uno.example',
  'o2,Secretaría de Economía,government,MX,Ciudad de México,',
  'o3,Université Populaire,academia,Francia,Paris,',
  'o4,Red Aislada,network,CO,Bogotá,',
].join('\n');

const LINKS = [
  'source,target,type,weight,directed,since',
  'o1,o2,policy,2,false,2018',
  'o2,o1,funding,1.5,true,2020',
  'o2,o3,research,1,false,2021',
  'o1,o1,trade,1,false,',
].join('\n');

/** Same files, with one row error (duplicate id) and one dangling link. */
const ORGANIZATIONS_WITH_ERROR = `${ORGANIZATIONS}\no1,Otra,ong,FR,Paris,`;
const LINKS_WITH_DANGLING = `${LINKS}\no3,nobody,partnership,1,false,2022`;

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

function fsError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

async function atlas(
  argv: string[],
  files: Record<string, string | Uint8Array> = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: (path) => {
      if (path === 'folder') throw fsError('EISDIR');
      if (path === 'locked.csv') throw fsError('EACCES');
      const content = files[path];
      if (content === undefined) throw fsError('ENOENT');
      return typeof content === 'string' ? encoder.encode(content) : content;
    },
  };
  const status = await run(argv, io);
  return { status, stdout, stderr };
}

const FILES = { 'orgs.csv': ORGANIZATIONS, 'links.csv': LINKS };
const BOTH = ['--orgs', 'orgs.csv', '--links', 'links.csv'];

describe('atlas validate', () => {
  it('exits 0 and prints a count line when there are no errors', async () => {
    const result = await atlas(['validate', ...BOTH], FILES);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('0 errors, 1 warning, 2 info (4 organisations, 4 links).');
    expect(lines).toContain(
      'links.csv:3 info parallel_links Row 3 links the same pair as row 2 ("o2" and "o1"); both are kept and the metrics count one tie with their weights summed.',
    );
  });

  it('prints file:row:column level code message and exits 1 on errors', async () => {
    const result = await atlas(['validate', ...BOTH], {
      'orgs.csv': ORGANIZATIONS_WITH_ERROR,
      'links.csv': LINKS_WITH_DANGLING,
    });
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    const issueLines = lines.slice(0, -1);
    for (const line of issueLines) {
      expect(line).toMatch(/^(orgs|links)\.csv(:\d+)?(:[^ ]+)? (error|warning|info) [a-z_]+ \S/);
    }
    expect(issueLines.some((l) => l.startsWith('orgs.csv:6:id error duplicate_id '))).toBe(true);
    expect(issueLines.some((l) => /^links\.csv:6:target warning unknown_endpoint /.test(l))).toBe(
      true,
    );
    expect(lines.at(-1)).toMatch(/^1 error, \d+ warnings?, \d+ info \(/);
  });

  it('prints { issues, counts } with --json', async () => {
    const result = await atlas(['validate', ...BOTH, '--json'], {
      'orgs.csv': ORGANIZATIONS_WITH_ERROR,
      'links.csv': LINKS,
    });
    expect(result.status).toBe(1);
    const output = JSON.parse(result.stdout) as {
      issues: { level: string; code: string }[];
      counts: Record<string, number>;
    };
    expect(Object.keys(output)).toEqual(['issues', 'counts']);
    expect(output.counts).toEqual({
      error: output.issues.filter((i) => i.level === 'error').length,
      warning: output.issues.filter((i) => i.level === 'warning').length,
      info: output.issues.filter((i) => i.level === 'info').length,
    });
    expect(output.issues.map((i) => i.code)).toContain('duplicate_id');
  });
});

describe('atlas analyze', () => {
  it('prints a readable summary and the top organisations by degree', async () => {
    const result = await atlas(['analyze', ...BOTH], FILES);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Organisations: 4\n');
    expect(result.stdout).toContain('Links: 4 (2 ties between distinct pairs)\n');
    expect(result.stdout).toContain('Components: 2 (largest: 3 organisations)\n');
    expect(result.stdout).toContain(
      'Links by scope: local 3, national 0, regional 0, international 1, unknown 0\n',
    );
    const top = result.stdout.slice(result.stdout.indexOf('Top '));
    expect(top.split('\n').slice(0, 2)).toEqual([
      'Top 3 organisations by degree:',
      '  1. Secretaría de Economía [o2, government] — degree 2, strength 4.500',
    ]);
    expect(top).not.toContain('Red Aislada');
  });

  it('prints exactly one JSON object with the keys of README, the command line', async () => {
    const result = await atlas(['analyze', ...BOTH, '--json', '--weighted', '--seed', '7'], FILES);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as Record<string, unknown> & {
      summary: Record<string, unknown>;
      organizations: Record<string, unknown>[];
      links: Record<string, unknown>[];
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
    expect(report.summary).toMatchObject({
      organizations: 4,
      links: 4,
      ties: 2,
      components: 2,
      largest_component: 3,
      scopes: { local: 3, national: 0, regional: 0, international: 1, unknown: 0 },
    });
    expect(report.summary['density']).toBeCloseTo(2 / 6, 12);
    expect(Object.keys(report.summary)).toEqual([
      'organizations',
      'links',
      'ties',
      'components',
      'largest_component',
      'density',
      'transitivity',
      'average_clustering',
      'diameter',
      'average_path_length',
      'modularity',
      'communities',
      'sector_assortativity',
      'ei_index',
      'scopes',
    ]);
    expect(report.organizations[0]).toMatchObject({
      id: 'o1',
      name: 'Cooperativa Uno',
      sector: 'cooperative',
      country: 'MX',
      world_region: 'latin_america_caribbean',
      placeholder: false,
      degree: 1,
      strength: 3.5,
      degree_centrality: 1 / 3,
      // A leaf with one tie: no brokerage, no triangle, fully constrained by its one partner.
      betweenness: 0,
      clustering: 0,
      constraint: 1,
      effective_size: 1,
      brokerage: { coordinator: 0, consultant: 0, representative: 0, liaison: 0 },
      attributes: { website: 'uno.example' },
    });
    // Weighted closeness: distance 1 / 3.5 to o2 and 1 / 3.5 + 1 to o3, scaled by 2 of 3 reached.
    const reach = 1 / 3.5 + (1 / 3.5 + 1);
    expect(report.organizations[0]?.['closeness']).toBeCloseTo((2 / reach) * (2 / 3), 12);
    // The isolated organisation has no constraint (networkx: nan), reported as null.
    expect(report.organizations[3]).toMatchObject({
      id: 'o4',
      constraint: null,
      effective_size: null,
    });
    expect(report.links[1]).toEqual({
      source: 'o2',
      target: 'o1',
      type: 'funding',
      weight: 1.5,
      directed: true,
      since: '2020',
      until: null,
      scope: 'local',
    });
    expect(report['mixing']).toMatchObject({
      sectors: ['academia', 'cooperative', 'government', 'network'],
      observed: [
        [0, 0, 1, 0],
        [0, 0, 1, 0],
        [1, 1, 0, 0],
        [0, 0, 0, 0],
      ],
    });
  });

  it('makes a placeholder for a dangling link, or drops it with --drop-dangling', async () => {
    const files = { 'orgs.csv': ORGANIZATIONS, 'links.csv': LINKS_WITH_DANGLING };
    type Parsed = {
      summary: { links: number };
      organizations: { id: string; placeholder: boolean }[];
    };
    const kept = JSON.parse((await atlas(['analyze', ...BOTH, '--json'], files)).stdout) as Parsed;
    expect(kept.summary.links).toBe(5);
    expect(kept.organizations.find((o) => o.id === 'nobody')?.placeholder).toBe(true);
    const dropped = await atlas(['analyze', ...BOTH, '--json', '--drop-dangling'], files);
    expect(dropped.status).toBe(0);
    const parsed = JSON.parse(dropped.stdout) as Parsed;
    expect(parsed.summary.links).toBe(4);
    expect(parsed.organizations.some((o) => o.id === 'nobody')).toBe(false);
  });

  it('accepts --name=value', async () => {
    const result = await atlas(
      ['analyze', '--orgs=orgs.csv', '--links=links.csv', '--seed=3'],
      FILES,
    );
    expect(result.status).toBe(0);
  });
});

describe('atlas --help', () => {
  it('prints the usage and exits 0', async () => {
    for (const argv of [['--help'], ['help'], ['analyze', '--help']]) {
      const result = await atlas(argv);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('npm run --silent atlas -- analyze');
      expect(result.stdout).toMatch(/^ {2}betweenness +Share of shortest paths/m); // from the registry
    }
  });
});

describe('exit status 2: one sentence on stderr, no stack trace', () => {
  const binary = new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0,
    1,
  ]);
  const cases: [string, string[], Record<string, string | Uint8Array>, RegExp][] = [
    ['no command', [], {}, /No command given/],
    ['unknown command', ['analyse', ...BOTH], FILES, /Unknown command "analyse"/],
    [
      'unknown option',
      ['analyze', ...BOTH, '--colour'],
      FILES,
      /Unknown option --colour for analyze/,
    ],
    [
      'option of another command',
      ['validate', ...BOTH, '--seed', '1'],
      FILES,
      /Unknown option --seed/,
    ],
    [
      'files both as arguments and as options',
      ['analyze', ...BOTH, 'more.csv'],
      FILES,
      /Unexpected argument "more\.csv": give the files either as arguments or with --orgs and --links, not both\.\n$/,
    ],
    ['no file at all', ['validate', '--json'], FILES, /^validate needs files: /],
    ['missing --orgs', ['analyze', '--links', 'links.csv'], FILES, /needs --orgs FILE/],
    ['missing --links', ['validate', '--orgs', 'orgs.csv'], FILES, /needs --links FILE/],
    [
      'missing value',
      ['analyze', '--links', 'links.csv', '--orgs'],
      FILES,
      /--orgs option needs a file path/,
    ],
    ['option twice', ['analyze', ...BOTH, '--json', '--json'], FILES, /given twice/],
    [
      'bad seed',
      ['analyze', ...BOTH, '--seed', 'abc'],
      FILES,
      /--seed option needs a whole number/,
    ],
    [
      'missing file',
      ['analyze', '--orgs', 'nope.csv', '--links', 'links.csv'],
      FILES,
      /organisations file nope\.csv does not exist/,
    ],
    [
      'a folder',
      ['analyze', '--orgs', 'orgs.csv', '--links', 'folder'],
      FILES,
      /links file folder is a folder/,
    ],
    [
      'unreadable file',
      ['validate', '--orgs', 'locked.csv', '--links', 'links.csv'],
      FILES,
      /permission denied/,
    ],
    ['empty file', ['analyze', ...BOTH], { 'orgs.csv': '', 'links.csv': LINKS }, /orgs\.csv/],
    [
      'binary file',
      ['validate', ...BOTH],
      { 'orgs.csv': ORGANIZATIONS, 'links.csv': binary },
      /links\.csv/,
    ],
    [
      'no needed columns',
      ['analyze', ...BOTH],
      { 'orgs.csv': ORGANIZATIONS, 'links.csv': 'desde,hacia\no1,o2\n' },
      /links\.csv/,
    ],
    [
      'export without options',
      ['export'],
      {},
      /^export needs files: a workbook, a GEXF or GraphML file, or the organisations and links CSV files/,
    ],
  ];

  it.each(cases)('%s', async (_name, argv, files, message) => {
    const result = await atlas(argv, files);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.endsWith('\n')).toBe(true);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/^\s*at /m);
  });

  it('an unexpected exception still ends in one sentence', async () => {
    let stderr = '';
    const io: CliIo = {
      stdout: () => {
        throw new TypeError('stdout went away\n    at somewhere (file.ts:1:1)');
      },
      stderr: (text) => {
        stderr += text;
      },
      readFile: (path) => encoder.encode(path === 'orgs.csv' ? ORGANIZATIONS : LINKS),
    };
    expect(await run(['analyze', ...BOTH], io)).toBe(2);
    expect(stderr).toBe('Alliance Atlas stopped on an unexpected error: stdout went away.\n');
  });
});
