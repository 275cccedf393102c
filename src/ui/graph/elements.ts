/** The dataset as Cytoscape elements: structure plus the few data fields the stylesheet maps. */
import type { ElementDefinition } from 'cytoscape';
import type { Dataset } from '../../core/model/types';
import { sectorColor } from '../palette';

/** Above this many organisations the graph switches to the settings for large networks. */
export const LARGE_NETWORK = 2_000;

/**
 * Label tiers by rank of degree: tier 1 (the hubs) is named at the first, fitted zoom, tier 2
 * when zooming in a little, tier 3 (everyone else) when zooming in more. See stylesheet.ts.
 */
function labelTiers(dataset: Dataset, degree: Map<string, number>): Map<string, 1 | 2 | 3> {
  const n = dataset.organizations.length;
  const first = Math.min(30, Math.max(8, Math.round(n * 0.07)));
  const second = Math.max(first, Math.round(n * 0.3));
  // Stable sort: among equal degrees the file's order decides, so tiers never flicker.
  const ranked = dataset.organizations
    .map((o, index) => ({ id: o.id, degree: degree.get(o.id) ?? 0, index }))
    .sort((a, b) => b.degree - a.degree || a.index - b.index);
  return new Map(ranked.map(({ id }, rank) => [id, rank < first ? 1 : rank < second ? 2 : 3]));
}

export interface GraphElements {
  elements: ElementDefinition[];
  /** The largest `prominence` of any organisation (the stylesheet's mapData range). */
  maxProminence: number;
  maxWeight: number;
}

/** Distinct partners of each organisation (self links do not count), as the metrics define it. */
export function partnerCounts(dataset: Dataset): Map<string, number> {
  const partners = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    let set = partners.get(a);
    if (!set) partners.set(a, (set = new Set()));
    set.add(b);
  };
  for (const link of dataset.links) {
    if (link.source === link.target) continue;
    add(link.source, link.target);
    add(link.target, link.source);
  }
  return new Map([...partners].map(([id, set]) => [id, set.size]));
}

export function datasetElements(dataset: Dataset): GraphElements {
  const degree = partnerCounts(dataset);
  const tiers = labelTiers(dataset, degree);
  let maxProminence = 0;
  let maxWeight = 1;

  const elements: ElementDefinition[] = [];
  for (const organization of dataset.organizations) {
    const partners = degree.get(organization.id) ?? 0;
    // Size by the square root of the degree, so that a disc's area (what the eye compares)
    // grows with the number of partners and a few hubs do not dwarf everyone else.
    const prominence = Math.sqrt(partners);
    maxProminence = Math.max(maxProminence, prominence);
    elements.push({
      group: 'nodes',
      data: {
        id: organization.id,
        // Canvas text: a name is drawn as characters, never parsed as HTML.
        name: organization.name,
        sector: organization.sector ?? '',
        color: sectorColor(organization.sector),
        degree: partners,
        prominence,
        tier: tiers.get(organization.id) ?? 3,
      },
      classes: organization.placeholder ? 'placeholder' : undefined,
    });
  }
  for (const link of dataset.links) {
    maxWeight = Math.max(maxWeight, link.weight);
    elements.push({
      group: 'edges',
      data: {
        id: link.key,
        source: link.source,
        target: link.target,
        weight: link.weight,
        scope: link.scope,
      },
    });
  }
  return { elements, maxProminence, maxWeight };
}
