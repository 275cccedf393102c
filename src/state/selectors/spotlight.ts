/**
 * The organisation a facilitator found while presenting, and its partners among the alliances on
 * screen, in the order of their names: what stands out, and what the arrow keys step through.
 */
import type { ShownSet } from '../../core/explore/filters';
import type { Dataset } from '../../core/model/types';
import type { AtlasState } from '../store';
import { shownSet } from './explore';
import { lastOf } from './lastOf';

const partnersOf = lastOf(
  (dataset: Dataset | null, shown: ShownSet | null, id: string | null): string[] => {
    if (!dataset || id === null) return [];
    const partners = new Set<string>();
    for (const link of dataset.links) {
      if (link.source === link.target || (shown && !shown.links.has(link.key))) continue;
      if (link.source === id) partners.add(link.target);
      else if (link.target === id) partners.add(link.source);
    }
    const names = new Map(dataset.organizations.map((o) => [o.id, o.name]));
    return [...partners].sort((a, b) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b));
  },
);

/** The partners of `id` (default: the organisation in the spotlight) among what is shown. */
export function spotlightPartners(state: AtlasState, id = state.spotlight): string[] {
  return partnersOf(state.dataset, shownSet(state), id);
}
