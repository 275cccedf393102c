/** The dataset as Cytoscape elements: structure plus the few data fields the stylesheet maps. */
import type { ElementDefinition } from 'cytoscape';
import type { Dataset } from '../../core/model/types';
import { partnerCountsOf } from '../../state/explore';
import { LINK_COLOR, sectorColor } from '../palette';
import { isolate, shorten } from '../UserText';
import { edgeId, nodeId } from './elementIds';
import { labelTiers } from './labels';
import { prominenceOf } from './stylesheet';

/** Above this many organisations the graph switches to the settings for large networks. */
export const LARGE_NETWORK = 2_000;

/**
 * Characters of a name drawn on the canvas: more than the widest name fits (the stylesheet ends
 * it in an ellipsis), and Cytoscape measures an ellipsis character by character.
 */
export const LABEL_CHARACTERS = 120;

/**
 * The name Cytoscape draws: shortened, and isolated (a right-to-left override inside a name
 * must not reorder anything drawn after it).
 */
export function graphLabel(name: string): string {
  return isolate(shorten(name, LABEL_CHARACTERS));
}

export interface GraphElements {
  elements: ElementDefinition[];
  maxWeight: number;
}

/** `links: false` gives the organisations only (large networks draw their alliances apart). */
export function datasetElements(
  dataset: Dataset,
  { links = true }: { links?: boolean } = {},
): GraphElements {
  const degree = partnerCountsOf(dataset);
  const maxDegree = Math.max(1, ...degree.values());
  const tiers = labelTiers(dataset.organizations.map((o) => degree.get(o.id) ?? 0));
  let maxWeight = 1;

  const elements: ElementDefinition[] = [];
  for (const [index, organization] of dataset.organizations.entries()) {
    const partners = degree.get(organization.id) ?? 0;
    // Sized by partners until EncodingController applies the measure chosen (same scale).
    const prominence = prominenceOf(partners, maxDegree);
    elements.push({
      group: 'nodes',
      data: {
        id: nodeId(organization.id),
        // Canvas text: a name is drawn as characters, never parsed as HTML.
        name: organization.name,
        label: graphLabel(organization.name),
        sector: organization.sector ?? '',
        color: sectorColor(organization.sector),
        degree: partners,
        prominence,
        tier: tiers[index] ?? 3,
      },
      classes: organization.placeholder ? 'placeholder' : undefined,
    });
  }
  for (const link of dataset.links) {
    maxWeight = Math.max(maxWeight, link.weight);
    if (!links) continue;
    elements.push({
      group: 'edges',
      data: {
        id: edgeId(link.key),
        source: nodeId(link.source),
        target: nodeId(link.target),
        weight: link.weight,
        scope: link.scope,
        type: link.type ?? '',
        color: LINK_COLOR,
      },
    });
  }
  return { elements, maxWeight };
}
