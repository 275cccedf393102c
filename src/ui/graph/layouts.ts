import type {
  EdgeSingular,
  Layouts,
  LayoutOptions,
  NodeCollection,
  NodeSingular,
  Position,
} from 'cytoscape';
import { seededRandom } from '../../core/metrics/random';
import { nodeDiameter } from '../../core/looks/encodings';
import { goldenAnglePoint } from '../../core/layout/spiral';
import { organizationOf } from './elementIds';
import { nodeLooks, type NodeLooks } from './nodeLooks';

/**
 * fcose, the force-directed layout of small and medium networks (large ones: a sunflower start
 * that ForceAtlas2 refines in a worker, LayoutController). Always from scratch: a spectral start,
 * randomised, hence the seeded run below.
 */
export function layoutFor(looks: NodeLooks = nodeLooks()): LayoutOptions {
  return {
    name: 'fcose',
    quality: 'default',
    randomize: true,
    animate: false,
    // Hubs push harder and sit further from their partners, so that big discs and their names
    // do not pile up in the middle of the drawing.
    nodeRepulsion: (node: NodeSingular) => 4500 * (1 + looks.prominence(node)) ** 1.4,
    idealEdgeLength: (edge: EdgeSingular) =>
      40 + 9 * (looks.prominence(edge.source()) + looks.prominence(edge.target())),
    edgeElasticity: () => 0.3,
    nodeSeparation: 90,
    gravity: 0.15,
    gravityRange: 3.0,
    numIter: 2500,
    packComponents: true,
    tile: true,
    nodeDimensionsIncludeLabels: false,
  } as LayoutOptions;
}

/**
 * A placement in linear time: organisations on a sunflower spiral, the best connected in the
 * middle, each given room for its disc. It shows who the hubs are and how sectors mix, without
 * the seconds a force layout takes on thousands of nodes. Keyed by organisation id, as the
 * other placements are.
 */
export function sunflowerPositions(
  nodes: NodeCollection,
  looks: NodeLooks = nodeLooks(),
): Map<string, Position> {
  const entries = nodes.toArray().map((node, index) => ({
    id: organizationOf(node),
    index,
    prominence: looks.prominence(node),
  }));
  entries.sort((a, b) => b.prominence - a.prominence || a.index - b.index);
  const positions = new Map<string, Position>();
  let area = 0;
  entries.forEach((entry, i) => {
    const room = nodeDiameter(entry.prominence) + 4;
    area += room * room;
    const radius = Math.sqrt(area / Math.PI);
    positions.set(entry.id, goldenAnglePoint(i, radius));
  });
  return positions;
}

export const LAYOUT_SEED = 20211;

/**
 * Runs a layout so that the same network gets the same picture on every visit. fcose draws its
 * spectral start and some tie-breaks from Math.random and takes no seed; with `animate: false` it
 * runs synchronously inside `run()`, so a seeded generator stands in for exactly that call and
 * nothing else can observe it.
 */
export function runSeeded(layout: Layouts, seed = LAYOUT_SEED): void {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    layout.run();
  } finally {
    Math.random = original;
  }
}
