import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectCommunities } from '../../../src/core/metrics/communities';
import { csrFromTies } from '../../../src/core/metrics/csr';
import { modularity } from '../../../src/core/metrics/modularity';
import { NETWORKS, randomNetwork, reference, referenceInput, WEIGHTED_NETWORKS } from './reference';

describe.each(NETWORKS)('communities on %s', (name) => {
  const ref = reference(name);
  const csr = referenceInput(ref);

  it('modularity equals networkx community.modularity on partitions made by networkx', () => {
    for (const { community, modularity: expected } of ref.partitions) {
      expect(Math.abs(modularity(csr, community) - expected)).toBeLessThan(1e-12);
    }
  });

  it('Louvain reaches 99 % of the best modularity networkx’s Louvain finds over 20 seeds', () => {
    for (const seed of [1, 2, 3]) {
      const found = detectCommunities(csr, { seed });
      expect(found.modularity).toBeGreaterThanOrEqual(0.99 * ref.best_louvain_modularity);
    }
  });

  it('reports the modularity of exactly its partition, communities numbered by size', () => {
    const found = detectCommunities(csr, { seed: 7 });
    expect(found.modularity).toBe(modularity(csr, found.community));
    const sizes = Array.from(
      { length: found.count },
      (_, c) => found.community.filter((x) => x === c).length,
    );
    expect(sizes.every((size) => size > 0)).toBe(true);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });

  it('gives the same communities for the same seed', () => {
    const first = detectCommunities(csr, { seed: 11 });
    const second = detectCommunities(referenceInput(ref), { seed: 11 });
    expect(Array.from(second.community)).toEqual(Array.from(first.community));
    expect(second.modularity).toBe(first.modularity);
  });
});

describe.each(WEIGHTED_NETWORKS)('weighted communities on %s', (name) => {
  const ref = reference(name);
  const csr = referenceInput(ref, true);
  it('modularity(weight="weight") equals networkx, Louvain reaches 99 % of its best', () => {
    for (const { community, modularity: expected } of ref.weighted!.partitions) {
      expect(Math.abs(modularity(csr, community, { weighted: true }) - expected)).toBeLessThan(
        1e-12,
      );
    }
    const found = detectCommunities(csr, { seed: 1, weighted: true });
    expect(found.modularity).toBe(modularity(csr, found.community, { weighted: true }));
    expect(found.modularity).toBeGreaterThanOrEqual(0.99 * ref.weighted!.best_louvain_modularity);
  });
});

describe('the modularity reported is the modularity of the partition reported', () => {
  it('on random graphs, weighted or not (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.tuple(fc.nat(39), fc.nat(39), fc.integer({ min: 1, max: 5 })), {
          maxLength: 150,
        }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.boolean(),
        (n, pairs, seed, weighted) => {
          const seen = new Set<number>();
          const ties = pairs
            .map(([a, b, w]) => [a % n, b % n, w] as const)
            .filter(([a, b]) => {
              const pair = Math.min(a, b) * n + Math.max(a, b);
              if (a === b || seen.has(pair)) return false;
              seen.add(pair);
              return true;
            });
          const csr = csrFromTies('test', {
            n,
            sources: Int32Array.from(ties, (t) => t[0]),
            targets: Int32Array.from(ties, (t) => t[1]),
            weights: Float64Array.from(ties, (t) => t[2]),
            sectors: new Array<null>(n).fill(null),
          });
          const found = detectCommunities(csr, { seed, restarts: 2, weighted });
          expect(found.modularity).toBe(modularity(csr, found.community, { weighted }));
          expect(found.community.length).toBe(n);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('is NaN without ties (networkx divides by zero), each organisation its own community', () => {
    const found = detectCommunities(randomNetwork(5, 0));
    expect(Number.isNaN(found.modularity)).toBe(true);
    expect(found.count).toBe(5);
  });
});
