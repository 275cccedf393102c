import type { StateCreator } from 'zustand';
import { NO_FILTERS } from '../../core/explore/filters';
import type { Dataset } from '../../core/model/types';
import type { AtlasState } from '../store';

/** The dataset on screen. `version` changes whenever it is replaced, so views can follow. */
export interface DatasetSlice {
  dataset: Dataset | null;
  /** A message key (e.g. `dataset.illustrative`) or a file name. */
  datasetName: string | null;
  datasetVersion: number;
  setDataset(dataset: Dataset, name: string): void;
}

export const createDatasetSlice: StateCreator<AtlasState, [], [], DatasetSlice> = (set) => ({
  dataset: null,
  datasetName: null,
  datasetVersion: 0,
  setDataset: (dataset, name) =>
    set((state) => ({
      dataset,
      datasetName: name,
      datasetVersion: state.datasetVersion + 1,
      // What was picked in the previous network means nothing in this one.
      filters: NO_FILTERS,
      highlight: null,
      highlightedOrganizations: null,
      egoSteps: 0,
      pathTarget: null,
      selectedOrganization: null,
      scopeLayer: 'all',
      cameraPending: false,
      forceRefinement: 'idle',
      // The last network's measures mean nothing in this one.
      metrics: null,
      analysedDataset: null,
      analysisTarget: null,
      allianceEffects: null,
      forceProgress: 0,
    })),
});
