/**
 * Render-less: moves the camera when what is shown changes once the network is placed — to fit
 * what the layer, the filters or the ego network leave, or the chains of introductions found,
 * with room around them for their names. It keeps where the camera looks in the store once it
 * rests, and shows a view's camera (a link's, Back and Forward) once the network stands in the
 * view's layout. While presenting, it frames the organisation in the spotlight with its partners.
 */
import { useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import { currentIntroductions, shownSet } from '../../state/selectors/explore';
import { placedLayout } from '../../state/slices/graphSlice';
import { atlasState, useAtlas } from '../../state/useAtlas';
import { nodeId } from './elementIds';
import { cameraOf, fitToFreeArea, glideToFreeArea, showCamera } from './viewport';

/** Room around a chain of introductions, for the names of the organisations on it. */
const CHAIN_PADDING = 60;
/** A camera is kept once it has not moved for this long (a drag, a pinch, an animation). */
const CAMERA_REST_MS = 150;

export function CameraController({ cy }: { cy: Core }) {
  const shown = useAtlas(shownSet);
  const path = useAtlas(currentIntroductions);
  const version = useAtlas((s) => s.datasetVersion);
  const last = useRef<{ version: number; shown: typeof shown } | null>(null);
  const pending = useAtlas((s) => s.cameraPending);
  const placed = useAtlas(placedLayout);
  const layout = useAtlas((s) => s.layout);
  const spotlight = useAtlas((s) => s.spotlight);

  useEffect(() => {
    const before = last.current;
    last.current = { version, shown };
    // A new dataset is fitted by its layout; only a change of what is shown moves the camera.
    if (!before || before.version !== version || before.shown === shown) return;
    if (placedLayout(atlasState()) !== null) fitToFreeArea(cy);
  }, [cy, shown, version]);

  useEffect(() => {
    if (!path || path.distance === null || placedLayout(atlasState()) === null) return;
    const chain = cy.collection();
    for (const id of path.organizations) chain.merge(cy.getElementById(nodeId(id)));
    fitToFreeArea(cy, chain, CHAIN_PADDING);
  }, [cy, path]);

  // The organisation found while presenting, framed with its partners.
  useEffect(() => {
    if (spotlight === null || placedLayout(atlasState()) === null) return;
    const framed = cy.collection();
    for (const id of atlasState().highlightedOrganizations ?? [spotlight]) {
      framed.merge(cy.getElementById(nodeId(id)));
    }
    glideToFreeArea(cy, framed, CHAIN_PADDING);
  }, [cy, spotlight]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const keep = () => {
      timer = null;
      const state = atlasState();
      // A view's camera waiting to be shown is the one the view has.
      if (state.cameraPending || placedLayout(state) === null) return;
      state.setCamera(cameraOf(cy));
    };
    const moved = () => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(keep, CAMERA_REST_MS);
    };
    cy.on('viewport', moved);
    return () => {
      cy.off('viewport', moved);
      if (timer !== null) clearTimeout(timer);
    };
  }, [cy]);

  // After the fits above: a view's camera is shown last, over them.
  useEffect(() => {
    if (!pending || placed === null || placed !== layout) return;
    const state = atlasState();
    showCamera(cy, state.camera, state.presenting);
    state.cameraShown();
  }, [cy, pending, placed, layout]);

  return null;
}
