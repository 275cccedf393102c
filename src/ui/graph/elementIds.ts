/**
 * Cytoscape's element ids for organisations and alliances. fcose, and cose-base under it, keep
 * nodes in plain objects keyed by element id: an organisation whose id is `__proto__` or
 * `constructor` read Object.prototype's members instead and broke the layout. Every id given to
 * Cytoscape carries a prefix that no built-in property name starts with; these functions are the
 * only way between the dataset's ids and Cytoscape's.
 */
const NODE = 'o:';
const EDGE = 'l:';

/** The Cytoscape id of an organisation. */
export function nodeId(organization: string): string {
  return NODE + organization;
}

/** The Cytoscape id of an alliance (its key in the dataset). */
export function edgeId(link: string): string {
  return EDGE + link;
}

/** The organisation a Cytoscape node stands for. */
export function organizationOf(node: { id(): string }): string {
  return node.id().slice(NODE.length);
}

/** The alliance a Cytoscape edge stands for. */
export function linkOf(edge: { id(): string }): string {
  return edge.id().slice(EDGE.length);
}
