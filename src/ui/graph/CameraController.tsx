/**
 * Render-less: moves the camera when what is shown changes once the network is placed — to fit
 * what the layer, the filters or the ego network leave, or the chains of introductions found,
 * with room around them for their names.
 */
import { useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import { currentIntroductions, shownSet } from '../../state/selectors/explore';
import { placedLayout } from '../../state/slices/graphSlice';
import { atlasState, useAtlas } from '../../state/useAtlas';
import { nodeId } from './elementIds';
import { fitToFreeArea } from './viewport';

/** Room around a chain of introductions, for the names of the organisations on it. */
const CHAIN_PADDING = 60;

export function CameraController({ cy }: { cy: Core }) {
  const shown = useAtlas(shownSet);
  const path = useAtlas(currentIntroductions);
  const version = useAtlas((s) => s.datasetVersion);
  const last = useRef<{ version: number; shown: typeof shown } | null>(null);

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

  return null;
}
