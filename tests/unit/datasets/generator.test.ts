import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { SECTORS, LINK_TYPES } from '../../../src/core/model/types';
import {
  generateNetwork,
  LINK_COLUMNS,
  networkToCsv,
  ORGANIZATION_COLUMNS,
  type GeneratedNetwork,
} from '../../../datasets/generator/network';
import { createRandom } from '../../../datasets/generator/prng';

const csvOf = (organizations: number, links: number, seed: string | number) =>
  networkToCsv(generateNetwork({ organizations, links, seed }));

function pairsOf(network: GeneratedNetwork): Set<string> {
  const pairs = new Set<string>();
  for (const l of network.links) {
    const key = l.source < l.target ? `${l.source}|${l.target}` : `${l.target}|${l.source}`;
    pairs.add(key);
  }
  return pairs;
}

describe('createRandom', () => {
  it('repeats its sequence for a seed and differs across seeds', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('generateNetwork', () => {
  it('gives the same bytes for the same seed, other bytes for another seed', () => {
    const first = csvOf(400, 1600, 7);
    const again = csvOf(400, 1600, 7);
    const other = csvOf(400, 1600, 8);
    expect(again.organizations).toBe(first.organizations);
    expect(again.links).toBe(first.links);
    expect(other.organizations).not.toBe(first.organizations);
    expect(other.links).not.toBe(first.links);
  });

  it.each([
    [1, 0],
    [2, 1],
    [5, 10],
    [30, 435],
    [30, 400],
    [200, 0],
    [1000, 5000],
  ])('makes exactly %i organisations and %i links, distinct pairs, no self link', (n, m) => {
    const network = generateNetwork({ organizations: n, links: m, seed: 'x' });
    expect(network.organizations).toHaveLength(n);
    expect(network.links).toHaveLength(m);
    const ids = new Set(network.organizations.map((o) => o.id));
    expect(ids.size).toBe(n);
    for (const l of network.links) {
      expect(l.source).not.toBe(l.target);
      expect(ids.has(l.source) && ids.has(l.target)).toBe(true);
    }
    expect(pairsOf(network).size).toBe(m);
  });

  it('looks like an SSE field: sectors, countries, communities, heavy tails', () => {
    const network = generateNetwork({ organizations: 3000, links: 12000, seed: 3 });
    const sectors = new Set(network.organizations.map((o) => o.sector));
    expect([...sectors].sort()).toEqual([...SECTORS].sort());

    const byCountry = new Map<string, number>();
    for (const o of network.organizations)
      byCountry.set(o.country, (byCountry.get(o.country) ?? 0) + 1);
    expect(byCountry.size).toBeGreaterThanOrEqual(10);
    const [top] = [...byCountry.entries()].sort((a, b) => b[1] - a[1]);
    expect(top![0]).toBe('MX');

    const community = new Map(network.organizations.map((o) => [o.id, o.community]));
    const inside = network.links.filter((l) => community.get(l.source) === community.get(l.target));
    expect(inside.length / network.links.length).toBeGreaterThan(0.6);
    expect(new Set(community.values()).size).toBeGreaterThan(10);

    const degree = new Map<string, number>();
    for (const l of network.links) {
      degree.set(l.source, (degree.get(l.source) ?? 0) + 1);
      degree.set(l.target, (degree.get(l.target) ?? 0) + 1);
    }
    const mean = (2 * network.links.length) / network.organizations.length;
    expect(Math.max(...degree.values())).toBeGreaterThan(4 * mean);

    const themes = new Set(network.organizations.flatMap((o) => o.themes));
    expect(themes.size).toBeGreaterThanOrEqual(6);
  });

  it('writes link types, weights, years and directions of README, the data format', () => {
    const network = generateNetwork({ organizations: 500, links: 2500, seed: 'types' });
    const types = new Set(network.links.map((l) => l.type));
    for (const t of types) expect(LINK_TYPES as readonly string[]).toContain(t);
    expect(types.size).toBeGreaterThanOrEqual(5);
    for (const l of network.links) {
      expect(Number.isInteger(l.weight) && l.weight >= 1 && l.weight <= 5).toBe(true);
      expect(l.since).toBeGreaterThanOrEqual(2015);
      expect(l.since).toBeLessThanOrEqual(2025);
      if (l.until !== null) {
        expect(l.until).toBeGreaterThan(l.since);
        expect(l.until).toBeLessThanOrEqual(2025);
      }
      expect(l.directed).toBe(l.type === 'funding' || l.type === 'membership');
    }
  });

  it('writes CSV that parses back to the same rows', () => {
    const network = generateNetwork({ organizations: 300, links: 900, seed: 5 });
    const csv = networkToCsv(network);
    expect(csv.organizations.charCodeAt(0)).not.toBe(0xfeff);
    const orgs = Papa.parse<string[]>(csv.organizations.trimEnd(), { header: false }).data;
    const links = Papa.parse<string[]>(csv.links.trimEnd(), { header: false }).data;
    expect(orgs[0]).toEqual([...ORGANIZATION_COLUMNS]);
    expect(links[0]).toEqual([...LINK_COLUMNS]);
    expect(orgs).toHaveLength(301);
    expect(links).toHaveLength(901);
    expect(orgs.every((row) => row.length === ORGANIZATION_COLUMNS.length)).toBe(true);
    expect(orgs.slice(1).map((row) => row[1])).toEqual(network.organizations.map((o) => o.name));
    expect(links.every((row) => row.length === LINK_COLUMNS.length)).toBe(true);
  });

  it('generates 50,000 organisations and 250,000 links', () => {
    const network = generateNetwork({ organizations: 50_000, links: 250_000, seed: 1 });
    expect(network.organizations).toHaveLength(50_000);
    expect(network.links).toHaveLength(250_000);
    expect(pairsOf(network).size).toBe(250_000);
  }, 60_000);

  it.each([
    [{ organizations: 0, links: 0 }, /organizations/],
    [{ organizations: 2.5, links: 0 }, /organizations/],
    [{ organizations: 10, links: -1 }, /links/],
    [{ organizations: 10, links: 46 }, /at most 45/],
    [{ organizations: Number.NaN, links: 1 }, /organizations/],
  ])('rejects %o with a RangeError naming the argument', (counts, message) => {
    expect(() => generateNetwork({ ...counts, seed: 1 })).toThrow(RangeError);
    expect(() => generateNetwork({ ...counts, seed: 1 })).toThrow(message);
    expect(() => generateNetwork({ ...counts, seed: 1 })).toThrow(/^generateNetwork: /);
  });
});
