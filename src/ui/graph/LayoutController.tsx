/**
 * Render-less: places the organisations by the layout chosen and says when the drawing is ready.
 * Force-directed is fcose on small networks; on large ones a sunflower placement is drawn at once
 * and ForceAtlas2 runs in a worker, its positions handed over when it ends. Grouped, concentric
 * and geographic placements come from core. Changes animate on small networks only.
 */
import { useEffect, useRef } from 'react';
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { startForceLayout, type RunningForceLayout } from '../../state/clients/layoutClient';
import type { Point } from '../../core/layout/spiral';
import { concentricPlacement, sectorPlacement } from '../../state/selectors/placements';
import type { LayoutKind } from '../../core/layout/layoutKinds';
import { placedLayout } from '../../state/slices/graphSlice';
import { atlasState, useAtlas } from '../../state/useAtlas';
import type { Dataset } from '../../core/model/types';
import { nodeId, organizationOf } from './elementIds';
import { LARGE_NETWORK } from './elements';
import { layoutFor, runSeeded, sunflowerPositions } from './layouts';
import { nodeLooks } from './nodeLooks';
import { fitToFreeArea } from './viewport';

const ANIMATION_MS = 550;

/**
 * x, y of each organisation of the dataset, in its order, from a placement keyed by id; one the
 * placement does not know (added by an edit while it was computed) stays where it stands.
 */
function positionsOf(dataset: Dataset, placed: Map<string, Point>, cy: Core): Float32Array {
  const positions = new Float32Array(dataset.organizations.length * 2);
  dataset.organizations.forEach((o, i) => {
    const p = placed.get(o.id) ?? cy.getElementById(nodeId(o.id)).position() ?? { x: 0, y: 0 };
    positions[2 * i] = p.x;
    positions[2 * i + 1] = p.y;
  });
  return positions;
}

/** Where Cytoscape has the organisations now (after a layout it ran itself, fcose). */
function positionsOnScreen(cy: Core, dataset: Dataset): Float32Array {
  const positions = new Float32Array(dataset.organizations.length * 2);
  dataset.organizations.forEach((o, i) => {
    const node = cy.getElementById(nodeId(o.id));
    if (node.empty()) return;
    const p = node.position();
    positions[2 * i] = p.x;
    positions[2 * i + 1] = p.y;
  });
  return positions;
}

export function LayoutController({ cy }: { cy: Core }) {
  // A new network has a new version; an edit of the one shown keeps it and is not placed again
  // (the dataset is read when a placement starts and when it ends).
  const shown = useAtlas((s) => s.dataset !== null);
  const version = useAtlas((s) => s.datasetVersion);
  // The elements of this dataset are in Cytoscape (DatasetController adds them).
  const drawn = useAtlas((s) => s.drawnVersion === s.datasetVersion);
  const layout = useAtlas((s) => s.layout);
  const measure = useAtlas((s) => s.layoutMetric);
  // Only the concentric layout reads the measures: others do not move when they arrive.
  const metrics = useAtlas((s) => (s.layout === 'concentric' ? s.metrics : null));
  // The layout the organisations stand in, and the one to go back to without moving them when
  // a layout's code cannot be loaded (offline after the first visit).
  const placed = useRef<LayoutKind | null>(null);
  const restoring = useRef<LayoutKind | null>(null);

  useEffect(() => {
    const state = atlasState();
    const { dataset } = state;
    if (!dataset || !drawn) return;
    if (restoring.current !== null) {
      const kept = restoring.current;
      restoring.current = null;
      if (kept === layout && state.placement) {
        // Nothing moved: the drawing is the previous layout's still.
        state.setPlacement(state.placement.positions, layout);
        return;
      }
    }
    const large = dataset.organizations.length > LARGE_NETWORK;
    const animate = !large && placedLayout(state) !== null;
    let running: RunningForceLayout | null = null;
    let stopped = false;
    state.startPlacing();

    const finish = (positions: Float32Array) => {
      if (stopped) return;
      // The grouped layout names each disc above it (GroupCaptions): keep room for the names.
      fitToFreeArea(cy, undefined, layout === 'sector' ? 26 : 0);
      placed.current = layout;
      atlasState().setPlacement(positions, layout);
    };

    const place = (
      positions: Map<string, Point>,
      animated: boolean,
      done: (positions: Float32Array) => void,
    ) => {
      const array = positionsOf(atlasState().dataset ?? dataset, positions, cy);
      if (!animated) {
        // One batch, no layout events: a preset layout emits per node (seconds at 5,000).
        cy.batch(() => {
          cy.nodes().positions((node) => positions.get(organizationOf(node)) ?? node.position());
        });
        done(array);
        return null;
      }
      const options = {
        name: 'preset',
        fit: false,
        animate: animated,
        animationDuration: ANIMATION_MS,
        animationEasing: 'ease-in-out-cubic',
        positions: (node: NodeSingular) => positions.get(organizationOf(node)) ?? node.position(),
      } as LayoutOptions;
      const preset = cy.layout(options);
      // Fitted once the last frame of the animation has set the final positions.
      preset.one('layoutstop', () => requestAnimationFrame(() => done(array)));
      preset.run();
      return preset;
    };

    let current: { stop(): unknown } | null = null;
    if (layout === 'force' && !large) {
      const fcose = cy.layout({
        ...layoutFor(),
        animate: animate ? 'end' : false,
        animationDuration: ANIMATION_MS,
      } as LayoutOptions);
      fcose.one('layoutstop', () =>
        requestAnimationFrame(() => finish(positionsOnScreen(cy, atlasState().dataset ?? dataset))),
      );
      runSeeded(fcose);
      current = fcose;
    } else if (layout === 'force') {
      // Drawn at once in a cheap placement; ForceAtlas2 refines it in a worker.
      const start = sunflowerPositions(cy.nodes());
      current = place(start, false, (positions) => {
        finish(positions);
        running = startForceLayout(
          {
            count: dataset.organizations.length,
            edges: tieEnds(dataset),
            initial: Float64Array.from(positions),
          },
          (fraction) => atlasState().setForceRefinement('running', fraction),
        );
        atlasState().setForceRefinement('running', 0);
        void running.result.then((outcome) => {
          if (stopped) return;
          if (outcome.type === 'unavailable') atlasState().notify('forceLayout');
          if (outcome.type !== 'done') {
            // The spiral stays: a readable picture, only less refined.
            atlasState().setForceRefinement(outcome.type === 'cancelled' ? 'idle' : 'failed');
            return;
          }
          const refined = new Map<string, Point>();
          dataset.organizations.forEach((o, i) => {
            refined.set(o.id, {
              x: outcome.positions[2 * i] ?? 0,
              y: outcome.positions[2 * i + 1] ?? 0,
            });
          });
          current = place(refined, false, (positions) => {
            fitToFreeArea(cy);
            atlasState().setPlacement(positions, 'force');
            atlasState().setForceRefinement('done', 1);
          });
        });
      });
    } else if (layout === 'geographic') {
      // The country data comes on demand, with the world outline.
      import('../../state/selectors/geoPlacement').then(
        ({ geographicPlacement }) => {
          if (stopped) return;
          const looks = nodeLooks();
          const positions = geographicPlacement(
            dataset,
            (id) => looks.diameter(cy.getElementById(nodeId(id))),
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
  }, [cy, shown, version, drawn, layout, measure, metrics]);

  return null;
}

/** Each alliance's two ends by dataset position (self links left out), for ForceAtlas2. */
function tieEnds(dataset: Dataset): Uint32Array {
  const index = new Map(dataset.organizations.map((o, i) => [o.id, i]));
  const pairs: number[] = [];
  for (const link of dataset.links) {
    const a = index.get(link.source);
    const b = index.get(link.target);
    if (a !== undefined && b !== undefined && a !== b) pairs.push(a, b);
  }
  return Uint32Array.from(pairs);
}
