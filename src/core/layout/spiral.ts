/** A sunflower (golden-angle) spiral: n points filling a disc evenly, the first in the middle. */
export interface Point {
  x: number;
  y: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Point `i` of a spiral whose points lie about `spacing` apart. */
export function spiralPoint(i: number, spacing: number): Point {
  if (i === 0) return { x: 0, y: 0 };
  // The centre point stands alone: the others start one spacing out.
  const radius = spacing * 0.62 * Math.sqrt(i + 1.5);
  return { x: radius * Math.cos(i * GOLDEN_ANGLE), y: radius * Math.sin(i * GOLDEN_ANGLE) };
}

/** The radius of the disc that n spiral points of this spacing fill. */
export function spiralRadius(count: number, spacing: number): number {
  return count <= 1 ? spacing / 2 : spacing * 0.62 * Math.sqrt(count - 1 + 1.5) + spacing / 2;
}
