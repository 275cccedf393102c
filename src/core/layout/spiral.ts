/** A sunflower (golden-angle) spiral: n points filling a disc evenly, the first in the middle. */
export interface Point {
  x: number;
  y: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Point `i` of a sunflower spiral at `radius` from `centre`: each point a golden angle further
 * round than the one before. How the radius grows is the caller's (even spacing, room by size).
 */
export function goldenAnglePoint(i: number, radius: number, centre: Point = { x: 0, y: 0 }): Point {
  return {
    x: centre.x + radius * Math.cos(i * GOLDEN_ANGLE),
    y: centre.y + radius * Math.sin(i * GOLDEN_ANGLE),
  };
}

/** Point `i` of a spiral whose points lie about `spacing` apart. */
export function spiralPoint(i: number, spacing: number): Point {
  if (i === 0) return { x: 0, y: 0 };
  // The centre point stands alone: the others start one spacing out.
  return goldenAnglePoint(i, spacing * 0.62 * Math.sqrt(i + 1.5));
}

/** The radius of the disc that n spiral points of this spacing fill. */
export function spiralRadius(count: number, spacing: number): number {
  return count <= 1 ? spacing / 2 : spacing * 0.62 * Math.sqrt(count - 1 + 1.5) + spacing / 2;
}
