/**
 * Render-less: hides what the scope layer, the filters and the ego network leave out (one batch,
 * no relayout), fits what is left, and says how much is shown.
 */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { shownSet } from '../../state/explore';
import { atlasState, useAtlas } from '../../state/useAtlas';
import { linkOf, organizationOf } from './elementIds';
import { fitToFreeArea } from './viewport';

export function VisibilityController({ cy }: { cy: Core }) {
  const dataset = useAtlas((s) => s.dataset);
  const version = useAtlas((s) => s.datasetVersion);
  const layer = useAtlas((s) => s.scopeLayer);
  const filters = useAtlas((s) => s.filters);
  const egoSteps = useAtlas((s) => s.egoSteps);
  const egoCenter = useAtlas((s) => (s.egoSteps === 0 ? null : s.selectedOrganization));

  useEffect(() => {
    if (!dataset) return;
    const shown = shownSet(atlasState());
    // Only the elements that change get a class (each change restyles the element).
    const hide: string[] = [];
    const show: string[] = [];
    const sort = (id: string, shouldShow: boolean, hidden: boolean) => {
      if (shouldShow && hidden) show.push(id);
      else if (!shouldShow && !hidden) hide.push(id);
    };
    cy.nodes().forEach((node) => {
      const shouldShow = !shown || shown.organizations.has(organizationOf(node));
      sort(node.id(), shouldShow, node.hasClass('filtered-out'));
    });
    cy.edges().forEach((edge) => {
      sort(edge.id(), !shown || shown.links.has(linkOf(edge)), edge.hasClass('filtered-out'));
    });
    if (hide.length > 0 || show.length > 0) {
      cy.batch(() => {
        for (const id of hide) cy.getElementById(id).addClass('filtered-out');
        for (const id of show) cy.getElementById(id).removeClass('filtered-out');
      });
    }
    const container = cy.container();
    if (container?.dataset.ready === 'true') {
      fitToFreeArea(cy, cy.elements().not('.filtered-out'));
    }
    if (container) {
      container.dataset.visibleNodes = String(cy.nodes().not('.filtered-out').length);
      // Counted from the shown set: a large network's alliances are not Cytoscape edges.
      container.dataset.visibleEdges = String(shown ? shown.links.size : dataset.links.length);
    }
  }, [cy, dataset, version, layer, filters, egoSteps, egoCenter]);

  return null;
}
