/** Who is allied with whom among the alliances shown, ignoring direction and self links. */
import type { Link } from '../model/types';

export type Adjacency = Map<string, Map<string, string[]>>;

/** Partner → keys of the alliances with that partner, for each organisation. */
export function adjacencyOf(links: Iterable<Link>): Adjacency {
  const adjacency: Adjacency = new Map();
  const add = (a: string, b: string, key: string) => {
    let partners = adjacency.get(a);
    if (!partners) adjacency.set(a, (partners = new Map()));
    const keys = partners.get(b);
    if (keys) keys.push(key);
    else partners.set(b, [key]);
  };
  for (const link of links) {
    if (link.source === link.target) continue;
    add(link.source, link.target, link.key);
    add(link.target, link.source, link.key);
  }
  return adjacency;
}

/** Steps from `start` to every organisation it reaches (breadth first), up to `limit` steps. */
export function stepsFrom(
  adjacency: Adjacency,
  start: string,
  limit = Infinity,
): Map<string, number> {
  const steps = new Map<string, number>([[start, 0]]);
  let frontier = [start];
  for (let depth = 1; frontier.length > 0 && depth <= limit; depth += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const partner of adjacency.get(id)?.keys() ?? []) {
        if (steps.has(partner)) continue;
        steps.set(partner, depth);
        next.push(partner);
      }
    }
    frontier = next;
  }
  return steps;
}
