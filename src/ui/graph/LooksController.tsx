/**
 * Render-less: brings every element to its look (core/looks, through the store): data and the
 * class of its look, set only where they change, and the stylesheet of the theme. The names
 * follow (LabelController ranks again).
 */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { currentAllianceLooks, currentOrganizationLooks } from '../../state/explore';
import { useAtlas } from '../../state/useAtlas';
import { edgeId, nodeId } from './elementIds';
import {
  allianceClasses,
  allianceData,
  applyLook,
  organizationClasses,
  organizationData,
} from './elements';
import { SIZES_CHANGED } from './labels';
import { graphStylesheet } from './stylesheet';

export function LooksController({ cy, large }: { cy: Core; large: boolean }) {
  const dataset = useAtlas((s) => s.dataset);
  const version = useAtlas((s) => s.datasetVersion);
  const theme = useAtlas((s) => s.theme);
  const organizations = useAtlas(currentOrganizationLooks);
  const alliances = useAtlas(currentAllianceLooks);
  const dashPatterns = alliances?.dashPatterns;

  useEffect(() => {
    if (!dashPatterns) return;
    cy.style(graphStylesheet({ dashPatterns, large, theme }));
  }, [cy, dashPatterns, large, theme]);

  useEffect(() => {
    if (!dataset || !organizations) return;
    cy.batch(() => {
      dataset.organizations.forEach((organization, i) => {
        const node = cy.getElementById(nodeId(organization.id));
        if (!node.empty()) {
          applyLook(
            node,
            organizationData(organizations, i),
            organizationClasses(organizations, i),
          );
        }
      });
      // A large network's alliances are not Cytoscape edges (NetworkLayer draws them).
      if (large || !alliances) return;
      dataset.links.forEach((link, i) => {
        const edge = cy.getElementById(edgeId(link.key));
        if (!edge.empty())
          applyLook(edge, allianceData(alliances, i), allianceClasses(alliances, i));
      });
    });
    cy.emit(SIZES_CHANGED);
  }, [cy, dataset, version, organizations, alliances, large]);

  return null;
}
