/** The dataset as Cytoscape elements: structure plus the few data fields the stylesheet maps. */
import type { ElementDefinition } from 'cytoscape';
import type { Dataset } from '../../core/model/types';
import { sectorColor } from '../palette';

/** Above this many organisations the graph switches to the settings for large networks. */
export const LARGE_NETWORK = 2_000;

/** How many organisations carry a label at first sight: the best connected ones. */
const LABELLED = 18;

export interface GraphElements {
  elements: ElementDefinition[];
  maxDegree: number;
}

export function datasetElements(dataset: Dataset): GraphElements {
  const degree = new Map<string, number>();
  const partners = new Map<string, Set<string>>();
  for (const link of dataset.links) {
    if (link.source === link.target) continue;
    for (const [a, b] of [
      [link.source, link.target],
      [link.target, link.source],
    ] as const) {
      let set = partners.get(a);
      if (!set) partners.set(a, (set = new Set()));
      set.add(b);
    }
  }
  for (const [id, set] of partners) degree.set(id, set.size);
  const ranked = [...degree.entries()].sort((a, b) => b[1] - a[1]);
  const labelled = new Set(ranked.slice(0, LABELLED).map(([id]) => id));
  const maxDegree = ranked[0]?.[1] ?? 0;

  const elements: ElementDefinition[] = [];
  for (const organization of dataset.organizations) {
    elements.push({
      group: 'nodes',
      data: {
        id: organization.id,
        name: organization.name,
        label: labelled.has(organization.id) ? organization.name : '',
        sector: organization.sector ?? '',
        color: sectorColor(organization.sector),
        degree: degree.get(organization.id) ?? 0,
      },
      classes: organization.placeholder ? 'placeholder' : undefined,
    });
  }
  for (const link of dataset.links) {
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
  return { elements, maxDegree };
}
