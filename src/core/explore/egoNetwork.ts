/**
 * The ego network of an organisation: itself, the organisations within one or two steps, and
 * every alliance among them (as networkx.ego_graph, undirected, with its default center=True).
 */
import type { Link } from '../model/types';
import { adjacencyOf, stepsFrom } from './adjacency';
import type { ShownSet } from './filters';

export function egoNetwork(links: Link[], center: string, steps: 1 | 2): ShownSet {
  if (steps !== 1 && steps !== 2) throw new Error(`egoNetwork: steps must be 1 or 2, not ${steps}`);
  const reached = stepsFrom(adjacencyOf(links), center, steps);
  const organizations = new Set(reached.keys());
  const within = links.filter((l) => organizations.has(l.source) && organizations.has(l.target));
  return { organizations, links: new Set(within.map((l) => l.key)) };
}
