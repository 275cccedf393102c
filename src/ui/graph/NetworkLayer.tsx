/**
 * A large network drawn outside Cytoscape: this canvas under its container shows the alliances
 * and the organisations' discs, drawn in a worker (state/clients/networkLayerClient) from the same state
 * that styles the elements of small networks: layer, filters and ego network, colour and size,
 * legend highlight, introductions. Cytoscape keeps the organisations as elements for what needs
 * one (pointing, clicking, names, the selection ring) but paints no disc and holds no alliance:
 * it redrew 25,000 edges in seconds of software raster, and 5,000 discs in hundreds of
 * milliseconds, each time anything changed. Here the page only copies a finished picture.
 *
 * While the view moves, the last picture follows the camera by a CSS transform; once it rests,
 * the worker draws it afresh. Mounted before the Cytoscape container, in the same box.
 */
import { useCallback, useEffect, useRef } from 'react';
import type cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import type { AllianceViewport } from '../../core/drawing/allianceDrawing';
import { fitCanvasTo } from '../../core/drawing/networkScene';
import { createNetworkDrawer, type DrawnNetwork } from '../../state/clients/networkLayerClient';
import {
  allianceEnds,
  currentAllianceLooks,
  currentOrganizationLooks,
  organizationIndex,
} from '../../state/selectors/explore';
import { atlasState, useAtlas } from '../../state/useAtlas';
import { organizationOf } from './elementIds';
import { useViewportFrame } from './useViewportFrame';
import './networkLayer.css';

/** The view has rested this long: draw it afresh. */
const REST_MS = 120;

interface LayerPainter {
  /** Asks for a drawing of the current state; drawings are made one at a time, the last wins. */
  request(): void;
  /** Moves the last picture with the camera. */
  follow(): void;
  drawer: ReturnType<typeof createNetworkDrawer>;
}

export function NetworkLayer({ cy }: { cy: Core }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const painter = useRef<LayerPainter | null>(null);
  const dataset = useAtlas((s) => s.dataset);
  const version = useAtlas((s) => s.datasetVersion);
  const theme = useAtlas((s) => s.theme);
  const organizations = useAtlas(currentOrganizationLooks);
  const alliances = useAtlas(currentAllianceLooks);
  const placement = useAtlas((s) => s.placement);

  // The drawer and the loop that asks it for pictures, for the life of the layer.
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const drawer = createNetworkDrawer();
    let closed = false;
    let busy = false;
    let wanted = false;
    let drawn: AllianceViewport | null = null;
    let restTimer: ReturnType<typeof setTimeout> | undefined;

    const viewport = (): AllianceViewport => {
      const { x, y } = cy.pan();
      return { panX: x, panY: y, zoom: cy.zoom(), width: cy.width(), height: cy.height() };
    };
    const follow = () => {
      if (!drawn) return;
      // screen = pan + zoom · model: the picture drawn at (pan₀, zoom₀) moves by this.
      const now = viewport();
      const scale = now.zoom / drawn.zoom;
      const dx = now.panX - drawn.panX * scale;
      const dy = now.panY - drawn.panY * scale;
      element.style.transform =
        dx === 0 && dy === 0 && scale === 1 ? '' : `translate(${dx}px, ${dy}px) scale(${scale})`;
    };
    const show = (picture: DrawnNetwork) => {
      fitCanvasTo(element, picture.viewport);
      const context = element.getContext('2d');
      context?.clearRect(0, 0, element.width, element.height);
      context?.drawImage(picture.picture, 0, 0);
      if ('close' in picture.picture) picture.picture.close();
      drawn = picture.viewport;
      follow();
      element.dataset.alliances = String(picture.counts.alliances);
      element.dataset.organizations = String(picture.counts.organizations);
    };
    const pump = async () => {
      busy = true;
      let retried = false;
      while (wanted && !closed) {
        wanted = false;
        element.dataset.ready = 'false';
        const picture = await drawer.draw(viewport());
        if (closed) return;
        if (picture) show(picture);
        else if (!retried) {
          // The worker died and the drawer went over to this thread: ask once more.
          retried = true;
          wanted = true;
        }
      }
      busy = false;
      if (!closed) element.dataset.ready = 'true';
    };
    const request = () => {
      wanted = true;
      element.dataset.ready = 'false';
      if (!busy) void pump();
    };
    painter.current = { request, follow, drawer };

    // A node dragged by hand moves under the pointer in Cytoscape: its alliances follow, once a
    // frame. Layouts hand their positions over through the store (below), never through here.
    let dragFrame = 0;
    const dragged = (event: cytoscape.EventObject) => {
      const node = event.target as cytoscape.NodeSingular;
      moved.set(organizationOf(node), node.position());
      if (dragFrame === 0) dragFrame = requestAnimationFrame(followDrag);
    };
    const moved = new Map<string, { x: number; y: number }>();
    const followDrag = () => {
      dragFrame = 0;
      const state = atlasState();
      if (!state.dataset || !state.placement) return;
      const positions = state.placement.positions.slice();
      const index = organizationIndex(state.dataset);
      for (const [id, p] of moved) {
        const i = index.get(id);
        if (i === undefined) continue;
        positions[2 * i] = p.x;
        positions[2 * i + 1] = p.y;
      }
      moved.clear();
      state.setPlacement(positions, state.placement.layout);
    };
    const viewportMoved = () => {
      clearTimeout(restTimer);
      restTimer = setTimeout(request, REST_MS);
    };
    cy.on('drag', 'node', dragged);
    cy.on('viewport', viewportMoved);
    const resizing = new ResizeObserver(request);
    const box = element.parentElement;
    if (box) resizing.observe(box);
    return () => {
      closed = true;
      clearTimeout(restTimer);
      if (dragFrame !== 0) cancelAnimationFrame(dragFrame);
      cy.off('drag', 'node', dragged);
      cy.off('viewport', viewportMoved);
      resizing.disconnect();
      drawer.close();
      painter.current = null;
    };
  }, [cy]);

  // A new network: its alliances' ends, in the order of the dataset's organisations.
  useEffect(() => {
    if (!dataset || !alliances) return;
    painter.current?.drawer.setNetwork(allianceEnds(dataset), alliances.widths);
    // Widths come with the looks, which follow every change: the ends only with a new network.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataset, version]);

  // Where the organisations are: from the layout, through the store.
  useEffect(() => {
    if (!placement || placement.version !== version) return;
    painter.current?.drawer.setPositions(placement.positions);
    painter.current?.request();
  }, [placement, version]);

  // What each alliance and organisation looks like (core/looks).
  useEffect(() => {
    if (!organizations || !alliances) return;
    painter.current?.drawer.setAllianceLooks(alliances, theme);
    painter.current?.drawer.setOrganizationLooks(organizations, theme);
    painter.current?.request();
  }, [organizations, alliances, theme]);

  const follow = useCallback(() => painter.current?.follow(), []);
  useViewportFrame(cy, follow);

  return (
    <div className="network-layer" aria-hidden="true">
      <canvas ref={canvas} data-testid="network-layer" data-ready="false" />
    </div>
  );
}
