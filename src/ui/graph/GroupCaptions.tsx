/**
 * The names of the groups of the grouped layout, above each disc of organisations. Drawn in HTML
 * over the canvas (names are text, never parsed), moved with the viewport once a frame.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Core } from 'cytoscape';
import { sectorGroups } from '../../state/selectors/placements';
import { useAtlas } from '../../state/useAtlas';
import { useGroupName } from '../useGroupName';
import { UserText } from '../UserText';
import { useViewportFrame } from './useViewportFrame';

/** Room between a disc's rim and its caption, in model units. */
export const CAPTION_ABOVE = 14;

export function GroupCaptions({ cy }: { cy: Core }) {
  const dataset = useAtlas((s) => s.dataset);
  const groupName = useGroupName();
  const box = useRef<HTMLDivElement>(null);
  const groups = useMemo(() => (dataset ? sectorGroups(dataset) : []), [dataset]);

  const place = useCallback(() => {
    const { x, y } = cy.pan();
    const zoom = cy.zoom();
    box.current?.querySelectorAll<HTMLElement>('[data-x]').forEach((caption) => {
      const left = x + zoom * Number(caption.dataset.x);
      const top = y + zoom * Number(caption.dataset.y);
      caption.style.transform = `translate(${left}px, ${top}px) translate(-50%, -100%)`;
    });
  }, [cy]);
  useViewportFrame(cy, place);
  // New groups (another dataset) are placed at once, not at the next camera move.
  useEffect(() => place(), [place, groups]);

  return (
    <div className="group-captions" ref={box} data-testid="group-captions" aria-hidden>
      {groups.map((g) => (
        <span
          key={g.group}
          data-x={g.centre.x}
          data-y={g.centre.y - g.radius - CAPTION_ABOVE}
          data-group={g.group}
        >
          <UserText text={groupName('sector', g.group)} short /> · {g.count}
        </span>
      ))}
    </div>
  );
}
