/**
 * ForceAtlas2 on plain typed arrays, for the networks too large for fcose on the page's thread
 * (the graph view hands it node indices and its current placement, and gets positions back).
 * graphology-layout-forceatlas2 does the physics; this file builds the graph it needs, runs it in
 * chunks so that a caller can follow the progress and stop early, and reads the positions back.
 * Nothing here draws from Math.random: the same input gives the same picture.
 */
import Graph from 'graphology';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

export interface ForceLayoutInput {
  /** Number of organisations; they are referred to by index, 0 … count − 1. */
  count: number;
  /** Pairs of node indices, one pair per link: [a0, b0, a1, b1, …]. */
  edges: Uint32Array;
  /**
   * One strength per pair; every link counts 1 without it. A weight multiplies the pull along
   * its link, and, since the library gives a node a mass of its weighted degree + 1, the push
   * between its ends and everyone else too: heavy ties mark hubs more than they shorten links.
   */
  weights?: Float64Array;
  /** The starting placement, [x0, y0, x1, y1, …]. Distinct points: coincident ones never part. */
  initial: Float64Array;
}

export interface ForceLayoutOptions {
  iterations: number;
  /** Called after every chunk of iterations with the fraction done, ending with 1. */
  onProgress?: (fraction: number) => void;
  /** Asked between chunks; when it answers true the positions reached so far are returned. */
  shouldStop?: () => boolean;
}

export const FORCE_LAYOUT_DEFAULTS = {
  /**
   * Iterations between two progress reports or stop checks. The library rebuilds its matrices
   * on every call (and restarts each node's adaptive speed), so chunks are not made too small;
   * at 5,000/25,000 ten iterations take well under a second.
   */
  chunk: 10,
  /**
   * Repulsion against attraction. With mass = degree + 1, this leaves a few tens of units between
   * neighbours: room for discs 12–58 units wide without spreading the drawing over a huge area.
   */
  scalingRatio: 20,
  /** Strong gravity (distance-independent) keeps small components and isolates near the rest. */
  gravity: 0.15,
  /**
   * Damping. The library suggests 1 + ln(n) (≈ 9.5 at 5,000), which needs about four times as
   * many iterations for the same picture; the adaptive per-node speed keeps 1 stable.
   */
  slowDown: 1,
  /** Above this, repulsion is approximated with a Barnes–Hut quadtree (n log n per iteration). */
  barnesHutAbove: 1_000,
};

/** The settings used for a network of `count` nodes: the library's inferred ones, adjusted. */
export function forceAtlas2Settings(count: number): ForceAtlas2Settings {
  return {
    ...forceAtlas2.inferSettings(Math.max(1, count)),
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    strongGravityMode: true,
    gravity: FORCE_LAYOUT_DEFAULTS.gravity,
    scalingRatio: FORCE_LAYOUT_DEFAULTS.scalingRatio,
    barnesHutOptimize: count > FORCE_LAYOUT_DEFAULTS.barnesHutAbove,
    barnesHutTheta: 0.5,
    slowDown: FORCE_LAYOUT_DEFAULTS.slowDown,
  };
}

/**
 * Runs `options.iterations` iterations of ForceAtlas2 (fewer when `shouldStop` says so) and
 * returns the positions in the layout of `input.initial`. Repeated pairs add their weights;
 * self-links are ignored. The input is left as it was.
 */
export function runForceAtlas2(input: ForceLayoutInput, options: ForceLayoutOptions): Float64Array {
  validate(input, options);
  const { count, edges, weights, initial } = input;
  const positions = Float64Array.from(initial);
  if (count === 0) {
    options.onProgress?.(1);
    return positions;
  }

  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < count; i++) {
    graph.addNode(String(i), { x: initial[2 * i], y: initial[2 * i + 1] });
  }
  for (let e = 0; e < edges.length; e += 2) {
    const a = edges[e] as number;
    const b = edges[e + 1] as number;
    if (a === b) continue;
    const weight = weights ? (weights[e / 2] as number) : 1;
    const source = String(Math.min(a, b));
    const target = String(Math.max(a, b));
    graph.updateEdge(source, target, (attributes) => ({
      weight: ((attributes.weight as number | undefined) ?? 0) + weight,
    }));
  }

  const settings = forceAtlas2Settings(count);
  let done = 0;
  while (done < options.iterations) {
    if (options.shouldStop?.()) break;
    const chunk = Math.min(FORCE_LAYOUT_DEFAULTS.chunk, options.iterations - done);
    forceAtlas2.assign(graph, {
      iterations: chunk,
      settings,
      getEdgeWeight: 'weight',
    });
    done += chunk;
    options.onProgress?.(done / options.iterations);
  }

  for (let i = 0; i < count; i++) {
    const attributes = graph.getNodeAttributes(String(i));
    positions[2 * i] = attributes.x as number;
    positions[2 * i + 1] = attributes.y as number;
  }
  return positions;
}

function validate(input: ForceLayoutInput, options: ForceLayoutOptions): void {
  const fail = (what: string) => {
    throw new Error(`runForceAtlas2: ${what}.`);
  };
  const { count, edges, weights, initial } = input;
  if (!Number.isInteger(count) || count < 0) fail(`count must be a whole number ≥ 0, not ${count}`);
  if (!Number.isInteger(options.iterations) || options.iterations < 0) {
    fail(`iterations must be a whole number ≥ 0, not ${options.iterations}`);
  }
  if (initial.length !== 2 * count) {
    fail(
      `initial holds ${initial.length} numbers where ${2 * count} (x, y per node) were expected`,
    );
  }
  for (let i = 0; i < initial.length; i++) {
    if (!Number.isFinite(initial[i])) fail(`initial position ${i} is not a finite number`);
  }
  if (edges.length % 2 !== 0) fail('edges must hold pairs of node indices (an even length)');
  for (let e = 0; e < edges.length; e++) {
    if ((edges[e] as number) >= count) {
      fail(`edge ${Math.floor(e / 2)} refers to node ${edges[e]}, beyond count ${count}`);
    }
  }
  if (weights) {
    if (weights.length !== edges.length / 2) {
      fail(`weights holds ${weights.length} numbers for ${edges.length / 2} edges`);
    }
    for (let w = 0; w < weights.length; w++) {
      const weight = weights[w] as number;
      if (!Number.isFinite(weight) || weight < 0) {
        fail(`weight ${w} must be a finite number ≥ 0, not ${weight}`);
      }
    }
  }
}
