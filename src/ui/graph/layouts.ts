import type { LayoutOptions } from 'cytoscape';
import { LARGE_NETWORK } from './elements';

/**
 * The first layout of a network. fcose for small and medium networks; above LARGE_NETWORK a
 * cheap placement keeps the page responsive until the ForceAtlas2 worker (Explore issue)
 * hands positions over.
 */
export function layoutFor(nodeCount: number): LayoutOptions {
  if (nodeCount > LARGE_NETWORK) {
    return { name: 'grid', animate: false, avoidOverlap: false } as LayoutOptions;
  }
  return {
    name: 'fcose',
    quality: 'default',
    randomize: true,
    animate: false,
    nodeRepulsion: () => 6500,
    idealEdgeLength: () => 60,
    gravity: 0.35,
    numIter: 2500,
    packComponents: true,
    nodeDimensionsIncludeLabels: false,
  } as LayoutOptions;
}
