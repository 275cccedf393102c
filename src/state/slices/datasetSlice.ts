import type { StateCreator } from 'zustand';
import { NO_FILTERS } from '../../core/explore/filters';
import { keptPlacement } from '../../core/layout/keptPlacement';
import type { Dataset } from '../../core/model/types';
import type { AtlasState } from '../store';
import { organizationIndex } from '../selectors/explore';

/** The dataset on screen. `version` changes whenever it is replaced, so views can follow. */
export interface DatasetSlice {
  dataset: Dataset | null;
  /** A message key (e.g. `dataset.illustrative`) or a file name. */
  datasetName: string | null;
  datasetVersion: number;
  setDataset(dataset: Dataset, name: string): void;
  /**
   * The same network, edited: shown in place (the version stays, so nothing is placed again:
   * the organisations keep their positions, one added stands among its partners), the view
   * kept but for what names an organisation no longer there. The metrics shown stay those of
   * the network they are of until the next analysis is done.
   */
  editDataset(dataset: Dataset): void;
}

export const createDatasetSlice: StateCreator<AtlasState, [], [], DatasetSlice> = (set) => ({
  editDataset: (dataset) =>
    set((state) => {
      // The index the selectors keep for this dataset (shared, not a second set of 50,000 ids).
      const ids = organizationIndex(dataset);
      const kept = (id: string | null) => (id !== null && ids.has(id) ? id : null);
      const { placement } = state;
      const chosen = state.highlightedOrganizations;
      return {
        dataset,
        placement:
          placement && state.dataset && placement.version === state.datasetVersion
            ? {
                ...placement,
                positions: keptPlacement(state.dataset.organizations, placement.positions, dataset),
              }
            : placement,
        selectedOrganization: kept(state.selectedOrganization),
        pathTarget: kept(state.pathTarget),
        egoSteps: kept(state.selectedOrganization) === null ? 0 : state.egoSteps,
        highlightedOrganizations:
          chosen && chosen.some((id) => !ids.has(id)) ? chosen.filter((id) => ids.has(id)) : chosen,
      };
    }),
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
