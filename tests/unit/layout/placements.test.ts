import { describe, expect, it } from 'vitest';
import { groupedLayout } from '../../../src/core/layout/groupedLayout';
import { concentricLayout } from '../../../src/core/layout/concentricLayout';
import type { Point } from '../../../src/core/layout/spiral';

function closest(positions: Map<string, Point>): number {
  const points = [...positions.values()];
  let best = Infinity;
  for (let i = 0; i < points.length; i += 1) {
    for (let j = i + 1; j < points.length; j += 1) {
      best = Math.min(best, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
    }
  }
  return best;
}

const members = Array.from({ length: 300 }, (_, i) => ({
  id: `o${i}`,
  group: ['cooperative', 'union', 'academia', 'government', 'x-custom'][(i % 7) % 5]!,
  weight: (i * 37) % 11,
}));

describe('groupedLayout', () => {
  const layout = groupedLayout(members, ['union', 'cooperative', 'academia', 'government']);

  it('places everyone, apart from one another', () => {
    expect(layout.positions.size).toBe(members.length);
    expect(closest(layout.positions)).toBeGreaterThan(34 * 0.8);
  });

  it('keeps each group inside its own disc, discs apart, in the order given', () => {
    expect(layout.groups.map((g) => g.group)).toEqual([
      'union',
      'cooperative',
      'academia',
      'government',
      'x-custom',
    ]);
    for (const m of members) {
      const group = layout.groups.find((g) => g.group === m.group)!;
      const p = layout.positions.get(m.id)!;
      expect(Math.hypot(p.x - group.centre.x, p.y - group.centre.y)).toBeLessThanOrEqual(
        group.radius,
      );
    }
    for (const a of layout.groups) {
      for (const b of layout.groups) {
        if (a === b) continue;
        const d = Math.hypot(a.centre.x - b.centre.x, a.centre.y - b.centre.y);
        expect(d).toBeGreaterThan(a.radius + b.radius);
      }
    }
  });

  it('puts the heaviest member of a group in its middle, and gives the same picture twice', () => {
    const unions = members.filter((m) => m.group === 'union');
    const heaviest = Math.max(...unions.map((m) => m.weight));
    const top = unions
      .filter((m) => m.weight === heaviest)
      .sort((a, b) => (a.id < b.id ? -1 : 1))[0]!;
    const centre = layout.groups.find((g) => g.group === 'union')!.centre;
    expect(layout.positions.get(top.id)).toEqual(centre);
    expect(groupedLayout(members, ['union', 'cooperative', 'academia', 'government'])).toEqual(
      layout,
    );
  });
});

describe('concentricLayout', () => {
  const ranked = members.map((m, i) => ({ id: m.id, value: i % 13 === 0 ? null : m.weight }));
  const layout = concentricLayout(ranked);
  const radius = (id: string) => {
    const p = layout.positions.get(id)!;
    return Math.hypot(p.x, p.y);
  };

  it('puts higher values nearer the middle, values missing outermost', () => {
    const withValue = ranked.filter((m) => m.value !== null);
    for (const a of withValue) {
      for (const b of withValue) {
        if (a.value! > b.value!) expect(radius(a.id)).toBeLessThanOrEqual(radius(b.id) + 1e-9);
      }
    }
    const outer = Math.max(...withValue.map((m) => radius(m.id)));
    for (const m of ranked.filter((x) => x.value === null)) {
      expect(radius(m.id)).toBeGreaterThanOrEqual(outer - 1e-9);
    }
  });

  it('keeps organisations apart on each ring', () => {
    expect(layout.positions.size).toBe(ranked.length);
    expect(closest(layout.positions)).toBeGreaterThan(30);
  });
});
