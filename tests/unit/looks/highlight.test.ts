/**
 * What a legend pick makes stand out, against the legend's rules in plain words, item by item,
 * from the organisations' own fields (not from the groups the code under test computes).
 */
import { describe, expect, it } from 'vitest';
import {
  colourGroups,
  highlightMembers,
  organizationSetMembers,
} from '../../../src/core/looks/encodings';
import {
  ALLIANCE_LOOK,
  allianceLooks,
  ORGANIZATION_LOOK,
  organizationLooks,
} from '../../../src/core/looks/looks';
import type { Dataset } from '../../../src/core/model/types';
import { illustrative } from '../explore/illustrative';

const dataset: Dataset = illustrative();
const byId = new Map(dataset.organizations.map((o) => [o.id, o]));
const sectorOf = (id: string) => byId.get(id)?.sector ?? '';
const scopeOf = (id: string) => byId.get(id)?.scope ?? '';

function members(encoding: 'sector' | 'scope' | 'linkType', value: string) {
  const { groupOf } = colourGroups(dataset, null, encoding === 'linkType' ? 'sector' : encoding);
  const found = highlightMembers(dataset, groupOf, { encoding, value });
  if (!found) throw new Error('a pick gives members');
  return found;
}

describe('highlightMembers (what a legend pick makes stand out)', () => {
  it('is nothing without a pick', () => {
    expect(highlightMembers(dataset, new Map(), null)).toBeNull();
  });

  it('a sector: the organisations of that sector, and the alliances with both ends in it', () => {
    const picked = members('sector', 'union');
    expect(picked.organizations.size).toBeGreaterThan(0);
    for (const o of dataset.organizations) {
      expect(picked.organizations.has(o.id), o.id).toBe(!o.placeholder && o.sector === 'union');
    }
    for (const l of dataset.links) {
      const inside = sectorOf(l.source) === 'union' && sectorOf(l.target) === 'union';
      expect(picked.links.has(l.key), l.key).toBe(inside);
    }
  });

  it('an alliance type: the alliances of that type and both ends of each', () => {
    const picked = members('linkType', 'funding');
    const funding = dataset.links.filter((l) => l.type === 'funding');
    expect(funding.length).toBeGreaterThan(0);
    for (const l of dataset.links)
      expect(picked.links.has(l.key), l.key).toBe(l.type === 'funding');
    const ends = new Set(funding.flatMap((l) => [l.source, l.target]));
    for (const o of dataset.organizations) {
      expect(picked.organizations.has(o.id), o.id).toBe(ends.has(o.id));
    }
  });

  it('a scope: the organisations acting at that level, the alliances of that scope, and those among the organisations', () => {
    const picked = members('scope', 'international');
    for (const o of dataset.organizations) {
      expect(picked.organizations.has(o.id), o.id).toBe(
        !o.placeholder && o.scope === 'international',
      );
    }
    for (const l of dataset.links) {
      const ofScope = l.scope === 'international';
      const among = scopeOf(l.source) === 'international' && scopeOf(l.target) === 'international';
      expect(picked.links.has(l.key), l.key).toBe(ofScope || among);
    }
  });
});

describe('organizationSetMembers (a set chosen in the Analyse area)', () => {
  const chosen = dataset.organizations
    .filter((o) => o.sector === 'union' || o.sector === 'academia')
    .map((o) => o.id);

  it('is nothing without a set', () => {
    expect(organizationSetMembers(dataset, null)).toBeNull();
  });

  it('the organisations chosen that are in the network, and the alliances among them', () => {
    const picked = organizationSetMembers(dataset, [...chosen, 'not-in-the-network'])!;
    expect(picked.organizations.size).toBe(chosen.length);
    expect(picked.organizations.has('not-in-the-network')).toBe(false);
    for (const l of dataset.links) {
      const among = chosen.includes(l.source) && chosen.includes(l.target);
      expect(picked.links.has(l.key), l.key).toBe(among);
    }
  });

  it('the look function makes them stand out and fades the rest, as a legend pick', () => {
    const members = organizationSetMembers(dataset, chosen);
    const view = {
      colourBy: 'sector' as const,
      sizeBy: 'degree' as const,
      shown: null,
      highlighted: members,
      path: null,
      selected: null,
      theme: 'default' as const,
    };
    const looks = organizationLooks(dataset, null, view);
    dataset.organizations.forEach((o, i) => {
      expect(looks.looks[i], o.id).toBe(
        chosen.includes(o.id) ? ORGANIZATION_LOOK.plain : ORGANIZATION_LOOK.faded,
      );
    });
    const lines = allianceLooks(dataset, view);
    dataset.links.forEach((l, i) => {
      const among = chosen.includes(l.source) && chosen.includes(l.target);
      expect(lines.looks[i], l.key).toBe(among ? ALLIANCE_LOOK.highlighted : ALLIANCE_LOOK.faded);
    });
  });
});
