/** The shipped datasets as the app sees them: through importDataset, with no error or warning. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importDataset } from '../../../src/core/model/importDataset';
import { SCOPES, SECTORS, type Dataset } from '../../../src/core/model/types';
import { generateNetwork, networkToCsv } from '../../../datasets/generator/network';

const ROOT = resolve(__dirname, '../../../datasets');

function load(folder: string): Dataset {
  const file = (name: string) => ({
    name,
    bytes: new Uint8Array(readFileSync(resolve(ROOT, folder, name))),
  });
  return importDataset([file('organizations.csv'), file('links.csv')], { datasetName: folder });
}

const problems = (d: Dataset) =>
  d.issues
    .filter((i) => i.level !== 'info')
    .map((i) => `${i.file}:${i.row} ${i.code} ${i.message}`);

describe('illustrative dataset, imported', () => {
  const dataset = load('illustrative');

  it('imports without errors or warnings', () => {
    expect(problems(dataset)).toEqual([]);
    // The deliberate messages datasets/README.md lists: two extra columns, ten parallel pairs
    // (one message naming the ten rows).
    const codes = dataset.issues.map((i) => i.code);
    expect(codes.filter((c) => c === 'unknown_column')).toHaveLength(2);
    expect(dataset.issues.filter((i) => i.code === 'parallel_links').map((i) => i.count)).toEqual([
      10,
    ]);
    expect(codes).toHaveLength(3);
  });

  it('has ≥ 150 organisations and ≥ 400 links (212 and 486)', () => {
    expect(dataset.organizations).toHaveLength(212);
    expect(dataset.links).toHaveLength(486);
    expect(dataset.organizations.some((o) => o.placeholder)).toBe(false);
  });

  it('has every sector and every scope, several themes, years 2015–2025', () => {
    expect(new Set(dataset.organizations.map((o) => o.sector))).toEqual(new Set(SECTORS));
    const scopes = new Set(dataset.links.map((l) => l.scope));
    expect(scopes).toEqual(new Set(SCOPES));
    const themes = new Set([
      ...dataset.organizations.flatMap((o) => o.themes),
      ...dataset.links.flatMap((l) => l.themes),
    ]);
    expect(themes.size).toBeGreaterThanOrEqual(8);
    for (const l of dataset.links) {
      const since = Number(l.since);
      expect(since >= 2015 && since <= 2025).toBe(true);
      if (l.until !== null) expect(Number(l.until)).toBeLessThanOrEqual(2025);
    }
  });

  it('counts links per scope as datasets/README.md says', () => {
    const count = (s: string) => dataset.links.filter((l) => l.scope === s).length;
    expect({
      local: count('local'),
      national: count('national'),
      regional: count('regional'),
      international: count('international'),
    }).toEqual({ local: 245, national: 96, regional: 62, international: 83 });
  });

  it('places organisations in their world regions and keeps the extra columns', () => {
    const org = (id: string) => dataset.organizations.find((o) => o.id === id)!;
    expect(org('mx-milpa').worldRegion).toBe('latin_america_caribbean');
    expect(org('ca-rucher').worldRegion).toBe('north_america');
    expect(org('us-creditunion').worldRegion).toBe('north_america');
    expect(org('kr-gov').worldRegion).toBe('asia');
    expect(org('sn-plateforme').worldRegion).toBe('africa');
    expect(org('int-ilo').worldRegion).toBe('europe');
    expect(dataset.organizationColumns).toEqual(expect.arrayContaining(['website', 'founded']));
    expect(org('mx-milpa').attributes['website']).toBe('https://mx-milpa.example.org');
  });
});

describe('tiny dataset, imported', () => {
  const dataset = load('tiny');

  it('imports without errors or warnings', () => {
    expect(problems(dataset)).toEqual([]);
    expect(dataset.issues.map((i) => i.code)).toEqual(['parallel_links']);
  });

  it('has the facts datasets/README.md lists', () => {
    expect(dataset.organizations).toHaveLength(10);
    expect(dataset.links).toHaveLength(14);
    const count = (s: string) => dataset.links.filter((l) => l.scope === s).length;
    expect([count('local'), count('national'), count('regional'), count('international')]).toEqual([
      8, 2, 2, 2,
    ]);
    expect(dataset.links.filter((l) => l.directed).map((l) => `${l.source}>${l.target}`)).toEqual([
      't05>t06',
    ]);
    expect(new Set(dataset.organizations.map((o) => o.worldRegion))).toEqual(
      new Set(['latin_america_caribbean', 'europe']),
    );
  });
});

describe('generated network, imported', () => {
  it('imports with no error or warning and every scope', () => {
    const csv = networkToCsv(generateNetwork({ organizations: 600, links: 2400, seed: 11 }));
    const encode = (text: string) => new TextEncoder().encode(text);
    const dataset = importDataset([
      { name: 'organizations.csv', bytes: encode(csv.organizations) },
      { name: 'links.csv', bytes: encode(csv.links) },
    ]);
    expect(problems(dataset)).toEqual([]);
    expect(dataset.issues.map((i) => i.code)).toEqual(['unknown_column']);
    expect(dataset.organizations).toHaveLength(600);
    expect(dataset.links).toHaveLength(2400);
    expect(new Set(dataset.links.map((l) => l.scope))).toEqual(new Set(SCOPES));
  });
});
