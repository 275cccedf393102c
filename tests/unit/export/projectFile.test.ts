import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportDataset } from '../../../src/core/export/exportDataset';
import {
  PROJECT_VERSION,
  readProjectFile,
  writeProjectFile,
  type Migration,
} from '../../../src/core/export/projectFile';
import { UnusableInputError } from '../../../src/core/issues/issues';
import { hostile, illustrative, text } from './exported';

/** Every version's fixture: files the app wrote once, which it must always open. */
const V1 = readFileSync('tests/fixtures/project/v1.json', 'utf8');

function refusal(read: () => unknown): UnusableInputError {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(UnusableInputError);
    return error as UnusableInputError;
  }
  throw new Error('expected the file to be refused');
}

describe('the project file', () => {
  it('holds the format, its version, the dataset, the settings, and empty views, stories, edits', async () => {
    const dataset = illustrative();
    const [file] = await exportDataset(dataset, 'json', {
      metrics: null,
      stem: 'mine',
      settings: { colour: 'sector' },
    });
    expect(file!.name).toBe('mine.json');
    const parsed = JSON.parse(text(file!)) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual([
      'format',
      'version',
      'dataset',
      'settings',
      'views',
      'stories',
      'edits',
    ]);
    expect(parsed).toMatchObject({
      format: 'alliance-atlas-project',
      version: 1,
      settings: { colour: 'sector' },
      views: [],
      stories: [],
      edits: [],
    });
  });

  it.each([
    ['the illustrative network', illustrative],
    ['a hostile network', hostile],
  ])('reads back what it wrote (%s)', (_, load) => {
    const dataset = load();
    const settings = { colour: 'community', nested: { a: [1, 2] } };
    const { project, issues } = readProjectFile(writeProjectFile(dataset, settings), 'p.json');
    expect(issues).toEqual([]);
    expect(project.version).toBe(PROJECT_VERSION);
    expect(project.dataset).toEqual(dataset);
    expect(project.settings).toEqual(settings);
    expect(writeProjectFile(project.dataset, project.settings)).toBe(
      writeProjectFile(dataset, settings),
    );
  });

  it('keys the records of the data without a prototype: __proto__ is an ordinary key', () => {
    const { project } = readProjectFile(writeProjectFile(hostile()));
    const proto = project.dataset.organizations.find((o) => o.id === '__proto__')!;
    expect(Object.getPrototypeOf(proto.attributes)).toBeNull();
    expect(Object.keys(proto.attributes)).toEqual(['__proto__', 'note']);
    expect(proto.attributes.__proto__).toBe('proto');
  });

  it('opens the version 1 fixture, as every later version must', () => {
    const { project, issues } = readProjectFile(V1, 'v1.json');
    expect(issues).toEqual([]);
    const { dataset } = project;
    expect(dataset.name).toBe('fixture');
    expect(dataset.organizations.map((o) => [o.id, o.placeholder])).toEqual([
      ['coop-milpa', false],
      ['ilo', false],
      ['nobody', true],
    ]);
    expect(dataset.organizations[0]!.attributes.__proto__).toBe('kept');
    expect(dataset.links[1]).toMatchObject({
      source: 'ilo',
      target: 'nobody',
      weight: 1.5,
      directed: true,
      since: '2021-03',
      scope: 'regional',
      scopeExplicit: true,
    });
    expect(dataset.issues[0]!.code).toBe('unknown_endpoint');
    expect(project.settings).toEqual({ colour: 'sector', size: 'betweenness', weighted: false });
  });

  it('brings an older file up to date one version at a time, and says so', () => {
    const migrations: Migration[] = [
      (v1) => ({ ...v1, settings: { ...(v1.settings as object), migrated: [2] } }),
      (v2) => {
        const settings = v2.settings as { migrated: number[] };
        return { ...v2, settings: { ...settings, migrated: [...settings.migrated, 3] } };
      },
    ];
    const { project, issues } = readProjectFile(V1, 'v1.json', migrations);
    expect(project.version).toBe(3);
    expect(project.settings.migrated).toEqual([2, 3]);
    expect(issues).toEqual([
      {
        level: 'info',
        file: 'v1.json',
        row: null,
        column: null,
        code: 'project_migrated',
        message: 'The project file was saved in version 1; it was brought up to version 3.',
        params: { from: 1, to: 3 },
      },
    ]);
  });

  it('refuses a file of a newer version in one sentence', () => {
    const newer = V1.replace('"version": 1', '"version": 2');
    const error = refusal(() => readProjectFile(newer, 'new.json'));
    expect(error.message).toBe(
      'new.json was saved by a newer Alliance Atlas (project version 2); this one opens versions up to 1.',
    );
    expect(error.code).toBe('newer_project');
    expect(error.params).toEqual({ version: '2', supported: '1' });
  });

  it.each([
    ['text that is not JSON', 'id,name\na,A\n'],
    ['JSON of something else', '{"nodes": [], "edges": []}'],
    ['an array', '[]'],
    ['another format', '{"format": "kumu-blueprint", "version": 1}'],
  ])('refuses %s: not a project file', (_, content) => {
    const error = refusal(() => readProjectFile(content, 'x.json'));
    expect(error.message).toBe('x.json is not an Alliance Atlas project file.');
    expect(error.code).toBe('not_project');
  });

  it.each([
    ['version', V1.replace('"version": 1', '"version": "one"')],
    ['dataset.organizations[1].id', V1.replace('"id": "ilo"', '"id": "coop-milpa"')],
    ['dataset.organizations[0].lat', V1.replace('"lat": 19.36', '"lat": "19.36"')],
    ['dataset.links[1].target', V1.replace('"target": "nobody"', '"target": "somebody"')],
    ['dataset.links[0].weight', V1.replace('"weight": 2', '"weight": 0')],
    ['dataset.links[0].scope', V1.replace('"scope": "international"', '"scope": "galactic"')],
    [
      'dataset.organizations[0].attributes.website',
      V1.replace('"website": "milpa.example"', '"website": 7'),
    ],
    ['settings', V1.replace(/"settings": \{[^}]*\}/, '"settings": []')],
    ['views', V1.replace('"views": []', '"views": {}')],
  ])('names the first wrong value: %s', (where, content) => {
    const error = refusal(() => readProjectFile(content, 'bad.json'));
    expect(error.message).toBe(
      `bad.json is an Alliance Atlas project file, but its field ${where} is not valid.`,
    );
    expect(error.params).toEqual({ where });
  });
});
