/**
 * Render-less: brings every element to its look (core/looks, through the store): data and the
 * class of its look, set only where they change, and the stylesheet of the theme. The names
 * follow (LabelController ranks again).
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Core } from 'cytoscape';
import type { OrganizationLooks } from '../../core/looks/looks';
import type { Dataset } from '../../core/model/types';
import { currentAllianceLooks, currentOrganizationLooks } from '../../state/selectors/explore';
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
  // The stylesheet is replaced (every element restyled) only when the patterns themselves change,
  // not with every new look of the alliances.
  const patternsKey = alliances ? JSON.stringify(alliances.dashPatterns) : null;
  const dashPatterns = useMemo(
    () => (patternsKey === null ? null : (JSON.parse(patternsKey) as number[][])),
    [patternsKey],
  );
  // What the names depend on, as last applied: LabelController ranks again only on a change.
  const named = useRef<{ version: number; looks: OrganizationLooks } | null>(null);

  useEffect(() => {
    if (!dashPatterns) return;
    cy.style(graphStylesheet({ dashPatterns, large, theme }));
    // A theme may set names at another size (a projector's): they are placed again.
    cy.emit(SIZES_CHANGED);
  }, [cy, dashPatterns, large, theme]);

  // The looks last applied, with the records they were of: what did not change is left alone.
  const applied = useRef<{
    organizations: Dataset['organizations'];
    looks: OrganizationLooks;
  } | null>(null);

  useEffect(() => {
    if (!dataset || !organizations) return;
    const before = applied.current;
    applied.current = { organizations: dataset.organizations, looks: organizations };
    cy.batch(() => {
      dataset.organizations.forEach((organization, i) => {
        // The same record drawn the same way (an edit of another, at 50,000 organisations).
        if (
          before &&
          before.organizations[i] === organization &&
          sameLook(before.looks, organizations, i)
        )
          return;
        const node = cy.getElementById(nodeId(organization.id));
        if (!node.empty()) {
          applyLook(
            node,
            organizationData(organizations, i, !large),
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
    const last = named.current;
    if (last?.version !== version || !sameNames(last.looks, organizations)) cy.emit(SIZES_CHANGED);
    named.current = { version, looks: organizations };
  }, [cy, dataset, version, organizations, alliances, large]);

  return null;
}

/** Organisation `i` drawn alike by both looks: the same look, colour, size, tier, name and ring. */
function sameLook(a: OrganizationLooks, b: OrganizationLooks, i: number): boolean {
  return (
    a.looks[i] === b.looks[i] &&
    a.palette[a.colours[i]!] === b.palette[b.colours[i]!] &&
    a.diameters[i] === b.diameters[i] &&
    a.tiers[i] === b.tiers[i] &&
    a.labels[i] === b.labels[i] &&
    a.rings[i] === b.rings[i] &&
    a.placeholders[i] === b.placeholders[i]
  );
}

/** Same sizes, name tiers and names shown: nothing for the names to place again. */
function sameNames(a: OrganizationLooks, b: OrganizationLooks): boolean {
  return (
    sameValues(a.diameters, b.diameters) &&
    sameValues(a.tiers, b.tiers) &&
    sameValues(a.labels, b.labels)
  );
}

function sameValues(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
