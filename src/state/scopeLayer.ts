/** The scope layers of the Explore area: a layer shows its links and the organisations they touch. */
import type { Dataset, LinkScope } from '../core/model/types';

export const SCOPE_LAYERS = ['all', 'local', 'national', 'regional', 'international'] as const;
export type ScopeLayer = (typeof SCOPE_LAYERS)[number];

export interface LayerContent {
  organizations: Set<string>;
  links: Set<string>;
}

/** Null for 'all' (everything visible). */
export function layerContent(dataset: Dataset, layer: ScopeLayer): LayerContent | null {
  if (layer === 'all') return null;
  const organizations = new Set<string>();
  const links = new Set<string>();
  for (const link of dataset.links) {
    if ((link.scope as LinkScope) !== layer) continue;
    links.add(link.key);
    organizations.add(link.source);
    organizations.add(link.target);
  }
  return { organizations, links };
}
