/**
 * Where the network stands on screen: the positions of its organisations and the layout they
 * are in, once placed. The layout controller writes them; the large network's layer, the camera
 * and the test attributes read them here, never from Cytoscape or the DOM.
 */
import type { StateCreator } from 'zustand';
import type { LayoutKind } from '../../core/layout/layoutKinds';
import type { AtlasState } from '../store';

export type ForceRefinement = 'idle' | 'running' | 'done' | 'failed';

export interface Placement {
  /** The dataset version the positions belong to. */
  version: number;
  /** x, y of each organisation in dataset order, in model units. */
  positions: Float32Array;
  /** The layout they come from; null while a new layout is being placed. */
  layout: LayoutKind | null;
}

export interface GraphSlice {
  /** The dataset version whose elements Cytoscape holds (layouts wait for it). */
  drawnVersion: number;
  placement: Placement | null;
  /** ForceAtlas2's refinement of a large network's first placement, and how far it is. */
  forceRefinement: ForceRefinement;
  forceProgress: number;
  setDrawnVersion(version: number): void;
  /** Organisations placed in `layout` (null: a layout is being placed). */
  setPlacement(positions: Float32Array, layout: LayoutKind | null): void;
  /** A new layout is being placed: the drawing is not ready. */
  startPlacing(): void;
  setForceRefinement(state: ForceRefinement, progress?: number): void;
}

export const createGraphSlice: StateCreator<AtlasState, [], [], GraphSlice> = (set) => ({
  drawnVersion: 0,
  placement: null,
  setDrawnVersion: (drawnVersion) => set({ drawnVersion }),
  forceRefinement: 'idle',
  forceProgress: 0,
  setPlacement: (positions, layout) =>
    set((state) => ({ placement: { version: state.datasetVersion, positions, layout } })),
  startPlacing: () =>
    set((state) =>
      state.placement === null || state.placement.layout === null
        ? {}
        : { placement: { ...state.placement, layout: null } },
    ),
  setForceRefinement: (forceRefinement, progress) =>
    set((state) => ({ forceRefinement, forceProgress: progress ?? state.forceProgress })),
});

/** The layout the current dataset is drawn in, or null while it is being placed. */
export function placedLayout(state: AtlasState): LayoutKind | null {
  const { placement } = state;
  return placement && placement.version === state.datasetVersion ? placement.layout : null;
}
