/** The facts about datasets/tiny that datasets/README.md promises to other tests. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { scopeBetween } from '../../../datasets/generator/places';

const DIR = resolve(__dirname, '../../../datasets/tiny');
const rows = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(resolve(DIR, file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });

const orgs = rows('organizations.csv').data;
const links = rows('links.csv').data;
const byId = new Map(orgs.map((o) => [o.id!, o]));

describe('tiny dataset', () => {
  it('has 10 organisations, 14 links, 13 ties', () => {
    expect(orgs).toHaveLength(10);
    expect(links).toHaveLength(14);
    const pairs = new Set(links.map((l) => [l.source, l.target].sort().join('|')));
    expect(pairs.size).toBe(13);
  });

  it('has the documented degrees, one isolated organisation and two components', () => {
    const partners = new Map(orgs.map((o) => [o.id!, new Set<string>()]));
    for (const l of links) {
      partners.get(l.source!)!.add(l.target!);
      partners.get(l.target!)!.add(l.source!);
    }
    const degree = Object.fromEntries([...partners].map(([id, p]) => [id, p.size]));
    expect(degree).toEqual({
      t01: 3,
      t02: 2,
      t03: 5,
      t04: 4,
      t05: 2,
      t06: 3,
      t07: 4,
      t08: 1,
      t09: 2,
      t10: 0,
    });
    const seen = new Set<string>();
    let components = 0;
    for (const id of partners.keys()) {
      if (seen.has(id)) continue;
      components++;
      const stack = [id];
      seen.add(id);
      while (stack.length) {
        for (const p of partners.get(stack.pop()!)!) {
          if (!seen.has(p)) {
            seen.add(p);
            stack.push(p);
          }
        }
      }
    }
    expect(components).toBe(2);
  });

  it('has 8 local, 2 national, 2 regional and 2 international links', () => {
    const scopes = links.map((l) => scopeBetween(byId.get(l.source!)!, byId.get(l.target!)!));
    const count = (s: string) => scopes.filter((x) => x === s).length;
    expect([count('local'), count('national'), count('regional'), count('international')]).toEqual([
      8, 2, 2, 2,
    ]);
  });

  it('has one parallel pair and one directed link', () => {
    expect(links.filter((l) => [l.source, l.target].sort().join() === 't01,t03')).toHaveLength(2);
    expect(links.filter((l) => l.directed === 'true').map((l) => [l.source, l.target])).toEqual([
      ['t05', 't06'],
    ]);
  });
});
