import { describe, expect, it } from 'vitest';
import {
  copyName,
  holdsWork,
  newWorkspace,
  nextName,
  readWorkspace,
} from '../../../src/core/workspace/workspace';
import { EMPTY_HISTORY } from '../../../src/core/edit/history';

const OPENING = { layout: 'force', colourBy: 'sector', filters: { sectors: [] } };

describe('a workspace as read back from storage', () => {
  it('keeps its files (bytes or blobs), its name, its column mapping and its view', () => {
    const mapping = new Map([['a.csv', new Map([['Nombre', 'name']])]]);
    const raw = {
      format: 1,
      summary: {
        name: 'Foro',
        created: 1,
        saved: 2,
        datasetName: 'a.csv',
        organizations: 3,
        links: 4,
      },
      sources: [
        {
          files: [
            { name: 'a.csv', data: new Uint8Array([1, 2]) },
            { name: 'b.csv', data: new Blob(['x']) },
          ],
          name: 'a.csv + b.csv',
          columnMapping: mapping,
        },
        { files: [{ name: 'c.gexf', data: new Uint8Array([3]) }], name: 'c.gexf' },
      ],
      view: { layout: 'sector' },
    };
    const workspace = readWorkspace(raw, 'w1')!;
    expect(workspace.summary).toEqual({
      id: 'w1',
      name: 'Foro',
      created: 1,
      saved: 2,
      datasetName: 'a.csv',
      organizations: 3,
      links: 4,
    });
    expect(workspace.sources.map((s) => s.files.map((f) => f.name))).toEqual([
      ['a.csv', 'b.csv'],
      ['c.gexf'],
    ]);
    expect(workspace.sources[0]?.columnMapping).toEqual(mapping);
    expect(workspace.view).toEqual({ layout: 'sector' });
  });

  it('reads what is no workspace as none, and damaged parts as absent, never throwing', () => {
    expect(readWorkspace(null, 'w')).toBeNull();
    expect(readWorkspace('text', 'w')).toBeNull();
    expect(readWorkspace({ summary: {} }, 'w')).toBeNull();
    const damaged = readWorkspace(
      {
        format: 1,
        summary: { name: '  ', saved: 'soon' },
        sources: [{ files: [{ name: 1 }] }],
        view: [],
      },
      'w2',
    )!;
    expect(damaged.summary.name).toBe('w2');
    expect(damaged.summary.saved).toBe(0);
    expect(damaged.sources).toEqual([]);
    expect(damaged.view).toBeNull();
    const badMapping = readWorkspace(
      {
        format: 1,
        summary: {},
        source: {
          files: [{ name: 'a', data: new Uint8Array() }],
          columnMapping: new Map([['a', 3]]),
        },
      },
      'w3',
    )!;
    expect(badMapping.sources[0]?.columnMapping).toBeUndefined();
    // An import that cannot be read ends the list: what was added to it means nothing alone.
    const broken = readWorkspace(
      {
        format: 1,
        summary: {},
        sources: [
          { files: [{ name: 'a.csv', data: new Uint8Array() }], name: 'a.csv' },
          { files: 'lost', name: 'b.csv' },
          { files: [{ name: 'c.csv', data: new Uint8Array() }], name: 'c.csv' },
        ],
      },
      'w4',
    )!;
    expect(broken.sources.map((s) => s.name)).toEqual(['a.csv']);
  });
});

describe('what a workspace holds', () => {
  it('holds work with files of its own, or a view other than the opening one', () => {
    const empty = newWorkspace('w', 'Workspace 1', 5);
    expect(holdsWork(empty, OPENING)).toBe(false);
    expect(holdsWork({ ...empty, view: { ...OPENING } }, OPENING)).toBe(false);
    expect(holdsWork({ ...empty, view: { ...OPENING, layout: 'geographic' } }, OPENING)).toBe(true);
    expect(
      holdsWork({ ...empty, view: { ...OPENING, filters: { sectors: ['cooperative'] } } }, OPENING),
    ).toBe(true);
    expect(
      holdsWork(
        {
          ...empty,
          sources: [{ files: [{ name: 'a.csv', data: new Uint8Array() }], name: 'a.csv' }],
        },
        OPENING,
      ),
    ).toBe(true);
    // Files added to the illustrative network are work of one's own; the network alone is not.
    const illustrative = { files: [], name: 'dataset.illustrative' };
    expect(holdsWork({ ...empty, sources: [illustrative] }, OPENING)).toBe(false);
    expect(
      holdsWork(
        {
          ...empty,
          sources: [
            illustrative,
            { files: [{ name: 'b.csv', data: new Uint8Array() }], name: 'b.csv' },
          ],
        },
        OPENING,
      ),
    ).toBe(true);
  });

  it('holds work with edits, even undone ones, and reads a workspace saved before edits as none', () => {
    const empty = newWorkspace('w', 'Workspace 1', 5);
    expect(empty.edits).toEqual(EMPTY_HISTORY);
    const edit = { organizations: [], links: [] };
    expect(
      holdsWork({ ...empty, edits: { entries: [{ edit, imports: 1 }], done: 0 } }, OPENING),
    ).toBe(true);
    const { edits: _none, ...older } = empty;
    expect(readWorkspace(older, 'w')?.edits).toEqual(EMPTY_HISTORY);
  });
});

describe('workspace names', () => {
  it('numbers new workspaces after the ones taken', () => {
    expect(nextName('Workspace', [])).toBe('Workspace 1');
    expect(nextName('Workspace', ['Workspace 1', 'Workspace 3'])).toBe('Workspace 2');
  });

  it('numbers a copy when its name is taken', () => {
    expect(copyName('Foro (copia)', ['Foro'])).toBe('Foro (copia)');
    expect(copyName('Foro (copia)', ['Foro', 'Foro (copia)'])).toBe('Foro (copia) 2');
  });
});
