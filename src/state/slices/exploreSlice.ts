import type { StateCreator } from 'zustand';
import {
  NO_FILTERS,
  type ExploreFilters,
  type ValueFilterKind,
  type YearRange,
} from '../../core/explore/filters';
import type { ColourEncoding, Highlight, SizeEncoding } from '../../core/looks/encodings';
import type { LayoutKind } from '../../core/layout/layoutKinds';
import { DEFAULT_VIEW } from '../../core/view/viewForm';
import type { AtlasState } from '../store';

export interface ExploreSlice {
  filters: ExploreFilters;
  colourBy: ColourEncoding;
  sizeBy: SizeEncoding;
  layout: LayoutKind;
  /** The measure that orders the concentric layout. */
  layoutMetric: SizeEncoding;
  highlight: Highlight | null;
  /**
   * A set of organisations chosen elsewhere than the legend (a gap, a suggestion of the Analyse
   * area): they stand out as a legend group would, in its place.
   */
  highlightedOrganizations: readonly string[] | null;
  /** 0 = the whole network; 1 or 2 = only the selected organisation's ego network. */
  egoSteps: 0 | 1 | 2;
  /** The other end of "who can introduce whom", from the selected organisation. */
  pathTarget: string | null;
  toggleFilterValue(kind: ValueFilterKind, value: string): void;
  setYears(years: YearRange | null): void;
  setMinWeight(weight: number): void;
  setMinDegree(degree: number): void;
  clearFilters(): void;
  setColourBy(encoding: ColourEncoding): void;
  setSizeBy(encoding: SizeEncoding): void;
  setLayout(layout: LayoutKind, metric?: SizeEncoding): void;
  toggleHighlight(highlight: Highlight): void;
  highlightOrganizations(ids: readonly string[] | null): void;
  setEgoSteps(steps: 0 | 1 | 2): void;
  setPathTarget(id: string | null): void;
}

export const createExploreSlice: StateCreator<AtlasState, [], [], ExploreSlice> = (set) => ({
  filters: DEFAULT_VIEW.filters,
  colourBy: DEFAULT_VIEW.colourBy,
  sizeBy: DEFAULT_VIEW.sizeBy,
  layout: DEFAULT_VIEW.layout,
  layoutMetric: DEFAULT_VIEW.layoutMetric,
  highlight: DEFAULT_VIEW.highlight,
  highlightedOrganizations: DEFAULT_VIEW.highlightedOrganizations,
  egoSteps: DEFAULT_VIEW.egoSteps,
  pathTarget: DEFAULT_VIEW.pathTarget,
  toggleFilterValue: (kind, value) =>
    set(({ filters }) => {
      const values = filters[kind];
      return {
        filters: {
          ...filters,
          [kind]: values.includes(value) ? values.filter((v) => v !== value) : [...values, value],
        },
      };
    }),
  setYears: (years) => set(({ filters }) => ({ filters: { ...filters, years } })),
  setMinWeight: (minWeight) => set(({ filters }) => ({ filters: { ...filters, minWeight } })),
  setMinDegree: (minDegree) => set(({ filters }) => ({ filters: { ...filters, minDegree } })),
  clearFilters: () => set({ filters: NO_FILTERS, scopeLayer: 'all', egoSteps: 0 }),
  setColourBy: (colourBy) => set({ colourBy, highlight: null }),
  // One thing stands out at a time: a legend pick or a chosen set.
  highlightOrganizations: (ids) => set({ highlightedOrganizations: ids, highlight: null }),
  setSizeBy: (sizeBy) => set({ sizeBy }),
  setLayout: (layout, metric) =>
    set((state) => ({ layout, layoutMetric: metric ?? state.layoutMetric })),
  toggleHighlight: (highlight) =>
    set((state) => ({
      highlightedOrganizations: null,
      highlight:
        state.highlight?.encoding === highlight.encoding &&
        state.highlight.value === highlight.value
          ? null
          : highlight,
    })),
  setEgoSteps: (egoSteps) => set({ egoSteps }),
  setPathTarget: (pathTarget) => set({ pathTarget }),
});
