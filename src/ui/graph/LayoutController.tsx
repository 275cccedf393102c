/**
 * Render-less: places the organisations by the layout chosen and says when the drawing is ready.
 * Force-directed is fcose on small networks; on large ones a sunflower placement is drawn at once
 * and ForceAtlas2 runs in a worker, its positions handed over when it ends. Grouped, concentric
 * and geographic placements come from core. Changes animate on small networks only.
 */
import { useEffect, useRef } from 'react';
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { startForceLayout, type RunningForceLayout } from '../../state/layoutClient';
import { concentricPlacement, sectorPlacement, type Point } from '../../state/placements';
import type { LayoutKind } from '../../state/exploreSlice';
import { atlasState, useAtlas } from '../../state/useAtlas';
import type { Link } from '../../core/model/types';
import { nodeId, organizationOf } from './elementIds';
import { LARGE_NETWORK } from './elements';
import { layoutFor, runSeeded, sunflowerPositions } from './layouts';
import { fitToFreeArea } from './viewport';
import { nodeDiameter } from './stylesheet';

const ANIMATION_MS = 550;

export function LayoutController({ cy }: { cy: Core }) {
  const dataset = useAtlas((s) => s.dataset);
  const version = useAtlas((s) => s.datasetVersion);
  const layout = useAtlas((s) => s.layout);
  const measure = useAtlas((s) => s.layoutMetric);
  // Only the concentric layout reads the measures: others do not move when they arrive.
  const metrics = useAtlas((s) => (s.layout === 'concentric' ? s.metrics : null));
  // The layout the organisations stand in, and the one to go back to without moving them when
  // a layout's code cannot be loaded (offline after the first visit).
  const placed = useRef<LayoutKind | null>(null);
  const restoring = useRef<LayoutKind | null>(null);

  useEffect(() => {
    const element = cy.container();
    if (!dataset || !element) return;
    if (restoring.current !== null) {
      const kept = restoring.current;
      restoring.current = null;
      if (kept === layout) {
        // Nothing moved: the drawing is the previous layout's still.
        element.dataset.layout = layout;
        return;
      }
    }
    const large = cy.nodes().length > LARGE_NETWORK;
    const animate = !large && element.dataset.ready === 'true';
    let running: RunningForceLayout | null = null;
    let stopped = false;
    element.dataset.layout = '';

    const finish = () => {
      if (stopped) return;
      // The grouped layout names each disc above it (GroupCaptions): keep room for the names.
      fitToFreeArea(cy, undefined, layout === 'sector' ? 26 : 0);
      element.dataset.ready = 'true';
      element.dataset.layout = layout;
      placed.current = layout;
    };

    const place = (positions: Map<string, Point>, animated: boolean, done: () => void) => {
      if (!animated) {
        // One batch, no layout events: a preset layout emits per node (seconds at 5,000).
        cy.batch(() => {
          cy.nodes().positions((node) => positions.get(organizationOf(node)) ?? { x: 0, y: 0 });
        });
        done();
        return null;
      }
      const options = {
        name: 'preset',
        fit: false,
        animate: animated,
        animationDuration: ANIMATION_MS,
        animationEasing: 'ease-in-out-cubic',
        positions: (node: NodeSingular) => positions.get(organizationOf(node)) ?? { x: 0, y: 0 },
      } as LayoutOptions;
      const preset = cy.layout(options);
      // Fitted once the last frame of the animation has set the final positions.
      preset.one('layoutstop', () => requestAnimationFrame(done));
      preset.run();
      return preset;
    };

    let current: { stop(): unknown } | null = null;
    if (layout === 'force' && !large) {
      const fcose = cy.layout({
        ...layoutFor(cy.nodes(), { hasPositions: false }),
        animate: animate ? 'end' : false,
        animationDuration: ANIMATION_MS,
      } as LayoutOptions);
      fcose.one('layoutstop', () => requestAnimationFrame(finish));
      runSeeded(fcose);
      current = fcose;
    } else if (layout === 'force') {
      // Drawn at once in a cheap placement; ForceAtlas2 refines it in a worker.
      const start = sunflowerPositions(cy.nodes());
      current = place(start, false, () => {
        finish();
        running = startLargeForceLayout(cy, dataset.links, start, (fraction) => {
          element.dataset.forceProgress = fraction.toFixed(2);
        });
        element.dataset.forceLayout = 'running';
        void running.result.then((outcome) => {
          if (stopped) return;
          if (outcome.type === 'unavailable') atlasState().notify('forceLayout');
          if (outcome.type !== 'done') {
            // The spiral stays: a readable picture, only less refined.
            element.dataset.forceLayout = outcome.type === 'cancelled' ? '' : 'failed';
            return;
          }
          const nodes = cy.nodes();
          const positions = new Map<string, Point>();
          nodes.forEach((node, i) => {
            positions.set(organizationOf(node), {
              x: outcome.positions[2 * i] ?? 0,
              y: outcome.positions[2 * i + 1] ?? 0,
            });
          });
          current = place(positions, false, () => {
            fitToFreeArea(cy);
            element.dataset.forceLayout = 'done';
          });
        });
      });
    } else if (layout === 'geographic') {
      // The country data comes on demand, with the world outline.
      import('../../state/geoPlacement').then(
        ({ geographicPlacement }) => {
          if (stopped) return;
          const positions = geographicPlacement(
            dataset,
            (id) => nodeDiameter(Number(cy.getElementById(nodeId(id)).data('prominence') ?? 0)),
            !large,
          );
          current = place(positions, animate, finish);
        },
        () => {
          // Not loaded (offline, say): say so, and go back to the layout on screen.
          if (stopped) return;
          atlasState().notify('geographic');
          const previous = placed.current;
          restoring.current = previous;
          atlasState().setLayout(previous ?? 'force');
        },
      );
    } else {
      const positions =
        layout === 'sector'
          ? sectorPlacement(dataset)
          : concentricPlacement(dataset, metrics, measure);
      current = place(positions, animate, finish);
    }
    return () => {
      stopped = true;
      current?.stop();
      running?.cancel();
    };
  }, [cy, dataset, version, layout, measure, metrics]);

  return null;
}

/** ForceAtlas2 over the network as drawn: node order is cy.nodes(), links as index pairs. */
function startLargeForceLayout(
  cy: Core,
  links: readonly Link[],
  start: Map<string, Point>,
  onProgress: (fraction: number) => void,
): RunningForceLayout {
  const nodes = cy.nodes();
  const index = new Map<string, number>();
  const initial = new Float64Array(nodes.length * 2);
  nodes.forEach((node, i) => {
    const id = organizationOf(node);
    index.set(id, i);
    const p = start.get(id) ?? { x: 0, y: 0 };
    initial[2 * i] = p.x;
    initial[2 * i + 1] = p.y;
  });
  const pairs: number[] = [];
  // From the dataset: large networks have no Cytoscape edges (NetworkLayer draws them).
  for (const link of links) {
    const a = index.get(link.source);
    const b = index.get(link.target);
    if (a !== undefined && b !== undefined && a !== b) pairs.push(a, b);
  }
  return startForceLayout(
    { count: nodes.length, edges: Uint32Array.from(pairs), initial },
    onProgress,
  );
}
