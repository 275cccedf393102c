/**
 * The dataset as Cytoscape elements, with the data and the class of their look (core/looks), and
 * the one function that keeps an element's look up to date.
 */
import type { ElementDefinition, SingularElementReturnValue } from 'cytoscape';
import type { AllianceLooks, OrganizationLooks } from '../../core/looks/looks';
import type { Dataset, Link, Organization } from '../../core/model/types';
import { isolate, shorten } from '../UserText';
import { edgeId, nodeId } from './elementIds';
import { ALLIANCE_CLASS, dashClass, ORGANIZATION_CLASS } from './stylesheet';

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

/** What an organisation's node carries of its look. */
/**
 * An organisation's data for the stylesheet. Where the network layer paints the discs (`painted`
 * false: large networks), Cytoscape draws none, so their colour stays one constant: a colour
 * change then costs it no restyle of thousands of nodes.
 */
export function organizationData(looks: OrganizationLooks, i: number, painted: boolean) {
  return {
    color: painted ? (looks.palette[looks.colours[i]!] ?? '#bbbbbb') : UNPAINTED,
    size: looks.diameters[i]!,
    tier: looks.tiers[i]!,
    labelled: looks.labels[i]!,
  };
}

/** The colour data of a disc the layer paints (Cytoscape draws it at opacity 0). */
const UNPAINTED = '#000000';

/** An organisation's classes: its look, its ring, and whether it is a placeholder. */
export function organizationClasses(looks: OrganizationLooks, i: number): string {
  return [
    ORGANIZATION_CLASS[looks.looks[i]!] ?? '',
    looks.rings[i] === 1 ? 'ring' : '',
    looks.placeholders[i] === 1 ? 'placeholder' : '',
  ]
    .filter((c) => c !== '')
    .join(' ');
}

export function allianceData(looks: AllianceLooks, i: number) {
  return { color: looks.palette[looks.colours[i]!] ?? '#9aa5b1', width: looks.widths[i]! };
}

export function allianceClasses(looks: AllianceLooks, i: number): string {
  return [ALLIANCE_CLASS[looks.looks[i]!] ?? '', dashClass(looks.dashes[i]!)]
    .filter((c) => c !== '')
    .join(' ');
}

/**
 * The elements of a dataset in their looks. `alliances` null gives the organisations only (large
 * networks draw their alliances apart).
 */
export function datasetElements(
  dataset: Dataset,
  organizations: OrganizationLooks,
  alliances: AllianceLooks | null,
): ElementDefinition[] {
  const elements: ElementDefinition[] = dataset.organizations.map((organization, i) =>
    organizationElement(organization, i, organizations, alliances !== null),
  );
  if (alliances) {
    dataset.links.forEach((link, i) => elements.push(allianceElement(link, i, alliances)));
  }
  return elements;
}

/** The node of the organisation at `i`, in its look. */
export function organizationElement(
  organization: Organization,
  i: number,
  looks: OrganizationLooks,
  painted: boolean,
): ElementDefinition {
  return {
    group: 'nodes',
    data: {
      id: nodeId(organization.id),
      // Canvas text: a name is drawn as characters, never parsed as HTML.
      name: organization.name,
      label: graphLabel(organization.name),
      ...organizationData(looks, i, painted),
    },
    classes: organizationClasses(looks, i),
  };
}

/** The edge of the alliance at `i`, in its look. */
export function allianceElement(link: Link, i: number, looks: AllianceLooks): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: edgeId(link.key),
      source: nodeId(link.source),
      target: nodeId(link.target),
      ...allianceData(looks, i),
    },
    classes: allianceClasses(looks, i),
  };
}

/**
 * Brings an element to its look: data and classes set only where they change, as each change
 * restyles the element (a colour change restyles thousands at once).
 */
export function applyLook(
  element: SingularElementReturnValue,
  data: Record<string, string | number>,
  classes: string,
): void {
  const changed = Object.entries(data).filter(([key, value]) => element.data(key) !== value);
  if (changed.length > 0) element.data(Object.fromEntries(changed));
  const kept = element.classes().filter((c) => LOOK_CLASS.test(c));
  const wanted = classes === '' ? [] : classes.split(' ');
  if (kept.length !== wanted.length || kept.some((c, k) => c !== wanted[k])) {
    element.removeClass(kept.join(' '));
    if (wanted.length > 0) element.addClass(classes);
  }
}

/** The classes the looks own (others, like `named` or `hovered`, belong to other controllers). */
const LOOK_CLASS = /^(look-|dash-|ring$|placeholder$)/;
