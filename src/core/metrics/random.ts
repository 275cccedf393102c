/**
 * A small seeded generator (mulberry32) for the randomised steps (Louvain's node order), so
 * that the same input and seed give the same communities in the browser, a worker and Node.
 */
export function seededRandom(seed: number): () => number {
  if (!Number.isInteger(seed))
    throw new Error(`seededRandom: seed must be an integer, got ${seed}.`);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
