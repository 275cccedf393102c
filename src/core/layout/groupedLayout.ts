/**
 * "Grouped by sector" (or by any category): each group a disc of its members, the best connected
 * in its middle, the discs laid on a ring in the order given, largest groups never overlapping.
 */
import { spiralPoint, spiralRadius, type Point } from './spiral';

export interface GroupedMember {
  id: string;
  group: string;
  /** Larger first within a group (e.g. the number of partners). */
  weight: number;
}

export interface GroupedLayout {
  positions: Map<string, Point>;
  /** Centre and radius of each group's disc, for its caption. */
  groups: { group: string; centre: Point; radius: number; count: number }[];
}

export function groupedLayout(
  members: GroupedMember[],
  order: string[],
  spacing = 34,
): GroupedLayout {
  const byGroup = new Map<string, GroupedMember[]>();
  for (const m of members) {
    const list = byGroup.get(m.group);
    if (list) list.push(m);
    else byGroup.set(m.group, [m]);
  }
  const groups = [
    ...order.filter((g) => byGroup.has(g)),
    ...[...byGroup.keys()].filter((g) => !order.includes(g)).sort(),
  ].map((group) => {
    const list = (byGroup.get(group) ?? []).slice();
    list.sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { group, list, radius: spiralRadius(list.length, spacing) };
  });
  const positions = new Map<string, Point>();
  if (groups.length === 0) return { positions, groups: [] };

  // The ring's circumference holds every disc's diameter plus a gap.
  const gap = spacing * 2;
  const circumference = groups.reduce((sum, g) => sum + 2 * g.radius + gap, 0);
  const ring = groups.length === 1 ? 0 : circumference / (2 * Math.PI);
  let travelled = 0;
  const placed = groups.map((g) => {
    const angle = ((travelled + g.radius + gap / 2) / circumference) * 2 * Math.PI - Math.PI / 2;
    travelled += 2 * g.radius + gap;
    const centre = { x: ring * Math.cos(angle), y: ring * Math.sin(angle) };
    g.list.forEach((m, i) => {
      const p = spiralPoint(i, spacing);
      positions.set(m.id, { x: centre.x + p.x, y: centre.y + p.y });
    });
    return { group: g.group, centre, radius: g.radius, count: g.list.length };
  });
  return { positions, groups: placed };
}
