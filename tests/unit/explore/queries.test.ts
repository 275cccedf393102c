import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { egoNetwork } from '../../../src/core/explore/egoNetwork';
import { introductions } from '../../../src/core/explore/introductions';
import type { Link } from '../../../src/core/model/types';
import { illustrative } from './illustrative';

interface Reference {
  paths: {
    from: string;
    to: string;
    distance: number | null;
    total: number;
    organizations: string[];
    chains: string[][];
  }[];
  egos: { center: string; steps: 1 | 2; organizations: string[]; ties: number }[];
}
const reference = JSON.parse(
  readFileSync('tests/fixtures/explore/illustrative.json', 'utf8'),
) as Reference;

/** Distinct linked pairs among these alliances (what networkx counts as edges). */
function ties(links: Link[], keys: Set<string>): number {
  const pairs = new Set<string>();
  for (const l of links) {
    if (!keys.has(l.key) || l.source === l.target) continue;
    pairs.add([l.source, l.target].sort().join('\u0000'));
  }
  return pairs.size;
}

describe('introductions (networkx all_shortest_paths on the illustrative network)', () => {
  const { links } = illustrative();
  it.each(reference.paths.map((p) => [`${p.from} → ${p.to}`, p] as const))('%s', (_, expected) => {
    const found = introductions(links, expected.from, expected.to);
    expect(found.distance).toBe(expected.distance);
    expect(found.total).toBe(expected.total);
    expect([...found.organizations].sort()).toEqual(expected.organizations);
    expect([...found.chains].sort()).toEqual(expected.chains);
    // Every alliance reported joins two organisations one step apart on a chain.
    for (const key of found.links) {
      const link = links.find((l) => l.key === key) as Link;
      const adjacent = found.chains.some((chain) =>
        chain.some(
          (id, i) =>
            (id === link.source && chain[i + 1] === link.target) ||
            (id === link.target && chain[i + 1] === link.source),
        ),
      );
      expect(adjacent).toBe(true);
    }
  });

  it('reports nothing between organisations that no chain joins, and leaves its input alone', () => {
    const links: Link[] = [
      { ...illustrative().links[0]!, key: 'a', source: 'A', target: 'B' },
      { ...illustrative().links[0]!, key: 'b', source: 'C', target: 'D' },
    ];
    const copy = structuredClone(links);
    expect(introductions(links, 'A', 'D')).toMatchObject({ distance: null, total: 0, chains: [] });
    expect(introductions(links, 'A', 'B').chains).toEqual([['A', 'B']]);
    expect(links).toEqual(copy);
  });

  it('counts every chain but lists at most the limit', () => {
    // A ladder: from s, two ways at each of four steps → 16 shortest chains to t.
    const base = illustrative().links[0]!;
    const links: Link[] = [];
    let previous = ['s'];
    for (let step = 1; step <= 4; step += 1) {
      const layer = [`a${step}`, `b${step}`];
      for (const p of previous) {
        for (const n of layer) links.push({ ...base, key: `${p}-${n}`, source: p, target: n });
      }
      previous = layer;
    }
    for (const p of previous) links.push({ ...base, key: `${p}-t`, source: p, target: 't' });
    const found = introductions(links, 's', 't', 5);
    expect(found.total).toBe(16);
    expect(found.chains).toHaveLength(5);
    expect(found.distance).toBe(5);
  });
});

describe('egoNetwork (networkx ego_graph on the illustrative network)', () => {
  const { links } = illustrative();
  it.each(reference.egos.map((e) => [`${e.center}, ${e.steps} step(s)`, e] as const))(
    '%s',
    (_, expected) => {
      const ego = egoNetwork(links, expected.center, expected.steps);
      expect([...ego.organizations].sort()).toEqual(expected.organizations);
      expect(ties(links, ego.links)).toBe(expected.ties);
    },
  );

  it('names itself when given a bad number of steps', () => {
    expect(() => egoNetwork(illustrative().links, 'x', 3 as 1)).toThrow(/egoNetwork: steps/);
  });
});
