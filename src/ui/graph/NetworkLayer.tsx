/**
 * A large network drawn outside Cytoscape: this canvas under its container shows the alliances
 * and the organisations' discs, drawn in a worker (state/networkLayerClient) from the same state
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
import type { Core } from 'cytoscape';
import type { AllianceViewport } from '../../core/drawing/allianceDrawing';
import {
  createNetworkDrawer,
  fitCanvasTo,
  type DrawnNetwork,
} from '../../state/networkLayerClient';
import { currentIntroductions, highlightMembers, shownSet } from '../../state/explore';
import { atlasState, useAtlas } from '../../state/useAtlas';
import { nodeId } from './elementIds';
import { organizationEncodings } from './encodings';
import { allianceEnds, allianceLooks, allianceWidths, organizationLooks } from './layerLooks';
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
  const metrics = useAtlas((s) => s.metrics);
  const colourBy = useAtlas((s) => s.colourBy);
  const sizeBy = useAtlas((s) => s.sizeBy);
  const highlight = useAtlas((s) => s.highlight);
  const shown = useAtlas(shownSet);
  const path = useAtlas(currentIntroductions);

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

    // Positions: read once per frame however many organisations moved (a layout moves them all).
    let positionFrame = 0;
    const readPositions = () => {
      positionFrame = 0;
      const organizations = atlasState().dataset?.organizations;
      if (!organizations) return;
      const positions = new Float32Array(organizations.length * 2);
      organizations.forEach((o, i) => {
        const node = cy.getElementById(nodeId(o.id));
        if (node.empty()) return;
        const p = node.position();
        positions[2 * i] = p.x;
        positions[2 * i + 1] = p.y;
      });
      drawer.setPositions(positions);
      request();
    };
    const positionsMoved = () => {
      if (positionFrame === 0) positionFrame = requestAnimationFrame(readPositions);
    };
    const viewportMoved = () => {
      clearTimeout(restTimer);
      restTimer = setTimeout(request, REST_MS);
    };
    // No selector: matching one per event costs at 5,000 moves (only nodes move or are added here).
    cy.on('position add', positionsMoved);
    cy.on('viewport', viewportMoved);
    const resizing = new ResizeObserver(request);
    const box = element.parentElement;
    if (box) resizing.observe(box);
    return () => {
      closed = true;
      clearTimeout(restTimer);
      if (positionFrame !== 0) cancelAnimationFrame(positionFrame);
      cy.off('position add', positionsMoved);
      cy.off('viewport', viewportMoved);
      resizing.disconnect();
      drawer.close();
      painter.current = null;
    };
  }, [cy]);

  // A new network: its ends, in the order of the dataset's organisations, and widths by weight.
  useEffect(() => {
    if (!dataset) return;
    const index = new Map(dataset.organizations.map((o, i) => [o.id, i]));
    painter.current?.drawer.setNetwork(
      allianceEnds(dataset.links, index),
      allianceWidths(dataset.links),
    );
  }, [dataset, version]);

  // What each alliance and organisation looks like.
  useEffect(() => {
    if (!dataset) return;
    const encodings = organizationEncodings(dataset, metrics, colourBy, sizeBy);
    const view = {
      shown,
      highlighted: highlightMembers(dataset, encodings.groupOf, highlight),
      path,
    };
    const alliances = allianceLooks(dataset.links, { ...view, colourBy });
    painter.current?.drawer.setAllianceLooks(alliances.looks, alliances.colours, alliances.palette);
    painter.current?.drawer.setOrganizationLooks(
      organizationLooks(dataset.organizations, view, encodings),
    );
    painter.current?.request();
  }, [dataset, version, metrics, colourBy, sizeBy, highlight, shown, path]);

  const follow = useCallback(() => painter.current?.follow(), []);
  useViewportFrame(cy, follow);

  return (
    <div className="network-layer" aria-hidden="true">
      <canvas ref={canvas} data-testid="network-layer" data-ready="false" />
    </div>
  );
}
