/**
 * The illustrative network read straight from its CSV files (no app code), so that the stories
 * it was built to tell are checked even when the import pipeline changes.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { SECTORS } from '../../../src/core/model/types';
import { illustrativeCsv } from '../../../datasets/illustrative/build';
import { scopeBetween } from '../../../datasets/generator/places';

const DIR = resolve(__dirname, '../../../datasets/illustrative');
const text = (file: string) => readFileSync(resolve(DIR, file), 'utf8');
const rows = (file: string) =>
  Papa.parse<Record<string, string>>(text(file), { header: true, skipEmptyLines: true });

const orgFile = rows('organizations.csv');
const linkFile = rows('links.csv');
const orgs = orgFile.data;
const links = linkFile.data;
const byId = new Map(orgs.map((o) => [o.id!, o]));
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

const partners = new Map<string, Set<string>>();
for (const l of links) {
  for (const [a, b] of [
    [l.source!, l.target!],
    [l.target!, l.source!],
  ] as const) {
    if (!partners.has(a)) partners.set(a, new Set());
    partners.get(a)!.add(b);
  }
}

describe('illustrative dataset files', () => {
  it('are exactly what build.ts writes (regenerate with npx tsx datasets/illustrative/build.ts)', () => {
    const built = illustrativeCsv();
    expect(text('organizations.csv')).toBe(built.organizations);
    expect(text('links.csv')).toBe(built.links);
  });

  it('are UTF-8 CSV with English headers, no BOM, no parse errors', () => {
    for (const file of ['organizations.csv', 'links.csv']) {
      const raw = readFileSync(resolve(DIR, file));
      expect(raw[0]).not.toBe(0xef);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(raw)).toContain('\n');
    }
    expect(orgFile.errors).toEqual([]);
    expect(linkFile.errors).toEqual([]);
    expect(orgFile.meta.fields).toEqual([
      'id',
      'name',
      'sector',
      'country',
      'region',
      'city',
      'lat',
      'lon',
      'scope',
      'themes',
      'aliases',
      'website',
      'founded',
    ]);
    expect(linkFile.meta.fields).toEqual([
      'source',
      'target',
      'type',
      'weight',
      'directed',
      'since',
      'until',
      'themes',
    ]);
  });

  it('holds 212 organisations and 486 links between known, distinct organisations', () => {
    expect(orgs).toHaveLength(212);
    expect(links).toHaveLength(486);
    expect(byId.size).toBe(212);
    for (const l of links) {
      expect(byId.has(l.source!) && byId.has(l.target!)).toBe(true);
      expect(l.source).not.toBe(l.target);
    }
  });

  it('covers every sector, every scope, several themes and the years 2015–2025', () => {
    expect(new Set(orgs.map((o) => o.sector))).toEqual(new Set(SECTORS));
    const scopes = links.map((l) => scopeBetween(byId.get(l.source!)!, byId.get(l.target!)!));
    expect(new Set(scopes)).toEqual(new Set(['local', 'national', 'regional', 'international']));
    const count = (scope: string) => scopes.filter((s) => s === scope).length;
    expect([count('local'), count('national'), count('regional'), count('international')]).toEqual([
      245, 96, 62, 83,
    ]);
    const themes = new Set(links.flatMap((l) => l.themes!.split(';').filter(Boolean)));
    expect(themes.size).toBeGreaterThanOrEqual(8);
    const since = links.map((l) => Number(l.since));
    expect(Math.min(...since)).toBe(2015);
    expect(Math.max(...since)).toBe(2025);
    const covid = since.filter((y) => y === 2020 || y === 2021).length;
    expect(covid / links.length).toBeGreaterThan(0.25);
    const ended = links.filter((l) => l.until !== '');
    expect(ended.length).toBeGreaterThan(10);
    for (const l of ended) expect(Number(l.until)).toBeGreaterThan(Number(l.since));
    for (const l of links) expect(['1', '2', '3', '4', '5']).toContain(l.weight);
  });

  it('uses only fake example.org websites', () => {
    for (const o of orgs)
      if (o.website) expect(o.website).toMatch(/^https:\/\/[a-z0-9-]+\.example\.org$/);
  });

  it('has the handful of isolated organisations it documents', () => {
    const isolated = orgs.filter((o) => !partners.has(o.id!)).map((o) => o.id);
    expect(isolated.sort()).toEqual(
      ['cl-reciclajes', 'gt-memoria', 'kr-youthlab', 'mx-restauranteros', 'mx-trajineras'].sort(),
    );
  });

  it('has parallel links: same pair, different type', () => {
    const types = new Map<string, Set<string>>();
    for (const l of links) {
      const key = pairKey(l.source!, l.target!);
      if (!types.has(key)) types.set(key, new Set());
      types.get(key)!.add(l.type!);
    }
    const parallel = [...types.values()].filter((t) => t.size > 1);
    expect(parallel).toHaveLength(10);
  });

  it('tells its stories: brokers, a union with few sectors, a sector gap', () => {
    const international = new Set(
      orgs.filter((o) => o.sector === 'international').map((o) => o.id),
    );
    const cityCoops = orgs.filter(
      (o) => o.sector === 'cooperative' && o.city === 'Ciudad de México',
    );
    expect(cityCoops.length).toBeGreaterThan(15);
    // Mexico City's cooperatives reach international bodies only through intermediaries …
    for (const coop of cityCoops) {
      for (const p of partners.get(coop.id!) ?? []) expect(international.has(p)).toBe(false);
    }
    // … of which the three brokers are tied to international bodies directly.
    for (const broker of ['mx-dgess', 'mx-lab-ess', 'mx-fenacoop']) {
      expect([...partners.get(broker)!].some((p) => international.has(p))).toBe(true);
    }
    const union = [...partners.get('mx-sithc')!].map((p) => byId.get(p)!.sector);
    expect(new Set(union)).toEqual(
      new Set(['cooperative', 'civil_society', 'movement', 'government', 'international']),
    );
    const privateMovement = links.filter(
      (l) =>
        new Set([byId.get(l.source!)!.sector, byId.get(l.target!)!.sector]).size === 2 &&
        [byId.get(l.source!)!.sector, byId.get(l.target!)!.sector].sort().join() ===
          'movement,private',
    );
    expect(privateMovement).toHaveLength(1);
  });
});
