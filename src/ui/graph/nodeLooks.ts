/**
 * The looks of the organisations Cytoscape's nodes stand for, read from the store: what layouts
 * and fits need to know of a node (its size), without reading it back from Cytoscape.
 */
import type { NodeSingular } from 'cytoscape';
import { currentOrganizationLooks, organizationIndex } from '../../state/selectors/explore';
import { atlasState } from '../../state/useAtlas';
import { organizationOf } from './elementIds';

export interface NodeLooks {
  /** Size on a 0–1 scale. */
  prominence(node: NodeSingular): number;
  /** Disc diameter in model units. */
  diameter(node: NodeSingular): number;
}

export function nodeLooks(): NodeLooks {
  const state = atlasState();
  const looks = currentOrganizationLooks(state);
  const index = state.dataset ? organizationIndex(state.dataset) : new Map<string, number>();
  const at = (node: NodeSingular) => index.get(organizationOf(node)) ?? -1;
  return {
    prominence: (node) => looks?.prominence[at(node)] ?? 0,
    diameter: (node) => looks?.diameters[at(node)] ?? 0,
  };
}
