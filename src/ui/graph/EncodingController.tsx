/**
 * Render-less: colours and sizes the organisations by the encodings chosen (colour by sector,
 * community, scope, country, world region or theme; size by any measure), colours the alliances by
 * scope when scope is chosen, and makes the legend group picked stand out.
 */
import { useEffect } from 'react';
import type { Core, SingularElementReturnValue } from 'cytoscape';
import { colourGroups, highlightMembers } from '../../state/explore';
import { useAtlas } from '../../state/useAtlas';
import { LINK_COLOR, scopeColor } from '../palette';
import { LARGE_NETWORK } from './elements';
import { linkOf, organizationOf } from './elementIds';
import { organizationEncodings } from './encodings';
import { labelTiers, SIZES_CHANGED } from './labels';

export function EncodingController({ cy }: { cy: Core }) {
  const dataset = useAtlas((s) => s.dataset);
  const version = useAtlas((s) => s.datasetVersion);
  const metrics = useAtlas((s) => s.metrics);
  const colourBy = useAtlas((s) => s.colourBy);
  const sizeBy = useAtlas((s) => s.sizeBy);
  const highlight = useAtlas((s) => s.highlight);

  useEffect(() => {
    if (!dataset) return;
    const encodings = organizationEncodings(dataset, metrics, colourBy, sizeBy);
    const nodes = cy.nodes();
    // A large network's discs are painted by its layer (NetworkLayer): Cytoscape's nodes there
    // need no colour, and restyling 5,000 of them on a colour change is what the layer spares.
    const painted = nodes.length <= LARGE_NETWORK;
    const tiers = labelTiers(nodes.map((node) => encodings.values.get(organizationOf(node)) ?? 0));
    cy.batch(() => {
      // Data set only where it changes: each change restyles the element.
      nodes.forEach((node, index) => {
        const id = organizationOf(node);
        const next: Record<string, string | number> = {
          prominence: encodings.prominenceOf(id),
          tier: tiers[index] ?? 3,
        };
        if (painted) next.color = encodings.colourOf(id);
        const changed = Object.entries(next).filter(([key, value]) => node.data(key) !== value);
        if (changed.length > 0) node.data(Object.fromEntries(changed));
      });
      cy.edges().forEach((edge) => {
        const scope = String(edge.data('scope'));
        const color = colourBy === 'scope' ? (scopeColor(scope) ?? LINK_COLOR) : LINK_COLOR;
        if (edge.data('color') !== color) edge.data('color', color);
      });
    });
    const container = cy.container();
    if (container) {
      container.dataset.colourBy = colourBy;
      container.dataset.sizeBy = sizeBy;
    }
    // Names follow the sizes: LabelController ranks again.
    cy.emit(SIZES_CHANGED);
  }, [cy, dataset, version, metrics, colourBy, sizeBy]);

  useEffect(() => {
    if (!dataset) return;
    const { groupOf } = colourGroups(dataset, metrics, colourBy);
    const members = highlightMembers(dataset, groupOf, highlight);
    cy.batch(() => {
      cy.elements('.faded, .highlighted').removeClass('faded highlighted');
      if (!members) return;
      // Large networks draw their alliances outside Cytoscape (NetworkLayer): nodes only here.
      cy.elements().forEach((element: SingularElementReturnValue) => {
        const node = element.group() === 'nodes';
        const stands = node
          ? members.organizations.has(organizationOf(element))
          : members.links.has(linkOf(element));
        if (!stands) element.addClass('faded');
        else if (!node) element.addClass('highlighted');
      });
    });
    const container = cy.container();
    if (container) container.dataset.highlighted = String(members?.organizations.size ?? 0);
  }, [cy, dataset, highlight, version, colourBy, metrics]);

  return null;
}
