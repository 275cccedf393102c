/** A project file opened by the import, as the app's file chooser and `atlas analyze FILE` do. */
import { describe, expect, it } from 'vitest';
import { writeProjectFile } from '../../../src/core/export/projectFile';
import { importDataset } from '../../../src/core/model/importDataset';
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
