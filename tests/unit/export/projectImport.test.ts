/** A project file opened by the import, as the app's file chooser and `atlas analyze FILE` do. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeProjectFile } from '../../../src/core/export/projectFile';
import { importDataset } from '../../../src/core/model/importDataset';
import {
  DEFAULT_VIEW,
  VIEW_FORM_VERSION,
  viewFormOf,
  type ViewForm,
} from '../../../src/core/view/viewForm';
import { illustrative } from './exported';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('importDataset with a project file', () => {
  it('gives back the dataset the project holds, told from its content', () => {
    const dataset = illustrative();
    const opened = importDataset([
      { name: 'trabajo.txt', bytes: bytes(writeProjectFile(dataset)) },
    ]);
    expect(opened.organizations).toEqual(dataset.organizations);
    expect(opened.links).toEqual(dataset.links);
    expect(opened.issues).toEqual(dataset.issues);
  });

  it('hands the links over in batches when asked to, as the app’s worker does', () => {
    const dataset = illustrative();
    const batches: number[] = [];
    const opened = importDataset([{ name: 'p.json', bytes: bytes(writeProjectFile(dataset)) }], {
      onLinks: (batch) => batches.push(batch.length),
    });
    expect(opened.links).toEqual([]);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(dataset.links.length);
  });

  it('refuses a broken project file in one sentence naming the file', () => {
    expect(() =>
      importDataset([
        { name: 'p.json', bytes: bytes('{"format":"alliance-atlas-project","version":1}') },
      ]),
    ).toThrow(/^p\.json /);
  });
});

describe('the view a project file was saved with', () => {
  const open = (settings: Record<string, unknown>): ViewForm | null => {
    let view: ViewForm | null = null;
    importDataset([{ name: 'p.json', bytes: bytes(writeProjectFile(illustrative(), settings)) }], {
      onView: (saved) => (view = saved),
    });
    return view;
  };

  it('comes back as the view’s form it was written as', () => {
    const saved = viewFormOf({
      ...DEFAULT_VIEW,
      layer: 'regional',
      colourBy: 'community',
      selectedOrganization: 'mx-sithc',
      camera: { x: 10, y: -20, zoom: 2 },
    });
    expect(open(saved)).toEqual(saved);
  });

  it('is read from the settings of the projects written before the view had a form', () => {
    const before = JSON.parse(readFileSync('tests/fixtures/view/v0.json', 'utf8'));
    expect(open(before)).toMatchObject({ version: VIEW_FORM_VERSION, layer: 'national' });
    expect(open({ colour: 'sector', size: 'betweenness' })).toEqual(DEFAULT_VIEW);
  });

  it('comes with the views saved for a story, none in a file written before them', () => {
    const story = (settings: Record<string, unknown>) => {
      let views: unknown[] = ['not called'];
      importDataset(
        [{ name: 'p.json', bytes: bytes(writeProjectFile(illustrative(), settings)) }],
        {
          onView: (_view, saved) => (views = saved),
        },
      );
      return views;
    };
    const savedViews = [
      { id: 'a', title: 'Toda la red', note: '', view: DEFAULT_VIEW },
      {
        id: 'b',
        title: 'Por sector',
        note: 'Los puentes',
        view: { ...DEFAULT_VIEW, layout: 'sector' },
      },
    ];
    expect(story({ ...DEFAULT_VIEW, savedViews })).toEqual(savedViews);
    expect(story({ ...DEFAULT_VIEW })).toEqual([]);
  });
});
