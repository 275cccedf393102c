import { describe, expect, it } from 'vitest';
import { colourGroups, highlightMembers } from '../../../src/state/explore';
import { illustrative } from '../explore/illustrative';

/** The legend's rules written out plainly, link by link, to compare with. */
function plainly(encoding: string, value: string) {
  const dataset = illustrative();
  const { groupOf } = colourGroups(
    dataset,
    null,
    encoding === 'linkType' ? 'sector' : (encoding as 'sector'),
  );
  const organizations = new Set<string>();
  const links = new Set<string>();
  if (encoding === 'linkType') {
    for (const l of dataset.links) {
      if ((l.type ?? '') === value) {
        links.add(l.key);
        organizations.add(l.source).add(l.target);
      }
    }
    return { groupOf, organizations, links };
  }
  for (const o of dataset.organizations)
    if ((groupOf.get(o.id) ?? '') === value) organizations.add(o.id);
  for (const l of dataset.links) {
    const inside = organizations.has(l.source) && organizations.has(l.target);
    if (inside || (encoding === 'scope' && l.scope === value)) links.add(l.key);
  }
  return { groupOf, organizations, links };
}

describe('highlightMembers (what a legend pick makes stand out)', () => {
  const dataset = illustrative();

  it('is nothing without a pick', () => {
    expect(highlightMembers(dataset, new Map(), null)).toBeNull();
  });

  it('picks a sector and the alliances inside it', () => {
    const expected = plainly('sector', 'union');
    const members = highlightMembers(dataset, expected.groupOf, {
      encoding: 'sector',
      value: 'union',
    });
    expect(members?.organizations).toEqual(expected.organizations);
    expect(members?.links).toEqual(expected.links);
    expect(members?.organizations.size).toBe(
      dataset.organizations.filter((o) => o.sector === 'union').length,
    );
    for (const key of members?.links ?? []) {
      const link = dataset.links.find((l) => l.key === key);
      expect(link && dataset.organizations.find((o) => o.id === link.source)?.sector).toBe('union');
    }
  });

  it('picks an alliance type and both ends of each of its alliances', () => {
    const expected = plainly('linkType', 'funding');
    const members = highlightMembers(dataset, expected.groupOf, {
      encoding: 'linkType',
      value: 'funding',
    });
    expect(members?.links.size).toBeGreaterThan(0);
    expect(members?.links).toEqual(expected.links);
    expect(members?.organizations).toEqual(expected.organizations);
  });

  it('picks a scope: its organisations, its alliances, and the alliances among those organisations', () => {
    const { groupOf } = colourGroups(dataset, null, 'scope');
    const expected = plainly('scope', 'international');
    const members = highlightMembers(dataset, groupOf, {
      encoding: 'scope',
      value: 'international',
    });
    expect(members?.links).toEqual(expected.links);
    expect(members?.organizations).toEqual(expected.organizations);
    const international = dataset.links.filter((l) => l.scope === 'international');
    expect(international.every((l) => members?.links.has(l.key))).toBe(true);
  });
});
