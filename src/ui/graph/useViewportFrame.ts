import { useEffect } from 'react';
import type { Core } from 'cytoscape';

/**
 * Calls `follow` now and once per animation frame while Cytoscape's viewport moves (many
 * viewport events arrive per frame during a drag or a pinch). For layers drawn over or under the
 * canvas in model coordinates: the world outline, the group captions. Pass a stable `follow`
 * (useCallback): a new one re-subscribes.
 */
export function useViewportFrame(cy: Core, follow: () => void): void {
  useEffect(() => {
    let frame = 0;
    const run = () => {
      frame = 0;
      follow();
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(run);
    };
    run();
    cy.on('viewport', schedule);
    return () => {
      cy.off('viewport', schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [cy, follow]);
}
