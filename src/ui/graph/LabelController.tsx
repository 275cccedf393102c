/**
 * Render-less: names the organisations the looks say may be named (class `named`): those that
 * are always named first, then the others by tier as the zoom and the room on screen allow
 * (labels.ts), at a constant size on screen. It runs when the view settles, not on every frame of
 * a zoom or pan: meanwhile the names scale with the drawing.
 */
import { useEffect } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import { LABEL, ORGANIZATION_LOOK } from '../../core/looks/looks';
import { THEMES, type ThemeStyle } from '../../core/looks/themes';
import { currentOrganizationLooks } from '../../state/selectors/explore';
import { atlasState } from '../../state/useAtlas';
import { nodeId } from './elementIds';
import { LABEL_FONT } from './stylesheet';
import { fitZoomOf, FITTED, freeArea } from './viewport';
import { OVERLAYS_CHANGED } from './overlays';
import {
  LABEL_SPOTS,
  namedTier,
  placeLabels,
  SIZES_CHANGED,
  TIER_LABEL_PX,
  type LabelCandidate,
  type LabelSpot,
  type Rect,
  wrapName,
} from './labels';
import type { LabelTier } from '../../core/looks/encodings';

const SETTLE_MS = 120;
/** At most this many organisations shown: every one is a candidate for a name. */
const FEW_ENOUGH_TO_NAME = 60;
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
    /** Organisations that may be named, largest first, with their tier; and those always named. */
    let ranked: { node: NodeSingular; tier: LabelTier }[] = [];
    let always: NodeSingular[] = [];
    let shown = 0;
    /** How the theme sets names: their size, their width, shortened or whole. */
    let names: ThemeStyle['names'] = THEMES.default.names;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const rank = () => {
      const state = atlasState();
      const looks = currentOrganizationLooks(state);
      ranked = [];
      always = [];
      shown = 0;
      names = THEMES[state.theme].names;
      if (!looks || !state.dataset) return;
      const order: { node: NodeSingular; index: number; tier: LabelTier }[] = [];
      state.dataset.organizations.forEach((organization, index) => {
        // Those that stand out: faded ones are never named, so they leave room for the others.
        const look = looks.looks[index];
        if (look === ORGANIZATION_LOOK.plain || look === ORGANIZATION_LOOK.onPath) shown++;
        const label = looks.labels[index];
        if (label === LABEL.never) return;
        const node = cy.getElementById(nodeId(organization.id));
        if (node.empty()) return;
        if (label === LABEL.always) always.push(node);
        else order.push({ node, index, tier: looks.tiers[index] as LabelTier });
      });
      // Largest first; the file's order breaks ties, so the choice is stable.
      const size = looks.prominence;
      order.sort((a, b) => size[b.index]! - size[a.index]! || a.index - b.index);
      ranked = order.map(({ node, tier }) => ({ node, tier }));
    };

    function candidate(node: NodeSingular, tier: LabelTier): LabelCandidate {
      const { x, y } = node.renderedPosition();
      const radius = node.renderedWidth() / 2;
      const px = names.px ?? TIER_LABEL_PX[tier];
      const label = String(node.data('label'));
      const widthOf = (text: string) => (measure(text) * px) / MEASURE_PX;
      let width: number;
      let lines = 1;
      if (names.whole) {
        const wrapped = wrapName(label, names.maxWidth, widthOf);
        width = Math.max(...wrapped.map(widthOf));
        lines = wrapped.length;
      } else {
        width = Math.min(names.maxWidth, widthOf(label));
      }
      const height = px * 1.3 * lines;
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
      // The selected organisation and those on a chain are always named, and first.
      for (const node of always) yield candidate(node, 1);
      const width = cy.width();
      const height = cy.height();
      for (const { node, tier } of ranked) {
        if (tier > upTo) continue;
        const { x, y } = node.renderedPosition();
        const margin = names.maxWidth;
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
      const few = shown <= FEW_ENOUGH_TO_NAME;
      // A name under a panel (the legend, a projector's title) is cut short: none goes there.
      const view = freeArea(cy);
      const named = placeLabels(candidates(few ? 3 : namedTier(zoom, fitZoom)), view);
      const tierOf = new Map<NodeSingular, LabelTier>(ranked.map(({ node, tier }) => [node, tier]));
      for (const node of always) tierOf.set(node, 1);
      cy.batch(() => {
        // Every node may have been named before: the looks change who may be.
        cy.nodes('.named').forEach((node) => {
          if (!named.has(node.id())) node.removeClass('named spot-above spot-right spot-left');
        });
        for (const [node, tier] of tierOf) {
          if (!named.has(node.id())) continue;
          const spot = named.get(node.id()) ?? 'below';
          // Set only when they change: every change restyles and redraws (seconds at 30,000).
          const labelSize = (names.px ?? TIER_LABEL_PX[tier]) / zoom;
          const labelWidth = `${Math.round(names.maxWidth / zoom)}px`;
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

    cy.on('viewport dragfree', settle);
    window.addEventListener(OVERLAYS_CHANGED, settle);
    cy.on(`${FITTED} ${SIZES_CHANGED}`, refresh);
    // Whatever happened before this listened (a fit, new looks), the names start right.
    refresh();
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      cy.off('viewport dragfree', settle);
      window.removeEventListener(OVERLAYS_CHANGED, settle);
      cy.off(`${FITTED} ${SIZES_CHANGED}`, refresh);
    };
  }, [cy]);
  return null;
}
