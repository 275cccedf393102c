/**
 * The world map behind the geographic layout. Render-less towards Cytoscape: it only listens to
 * the viewport and moves its own drawing so that model coordinates land on the same pixels as
 * the nodes (screen = pan + zoom · model, Cytoscape's rendered-position rule). Mounted before
 * the Cytoscape container, inside the same positioned box (worldOutline.css).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import { atlasState } from '../../state/useAtlas';
import { loadWorldOutlinePaths, type WorldOutlinePaths } from './worldOutline';
import { useViewportFrame } from './useViewportFrame';
import './worldOutline.css';

export function WorldOutline({ cy }: { cy: Core }) {
  const [paths, setPaths] = useState<WorldOutlinePaths | 'failed' | null>(null);
  const group = useRef<SVGGElement>(null);

  useEffect(() => {
    let live = true;
    loadWorldOutlinePaths().then(
      (loaded) => {
        if (live) setPaths(loaded);
      },
      // The map is a backdrop: without it the nodes are still where they belong. Its data could
      // not be loaded (offline after the first visit): say so.
      () => {
        if (!live) return;
        setPaths('failed');
        atlasState().notify('worldOutline');
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const follow = useCallback(() => {
    const { x, y } = cy.pan();
    group.current?.setAttribute('transform', `translate(${x} ${y}) scale(${cy.zoom()})`);
  }, [cy]);
  useViewportFrame(cy, follow);

  return (
    <svg
      className="world-outline"
      data-testid="world-outline"
      data-ready={paths === 'failed' ? 'failed' : paths ? 'true' : 'false'}
      aria-hidden="true"
      focusable="false"
    >
      <g ref={group}>
        {typeof paths === 'object' && paths && (
          <>
            <path className="world-outline-land" d={paths.land} />
            <path className="world-outline-borders" d={paths.borders} />
          </>
        )}
      </g>
    </svg>
  );
}
