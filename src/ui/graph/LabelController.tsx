/**
 * Render-less: decides which organisations are named (class `named`) from the zoom and the room
 * on screen (labels.ts), and gives their names a constant size on screen. It runs when the view
 * settles, not on every frame of a zoom or pan: meanwhile the names scale with the drawing.
 */
import { useEffect } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import { LABEL_FONT } from './stylesheet';
import { fitZoomOf, FITTED } from './viewport';
import {
  LABEL_SPOTS,
  namedTier,
  placeLabels,
  SIZES_CHANGED,
  TIER_LABEL_PX,
  type LabelCandidate,
  type LabelSpot,
  type LabelTier,
  type Rect,
} from './labels';

const SETTLE_MS = 120;
/** At most this many organisations shown: every one is a candidate for a name. */
const FEW_ENOUGH_TO_NAME = 60;
/** Longer names end in an ellipsis; pointing at one shows it whole. */
const LABEL_MAX_WIDTH_PX = 170;
/** Room between a disc and its name, on screen (about the stylesheet's text margins). */
const LABEL_OFFSET_PX = 3;
/** Text widths are measured once per name at this size, then scaled. */
const MEASURE_PX = 10;

function textMeasurer(): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      if (context) {
        context.font = `500 ${MEASURE_PX}px ${LABEL_FONT}`;
        width = context.measureText(text).width;
      } else {
        width = text.length * MEASURE_PX * 0.55;
      }
      cache.set(text, width);
    }
    return width;
  };
}

export function LabelController({ cy }: { cy: Core }) {
  useEffect(() => {
    const measure = textMeasurer();
    let ranked: NodeSingular[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;

    const rank = () => {
      // Most partners first; the file's order breaks ties, so the choice is stable.
      ranked = cy
        .nodes()
        .toArray()
        .map((node, index) => ({ node, index, degree: Number(node.data('degree')) }))
        .sort((a, b) => b.degree - a.degree || a.index - b.index)
        .map(({ node }) => node);
    };

    function candidate(node: NodeSingular, tier: LabelTier): LabelCandidate {
      const { x, y } = node.renderedPosition();
      const radius = node.renderedWidth() / 2;
      const px = TIER_LABEL_PX[tier];
      const label = String(node.data('label'));
      const width = Math.min(LABEL_MAX_WIDTH_PX, (measure(label) * px) / MEASURE_PX);
      const height = px * 1.3;
      const reach = radius + LABEL_OFFSET_PX;
      const spots: Record<LabelSpot, Rect> = {
        below: {
          left: x - width / 2,
          right: x + width / 2,
          top: y + reach,
          bottom: y + reach + height,
        },
        above: {
          left: x - width / 2,
          right: x + width / 2,
          top: y - reach - height,
          bottom: y - reach,
        },
        right: {
          left: x + reach,
          right: x + reach + width,
          top: y - height / 2,
          bottom: y + height / 2,
        },
        left: {
          left: x - reach - width,
          right: x - reach,
          top: y - height / 2,
          bottom: y + height / 2,
        },
      };
      return {
        id: node.id(),
        disc: { left: x - radius, right: x + radius, top: y - radius, bottom: y + radius },
        spots: LABEL_SPOTS.map((spot) => spots[spot]),
      };
    }

    function* candidates(upTo: LabelTier): Generator<LabelCandidate> {
      // The organisation picked by search or a click is always named, and first.
      for (const node of cy.nodes(':selected').toArray()) yield candidate(node, 1);
      const width = cy.width();
      const height = cy.height();
      for (const node of ranked) {
        const tier = Number(node.data('tier')) as LabelTier;
        if (tier > upTo || node.selected() || node.hasClass('filtered-out')) continue;
        const { x, y } = node.renderedPosition();
        const margin = LABEL_MAX_WIDTH_PX;
        if (x < -margin || x > width + margin || y < -margin || y > height + margin) continue;
        yield candidate(node, tier);
      }
    }

    const update = () => {
      timer = undefined;
      if (cy.destroyed()) return;
      const zoom = cy.zoom();
      const fitZoom = fitZoomOf(cy) ?? zoom;
      // A handful of organisations on screen (an ego network, a path, a narrow filter): name
      // them all, room permitting, whatever the zoom.
      const few = cy.nodes().not('.filtered-out').length <= FEW_ENOUGH_TO_NAME;
      const named = placeLabels(candidates(few ? 3 : namedTier(zoom, fitZoom)));
      cy.batch(() => {
        for (const node of ranked) {
          if (!named.has(node.id())) {
            if (node.hasClass('named')) node.removeClass('named spot-above spot-right spot-left');
            continue;
          }
          const tier = node.selected() ? 1 : (Number(node.data('tier')) as LabelTier);
          const spot = named.get(node.id()) ?? 'below';
          // Set only when they change: every change restyles and redraws (seconds at 30,000).
          const labelSize = TIER_LABEL_PX[tier] / zoom;
          const labelWidth = `${Math.round(LABEL_MAX_WIDTH_PX / zoom)}px`;
          if (node.data('labelSize') !== labelSize || node.data('labelWidth') !== labelWidth) {
            node.data({ labelSize, labelWidth });
          }
          for (const other of LABEL_SPOTS) {
            if (other !== 'below') node.toggleClass(`spot-${other}`, other === spot);
          }
          node.addClass('named');
        }
      });
    };
    const settle = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(update, SETTLE_MS);
    };
    const refresh = () => {
      rank();
      update();
    };

    cy.on('viewport dragfree select unselect', settle);
    cy.on(`${FITTED} ${SIZES_CHANGED}`, refresh);
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      cy.off('viewport dragfree select unselect', settle);
      cy.off(`${FITTED} ${SIZES_CHANGED}`, refresh);
    };
  }, [cy]);
  return null;
}
