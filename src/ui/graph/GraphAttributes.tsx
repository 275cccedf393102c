/**
 * What the graph's container tells browser tests (and assistive summaries) about the drawing,
 * written in this one place from the store: how many organisations and alliances there are and
 * are shown, the encodings, the legend pick, the chains of introductions, the selection, the
 * layout the network is placed in (`data-ready` once it is), ForceAtlas2's refinement, the scope
 * layer, the theme, where the camera looks and where the selected organisation stands.
 * Nothing reads these back.
 */
import { useEffect, type RefObject } from 'react';
import { ALLIANCE_LOOK, ORGANIZATION_LOOK } from '../../core/looks/looks';
import {
  currentAllianceLooks,
  currentIntroductions,
  currentOrganizationLooks,
  highlighted,
  organizationIndex,
} from '../../state/selectors/explore';
import { placedLayout } from '../../state/slices/graphSlice';
import { useAtlas } from '../../state/useAtlas';

function countNot(looks: Uint8Array | undefined, code: number): number {
  if (!looks) return 0;
  let count = 0;
  for (let i = 0; i < looks.length; i++) if (looks[i] !== code) count++;
  return count;
}

export function GraphAttributes({ target }: { target: RefObject<HTMLDivElement | null> }) {
  const dataset = useAtlas((s) => s.dataset);
  const organizations = useAtlas(currentOrganizationLooks);
  const alliances = useAtlas(currentAllianceLooks);
  const members = useAtlas(highlighted);
  const path = useAtlas(currentIntroductions);
  const colourBy = useAtlas((s) => s.colourBy);
  const sizeBy = useAtlas((s) => s.sizeBy);
  const selected = useAtlas((s) => s.selectedOrganization);
  const layout = useAtlas(placedLayout);
  const refinement = useAtlas((s) => s.forceRefinement);
  const progress = useAtlas((s) => s.forceProgress);
  const camera = useAtlas((s) => s.camera);
  const scopeLayer = useAtlas((s) => s.scopeLayer);
  const theme = useAtlas((s) => s.theme);
  const placement = useAtlas((s) => s.placement);

  useEffect(() => {
    const element = target.current;
    if (!element) return;
    const found = path && path.distance !== null ? path : null;
    const at =
      selected === null || !dataset ? -1 : (organizationIndex(dataset).get(selected) ?? -1);
    const position =
      at >= 0 && placement && 2 * at + 1 < placement.positions.length
        ? `${placement.positions[2 * at]!.toFixed(2)},${placement.positions[2 * at + 1]!.toFixed(2)}`
        : '';
    const attributes: Record<string, string> = {
      nodes: String(dataset?.organizations.length ?? 0),
      edges: String(dataset?.links.length ?? 0),
      visibleNodes: String(countNot(organizations?.looks, ORGANIZATION_LOOK.hidden)),
      visibleEdges: String(countNot(alliances?.looks, ALLIANCE_LOOK.hidden)),
      colourBy,
      sizeBy,
      highlighted: String(members?.organizations.size ?? 0),
      pathOrganizations: String(found?.organizations.size ?? 0),
      pathLinks: String(found?.links.size ?? 0),
      selected: selected ?? '',
      ready: String(layout !== null),
      layout: layout ?? '',
      forceLayout: refinement === 'idle' ? '' : refinement,
      forceProgress: progress.toFixed(2),
      // Where the camera looks: `fitted`, or the model point at the centre and the zoom.
      camera: camera === 'fitted' ? camera : `${camera.x},${camera.y},${camera.zoom}`,
      scopeLayer,
      theme,
      selectedPosition: position,
    };
    Object.assign(element.dataset, attributes);
  }, [
    target,
    dataset,
    organizations,
    alliances,
    members,
    path,
    colourBy,
    sizeBy,
    selected,
    layout,
    refinement,
    progress,
    camera,
    scopeLayer,
    theme,
    placement,
  ]);

  return null;
}
