/**
 * A small seeded pseudo-random generator (mulberry32) so that every dataset in this folder is
 * reproduced byte for byte from its seed, on any machine and any Node version.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** Index drawn with probability proportional to its weight (weights ≥ 0, not all 0). */
  weightedIndex(weights: readonly number[]): number;
  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[]): T[];
}

/** Hashes any text or number into a 32-bit seed, so seeds may be words as well as numbers. */
export function seedFrom(seed: string | number): number {
  const text = String(seed);
  let h = 2166136261 >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

export function createRandom(seed: string | number): Random {
  let state = seedFrom(seed);

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const int = (n: number): number => Math.floor(next() * n);

  return {
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('Random.pick: the list is empty.');
      return items[int(items.length)] as T;
    },
    weightedIndex(weights) {
      let total = 0;
      for (const w of weights) total += w;
      if (!(total > 0)) throw new Error('Random.weightedIndex: the weights sum to zero.');
      let r = next() * total;
      for (let i = 0; i < weights.length; i++) {
        r -= weights[i] as number;
        if (r < 0) return i;
      }
      // Rounding can leave r at a hair above zero: the last positive weight takes it.
      for (let i = weights.length - 1; i >= 0; i--) if ((weights[i] as number) > 0) return i;
      return weights.length - 1;
    },
    shuffle<T>(items: T[]): T[] {
      for (let i = items.length - 1; i > 0; i--) {
        const j = int(i + 1);
        const tmp = items[i] as T;
        items[i] = items[j] as T;
        items[j] = tmp;
      }
      return items;
    },
  };
}
