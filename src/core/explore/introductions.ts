/**
 * Who can introduce whom: every shortest chain of alliances between two organisations (as
 * networkx.all_shortest_paths on the undirected network), with the organisations and alliances
 * they use. Parallel alliances between two partners are one step; all of them are reported.
 */
import type { Link } from '../model/types';
import { adjacencyOf, stepsFrom } from './adjacency';

export interface Introductions {
  /** Steps between the two (alliances on each chain); null when nothing connects them. */
  distance: number | null;
  /** Chains of organisation ids from `from` to `to`, in a stable order, at most `limit`. */
  chains: string[][];
  /** How many shortest chains there are in all (may exceed chains.length). */
  total: number;
  organizations: Set<string>;
  links: Set<string>;
}

export function introductions(links: Link[], from: string, to: string, limit = 20): Introductions {
  const none: Introductions = {
    distance: null,
    chains: [],
    total: 0,
    organizations: new Set(),
    links: new Set(),
  };
  const adjacency = adjacencyOf(links);
  const fromStart = stepsFrom(adjacency, from);
  const distance = fromStart.get(to);
  if (distance === undefined) return none;
  const fromEnd = stepsFrom(adjacency, to);
  const onChain = (id: string) =>
    (fromStart.get(id) ?? Infinity) + (fromEnd.get(id) ?? Infinity) === distance;

  // Next organisations on a shortest chain, sorted so the chains come in a stable order.
  const next = (id: string) =>
    [...(adjacency.get(id)?.keys() ?? [])]
      .filter((p) => onChain(p) && fromStart.get(p) === (fromStart.get(id) ?? 0) + 1)
      .sort();

  const organizations = new Set<string>();
  const linkKeys = new Set<string>();
  const count = new Map<string, number>([[to, 1]]);
  // Organisations by distance from the end, so each one's chain count is known before it is needed.
  const ordered = [...fromStart.keys()]
    .filter(onChain)
    .sort((a, b) => (fromEnd.get(a) ?? 0) - (fromEnd.get(b) ?? 0));
  for (const id of ordered) {
    organizations.add(id);
    if (id !== to)
      count.set(
        id,
        next(id).reduce((sum, p) => sum + (count.get(p) ?? 0), 0),
      );
    for (const p of next(id)) for (const key of adjacency.get(id)?.get(p) ?? []) linkKeys.add(key);
  }

  const chains: string[][] = [];
  const walk = (chain: string[]) => {
    if (chains.length >= limit) return;
    const last = chain[chain.length - 1] as string;
    if (last === to) {
      chains.push([...chain]);
      return;
    }
    for (const p of next(last)) walk([...chain, p]);
  };
  walk([from]);
  return { distance, chains, total: count.get(from) ?? 0, organizations, links: linkKeys };
}
