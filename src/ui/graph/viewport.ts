/**
 * Fitting the network to the part of the view that panels do not cover. Panels floating over the
 * graph say which edge they stick to with `data-graph-overlay="top|right|bottom|left"`; the fit
 * keeps the drawing clear of them (cy.fit only knows one padding for all four sides).
 */
import type { Collection, Core, NodeCollection, NodeSingular } from 'cytoscape';
import { ORGANIZATION_LOOK } from '../../core/looks/looks';
import type { Camera } from '../../core/view/viewForm';
import { currentOrganizationLooks, organizationIndex } from '../../state/selectors/explore';
import { atlasState } from '../../state/useAtlas';
import { organizationOf } from './elementIds';
import { LABEL_MAX_WIDTH_PX } from './labels';

/** The event a fit emits (labels follow it). */
export const FITTED = 'atlas:fitted';

/**
 * The zoom of each instance's last fit. Not in cy.scratch(): setting the core's scratch restyles
 * every element (Cytoscape assumes a mapper may read it), 0.3 s of a layout change at 5,000.
 */
const fitZooms = new WeakMap<Core, number>();

/** The zoom of the last fit, or undefined before the first. */
export function fitZoomOf(cy: Core): number | undefined {
  return fitZooms.get(cy);
}

const MARGIN = 24;
/** A fit never magnifies: a network of three organisations is not drawn with giant discs. */
const MAX_FIT_ZOOM = 1;
/** Names are drawn under the discs of the lowest organisations: keep room for one line. */
const LABEL_ROOM = 18;
/**
 * A name centred under a disc reaches half its width either side: room for it beside the
 * leftmost and rightmost discs (a geographic layout puts whole clusters at the edges).
 */
const LABEL_SIDE_ROOM = LABEL_MAX_WIDTH_PX / 2;
/** Below this share of the view left free, an overlay is ignored: a narrow window fits anyway. */
const MIN_FREE_SHARE = 0.45;

interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** How far the overlays reach into the view from each edge, plus `margin` (half past them). */
function overlayInsets(container: HTMLElement, margin = MARGIN): Insets {
  const box = container.getBoundingClientRect();
  const insets: Insets = { top: margin, right: margin, bottom: margin, left: margin };
  const scope = container.parentElement;
  if (!scope) return insets;
  for (const overlay of Array.from(scope.querySelectorAll<HTMLElement>('[data-graph-overlay]'))) {
    const rect = overlay.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    switch (overlay.dataset.graphOverlay) {
      case 'top':
        insets.top = Math.max(insets.top, rect.bottom - box.top + margin / 2);
        break;
      case 'right':
        insets.right = Math.max(insets.right, box.right - rect.left + margin / 2);
        break;
      case 'bottom':
        insets.bottom = Math.max(insets.bottom, box.bottom - rect.top + margin / 2);
        break;
      case 'left':
        insets.left = Math.max(insets.left, rect.right - box.left + margin / 2);
        break;
    }
  }
  if (box.width - insets.left - insets.right < box.width * MIN_FREE_SHARE) {
    insets.left = insets.right = margin;
  }
  if (box.height - insets.top - insets.bottom < box.height * MIN_FREE_SHARE) {
    insets.top = insets.bottom = margin;
  }
  return insets;
}

/** The part of the view, in rendered pixels, that no panel covers: where a name can be read. */
export function freeArea(cy: Core): { left: number; top: number; right: number; bottom: number } {
  const container = cy.container();
  const insets = container ? overlayInsets(container, 0) : { top: 0, right: 0, bottom: 0, left: 0 };
  return {
    left: insets.left,
    top: insets.top,
    right: cy.width() - insets.right,
    bottom: cy.height() - insets.bottom,
  };
}

/** The shown organisations among these nodes, and the diameter of each, from the looks. */
function shownDiscs(nodes: NodeCollection): { node: NodeSingular; diameter: number }[] {
  const state = atlasState();
  const looks = currentOrganizationLooks(state);
  if (!looks || !state.dataset) return [];
  const index = organizationIndex(state.dataset);
  const discs: { node: NodeSingular; diameter: number }[] = [];
  nodes.forEach((node) => {
    const i = index.get(organizationOf(node));
    if (i === undefined || looks.looks[i] === ORGANIZATION_LOOK.hidden) return;
    discs.push({ node, diameter: looks.diameters[i]! });
  });
  return discs;
}

/**
 * The box around these discs, from their positions and sizes. Cytoscape's own boundingBox()
 * also measures every edge and label: seconds on 30,000 elements.
 */
function discBounds(discs: { node: NodeSingular; diameter: number }[]): {
  x1: number;
  y1: number;
  w: number;
  h: number;
} {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  discs.forEach(({ node, diameter }) => {
    const { x, y } = node.position();
    const r = diameter / 2;
    x1 = Math.min(x1, x - r);
    y1 = Math.min(y1, y - r);
    x2 = Math.max(x2, x + r);
    y2 = Math.max(y2, y + r);
  });
  return { x1, y1, w: x2 - x1, h: y2 - y1 };
}

interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** The viewport that fits `elements` (default: all shown) into the free part of the view. */
function fitOf(cy: Core, elements?: Collection, padding = 0): Viewport | null {
  const container = cy.container();
  const target = shownDiscs((elements ?? cy.nodes()).nodes());
  if (!container || target.length === 0) return null;
  const insets = overlayInsets(container);
  insets.top += padding;
  insets.right += padding;
  insets.bottom += padding;
  insets.left += padding;
  const width = cy.width() - insets.left - insets.right - 2 * LABEL_SIDE_ROOM;
  const height = cy.height() - insets.top - insets.bottom - LABEL_ROOM;
  // Names come and go with the zoom (LabelController): fit the discs, not today's names.
  const bounds = discBounds(target);
  if (width <= 0 || height <= 0) return null;
  const zoom = Math.min(
    cy.maxZoom(),
    MAX_FIT_ZOOM,
    Math.max(cy.minZoom(), Math.min(width / (bounds.w || 1), height / (bounds.h || 1))),
  );
  return {
    zoom,
    pan: {
      x: insets.left + LABEL_SIDE_ROOM + (width - bounds.w * zoom) / 2 - bounds.x1 * zoom,
      y: insets.top + (height - bounds.h * zoom) / 2 - bounds.y1 * zoom,
    },
  };
}

/** The viewport of each instance's last fit of the whole network: the camera is `fitted` there. */
const networkFits = new WeakMap<Core, Viewport>();

/** Fits `elements` (default: all shown) into the free part of the view, and says so. */
export function fitToFreeArea(cy: Core, elements?: Collection, padding = 0): void {
  const fit = fitOf(cy, elements, padding);
  if (!fit) return;
  cy.viewport(fit);
  fitZooms.set(cy, fit.zoom);
  if (elements) networkFits.delete(cy);
  else networkFits.set(cy, { zoom: cy.zoom(), pan: { ...cy.pan() } });
  cy.emit(FITTED);
}

/** Glides the camera until `elements` fill the free part of the view (the room sees where it goes). */
export function glideToFreeArea(cy: Core, elements: Collection, padding = 0): void {
  const fit = fitOf(cy, elements, padding);
  if (!fit) return;
  cy.stop();
  networkFits.delete(cy);
  cy.animate(fit, { duration: CAMERA_GLIDE_MS, easing: 'ease-in-out-cubic' });
}

const near = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a));

/**
 * Where the camera looks (core/view/viewForm's Camera): `fitted` while it stands where the last
 * fit of the whole network put it; else the model point at the centre of the box, and the zoom
 * as a multiple of the one that fits the network shown in this box.
 */
export function cameraOf(cy: Core): Camera {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const fitted = networkFits.get(cy);
  if (fitted && near(fitted.zoom, zoom) && near(fitted.pan.x, pan.x) && near(fitted.pan.y, pan.y)) {
    return 'fitted';
  }
  const base = fitOf(cy)?.zoom ?? 1;
  return {
    x: (cy.width() / 2 - pan.x) / zoom,
    y: (cy.height() / 2 - pan.y) / zoom,
    zoom: zoom / base,
  };
}

/** Shows a camera of cameraOf's, in this box: the same part of the network, as large. */
export function showCamera(cy: Core, camera: Camera, animated = false): void {
  cy.stop();
  if (camera === 'fitted') {
    fitToFreeArea(cy);
    return;
  }
  const base = fitOf(cy)?.zoom ?? 1;
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), camera.zoom * base));
  const pan = { x: cy.width() / 2 - camera.x * zoom, y: cy.height() / 2 - camera.y * zoom };
  // A story's step glides to its camera: the room sees where the view goes.
  if (animated)
    cy.animate({ zoom, pan }, { duration: CAMERA_GLIDE_MS, easing: 'ease-in-out-cubic' });
  else cy.viewport({ zoom, pan });
}

/** How long a story's camera takes to reach the next view's. */
const CAMERA_GLIDE_MS = 700;
