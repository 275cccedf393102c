/**
 * Render-less: "who can introduce whom". Every shortest chain from the selected organisation to
 * the one asked for stands out (named, outlined, dark alliances); the rest steps back.
 */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { currentIntroductions, shownSet } from '../../state/explore';
import { atlasState, useAtlas } from '../../state/useAtlas';
import { edgeId, nodeId } from './elementIds';
import { fitToFreeArea } from './viewport';

export function PathController({ cy }: { cy: Core }) {
  const version = useAtlas((s) => s.datasetVersion);
  const selected = useAtlas((s) => s.selectedOrganization);
  const target = useAtlas((s) => s.pathTarget);
  // The chains are sought among what is shown: follow every input of the shown set.
  const shown = useAtlas(shownSet);

  useEffect(() => {
    const found = target === null ? null : currentIntroductions(atlasState());
    const container = cy.container();
    cy.batch(() => {
      cy.elements('.on-path, .off-path').removeClass('on-path off-path');
      if (!found || found.distance === null) return;
      cy.elements().addClass('off-path');
      for (const id of found.organizations) {
        cy.getElementById(nodeId(id)).removeClass('off-path').addClass('on-path');
      }
      for (const key of found.links) {
        cy.getElementById(edgeId(key)).removeClass('off-path').addClass('on-path');
      }
    });
    if (container) {
      container.dataset.pathOrganizations = String(found?.organizations.size ?? 0);
      container.dataset.pathLinks = String(found?.links.size ?? 0);
    }
    if (found && found.distance !== null && container?.dataset.ready === 'true') {
      // Room around the chain for the names of the organisations on it.
      fitToFreeArea(cy, cy.elements('.on-path'), 60);
    }
  }, [cy, version, selected, target, shown]);

  return null;
}
