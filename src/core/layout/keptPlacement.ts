/**
 * Where the organisations stand after an edit, without placing the network again: each one that
 * was there stays where it was; one added stands among its partners (a little apart from their
 * middle, so that two added to the same partners do not cover each other), or, with none, in a
 * row under the drawing.
 */
import type { Dataset, Organization } from '../model/types';

/** How far, in model units, an added organisation stands from its partners' middle. */
const APART = 40;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * `positions` are x, y of each of `before` in its order; the result is x, y of each organisation
 * of `after` in its order.
 */
export function keptPlacement(
  before: readonly Organization[],
  positions: Float32Array,
  after: Dataset,
): Float32Array {
  const was = new Map<string, number>();
  before.forEach((o, i) => was.set(o.id, i));
  const next = new Float32Array(after.organizations.length * 2);
  const added: number[] = [];
  let minX = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  after.organizations.forEach((o, i) => {
    const j = was.get(o.id);
    if (j === undefined || 2 * j + 1 >= positions.length) {
      added.push(i);
      return;
    }
    const x = positions[2 * j]!;
    const y = positions[2 * j + 1]!;
    next[2 * i] = x;
    next[2 * i + 1] = y;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  });
  if (added.length === 0) return next;
  if (!Number.isFinite(minX)) {
    minX = 0;
    maxX = 0;
    maxY = 0;
  }

  const index = new Map(after.organizations.map((o, i) => [o.id, i]));
  const isAdded = new Set(added);
  const partners = new Map<number, number[]>();
  for (const link of after.links) {
    const a = index.get(link.source);
    const b = index.get(link.target);
    if (a === undefined || b === undefined || a === b) continue;
    if (isAdded.has(a) && !isAdded.has(b)) partners.set(a, [...(partners.get(a) ?? []), b]);
    if (isAdded.has(b) && !isAdded.has(a)) partners.set(b, [...(partners.get(b) ?? []), a]);
  }
  let alone = 0;
  added.forEach((i, k) => {
    const ties = partners.get(i);
    if (ties && ties.length > 0) {
      let x = 0;
      let y = 0;
      for (const p of ties) {
        x += next[2 * p]!;
        y += next[2 * p + 1]!;
      }
      const angle = (k + 1) * GOLDEN_ANGLE;
      next[2 * i] = x / ties.length + APART * Math.cos(angle);
      next[2 * i + 1] = y / ties.length + APART * Math.sin(angle);
    } else {
      next[2 * i] = minX + APART * alone;
      next[2 * i + 1] = maxY + 2 * APART;
      alone++;
      if (minX + APART * alone > maxX + APART) alone = 0;
    }
  });
  return next;
}
