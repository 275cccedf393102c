/**
 * "Concentric by a metric": the highest value in the middle, then rings outwards, each ring
 * holding as many organisations as fit at that radius. Organisations without a value go last.
 */
import type { Point } from './spiral';

export interface RankedMember {
  id: string;
  value: number | null;
}

export interface ConcentricLayout {
  positions: Map<string, Point>;
  /** Radius of each ring and the lowest value on it (for the legend). */
  rings: { radius: number; lowest: number | null }[];
}

export function concentricLayout(members: RankedMember[], spacing = 34): ConcentricLayout {
  const sorted = members
    .slice()
    .sort(
      (a, b) =>
        (b.value ?? -Infinity) - (a.value ?? -Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  const positions = new Map<string, Point>();
  const rings: ConcentricLayout['rings'] = [];
  let index = 0;
  for (let ring = 0; index < sorted.length; ring += 1) {
    const radius = ring * spacing * 1.6;
    const capacity = ring === 0 ? 1 : Math.floor((2 * Math.PI * radius) / spacing);
    const onRing = sorted.slice(index, index + capacity);
    onRing.forEach((m, k) => {
      // Each ring starts at a different angle so that rankings do not line up in a spoke.
      const angle = (2 * Math.PI * k) / onRing.length + ring * 0.7 - Math.PI / 2;
      positions.set(m.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
    rings.push({ radius, lowest: onRing[onRing.length - 1]?.value ?? null });
    index += onRing.length;
  }
  return { positions, rings };
}
