import { describe, expect, it } from 'vitest';
import {
  FORCE_LAYOUT_DEFAULTS,
  runForceAtlas2,
  type ForceLayoutInput,
} from '../../../src/core/layout/forceAtlas2';
import { seededRandom } from '../../../src/core/metrics/random';

/** Distinct starting points on a sunflower spiral, node i at the i-th seed. */
function spiral(count: number): Float64Array {
  const initial = new Float64Array(2 * count);
  for (let i = 0; i < count; i++) {
    const radius = 20 * Math.sqrt(i + 1);
    initial[2 * i] = radius * Math.cos(i * 2.399963);
    initial[2 * i + 1] = radius * Math.sin(i * 2.399963);
  }
  return initial;
}

/** A seeded random graph with planted groups: most links inside a group, a few across. */
function plantedGraph(count: number, links: number, groups: number, seed = 7): ForceLayoutInput {
  const random = seededRandom(seed);
  const edges = new Uint32Array(2 * links);
  for (let e = 0; e < links; e++) {
    const a = Math.floor(random() * count);
    let b = Math.floor(random() * count);
    if (random() < 0.9) b = (b - (b % groups) + (a % groups)) % count; // same group as a
    if (b === a) b = (a + groups) % count;
    edges[2 * e] = a;
    edges[2 * e + 1] = b;
  }
  return { count, edges, initial: spiral(count) };
}

/** Two cliques of `size`, no link between them, their nodes interleaved on the spiral. */
function twoCliques(size: number): ForceLayoutInput {
  const pairs: number[] = [];
  for (const offset of [0, 1]) {
    for (let i = 0; i < size; i++) {
      for (let j = i + 1; j < size; j++) pairs.push(2 * i + offset, 2 * j + offset);
    }
  }
  return { count: 2 * size, edges: Uint32Array.from(pairs), initial: spiral(2 * size) };
}

const distance = (p: Float64Array, a: number, b: number) =>
  Math.hypot(
    (p[2 * a] as number) - (p[2 * b] as number),
    (p[2 * a + 1] as number) - (p[2 * b + 1] as number),
  );

function centroid(p: Float64Array, nodes: number[]): [number, number] {
  let x = 0;
  let y = 0;
  for (const n of nodes) {
    x += p[2 * n] as number;
    y += p[2 * n + 1] as number;
  }
  return [x / nodes.length, y / nodes.length];
}

describe('runForceAtlas2', () => {
  it('gives the same positions twice and leaves its input alone', () => {
    const input = plantedGraph(120, 400, 4);
    const before = { edges: input.edges.slice(), initial: input.initial.slice() };
    const first = runForceAtlas2(input, { iterations: 60 });
    const second = runForceAtlas2(input, { iterations: 60 });
    expect(Array.from(second)).toEqual(Array.from(first));
    expect(Array.from(input.edges)).toEqual(Array.from(before.edges));
    expect(Array.from(input.initial)).toEqual(Array.from(before.initial));
    expect(first).not.toBe(input.initial);
  });

  it('returns one finite x, y per node, in the layout of the initial positions', () => {
    const input = plantedGraph(200, 600, 5);
    const positions = runForceAtlas2(input, { iterations: 30 });
    expect(positions).toBeInstanceOf(Float64Array);
    expect(positions.length).toBe(2 * input.count);
    expect(positions.every(Number.isFinite)).toBe(true);
    // It moved them.
    expect(Array.from(positions)).not.toEqual(Array.from(input.initial));
  });

  it('draws linked organisations closer together than unlinked ones', () => {
    const input = plantedGraph(150, 450, 3);
    const positions = runForceAtlas2(input, { iterations: 100 });
    const linked = new Set<string>();
    let linkedSum = 0;
    for (let e = 0; e < input.edges.length; e += 2) {
      const a = input.edges[e] as number;
      const b = input.edges[e + 1] as number;
      linked.add(`${Math.min(a, b)} ${Math.max(a, b)}`);
    }
    for (const key of linked) {
      const [a, b] = key.split(' ').map(Number) as [number, number];
      linkedSum += distance(positions, a, b);
    }
    let unlinkedSum = 0;
    let unlinked = 0;
    for (let a = 0; a < input.count; a++) {
      for (let b = a + 1; b < input.count; b++) {
        if (linked.has(`${a} ${b}`)) continue;
        unlinkedSum += distance(positions, a, b);
        unlinked += 1;
      }
    }
    expect(linkedSum / linked.size).toBeLessThan(0.6 * (unlinkedSum / unlinked));
  });

  it('pulls two unconnected cliques apart, each node nearer its own clique', () => {
    const input = twoCliques(8);
    const groups = [0, 1].map((offset) => Array.from({ length: 8 }, (_, i) => 2 * i + offset));
    const [left, right] = groups.map((nodes) => centroid(input.initial, nodes));
    // They start mixed: the same centre, give or take a node.
    expect(Math.hypot(left![0] - right![0], left![1] - right![1])).toBeLessThan(20);

    const positions = runForceAtlas2(input, { iterations: 200 });
    const centres = groups.map((nodes) => centroid(positions, nodes));
    const apart = Math.hypot(centres[0]![0] - centres[1]![0], centres[0]![1] - centres[1]![1]);
    groups.forEach((nodes, g) => {
      for (const n of nodes) {
        const own = centres[g]!;
        const spread = Math.hypot(
          (positions[2 * n] as number) - own[0],
          (positions[2 * n + 1] as number) - own[1],
        );
        expect(spread).toBeLessThan(apart / 2);
      }
    });
    // Gravity keeps them on the same screen: apart, not flung away.
    expect(apart).toBeGreaterThan(10);
    expect(apart).toBeLessThan(2_000);
  });

  it('leaves a few tens of units between neighbours, room for discs 12–58 units wide', () => {
    const input = plantedGraph(1_500, 6_000, 15); // Barnes–Hut above 1,000 nodes
    const positions = runForceAtlas2(input, { iterations: 30 });
    expect(positions.every(Number.isFinite)).toBe(true);
    const nearest: number[] = [];
    for (let a = 0; a < input.count; a += 10) {
      let best = Infinity;
      for (let b = 0; b < input.count; b++)
        if (b !== a) best = Math.min(best, distance(positions, a, b));
      nearest.push(best);
    }
    nearest.sort((x, y) => x - y);
    const median = nearest[Math.floor(nearest.length / 2)] as number;
    expect(median).toBeGreaterThan(8);
    expect(median).toBeLessThan(100);
  });

  it('continues from where it stopped: two runs of ten iterations make one of twenty', () => {
    const input = plantedGraph(80, 240, 4);
    expect(FORCE_LAYOUT_DEFAULTS.chunk).toBe(10);
    const half = runForceAtlas2(input, { iterations: 10 });
    const twice = runForceAtlas2({ ...input, initial: half }, { iterations: 10 });
    expect(Array.from(runForceAtlas2(input, { iterations: 20 }))).toEqual(Array.from(twice));
  });

  it('honours shouldStop between chunks and reports progress up to 1', () => {
    const input = plantedGraph(80, 240, 4);
    const fractions: number[] = [];
    let asked = 0;
    const stopped = runForceAtlas2(input, {
      iterations: 100,
      onProgress: (fraction) => fractions.push(fraction),
      shouldStop: () => ++asked > 2,
    });
    expect(fractions).toEqual([0.1, 0.2]);
    expect(Array.from(stopped)).toEqual(Array.from(runForceAtlas2(input, { iterations: 20 })));

    const all: number[] = [];
    runForceAtlas2(input, { iterations: 25, onProgress: (fraction) => all.push(fraction) });
    expect(all).toEqual([0.4, 0.8, 1]);
    expect(Array.from(runForceAtlas2(input, { iterations: 50, shouldStop: () => true }))).toEqual(
      Array.from(input.initial),
    );
  });

  it('reads weights as strengths: all ones change nothing, others change the picture', () => {
    const input = plantedGraph(60, 180, 3);
    const plain = runForceAtlas2(input, { iterations: 40 });
    const ones = new Float64Array(180).fill(1);
    const heavy = ones.map((_, e) => 1 + (e % 4));
    expect(Array.from(runForceAtlas2({ ...input, weights: ones }, { iterations: 40 }))).toEqual(
      Array.from(plain),
    );
    expect(
      Array.from(runForceAtlas2({ ...input, weights: heavy }, { iterations: 40 })),
    ).not.toEqual(Array.from(plain));
  });

  it('takes repeated pairs, self-links, isolates and an empty network in its stride', () => {
    const edges = Uint32Array.from([0, 1, 1, 0, 2, 2, 1, 2]);
    const positions = runForceAtlas2({ count: 4, edges, initial: spiral(4) }, { iterations: 20 });
    expect(positions.every(Number.isFinite)).toBe(true);
    const empty = runForceAtlas2(
      { count: 0, edges: new Uint32Array(0), initial: new Float64Array(0) },
      { iterations: 10 },
    );
    expect(empty.length).toBe(0);
  });

  it('names itself and the fault when an argument is wrong', () => {
    const good = plantedGraph(5, 5, 1);
    const run =
      (input: Partial<ForceLayoutInput>, iterations = 10) =>
      () =>
        runForceAtlas2({ ...good, ...input }, { iterations });
    expect(run({ count: -1 })).toThrow(/^runForceAtlas2: count/);
    expect(run({}, 1.5)).toThrow(/^runForceAtlas2: iterations/);
    expect(run({ initial: new Float64Array(3) })).toThrow(/^runForceAtlas2: initial holds 3/);
    expect(run({ initial: Float64Array.from([...spiral(4), NaN, 0]) })).toThrow(/not a finite/);
    expect(run({ edges: Uint32Array.from([0, 1, 2]) })).toThrow(/pairs of node indices/);
    expect(run({ edges: Uint32Array.from([0, 5]) })).toThrow(/refers to node 5/);
    expect(run({ edges: Uint32Array.from([0, 1]), weights: new Float64Array(2) })).toThrow(
      /weights holds 2/,
    );
    expect(run({ edges: Uint32Array.from([0, 1]), weights: Float64Array.from([-1]) })).toThrow(
      /weight 0/,
    );
  });
});
