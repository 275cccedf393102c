/** The one store of the app, assembled from slices (README, layout). */
import { create } from 'zustand';
import {
  createAnalysisSlice,
  followTheNetworkOnScreen,
  type AnalysisSlice,
} from './slices/analysisSlice';
import { createDatasetSlice, type DatasetSlice } from './slices/datasetSlice';
import { createEditSlice, type EditSlice } from './slices/editSlice';
import { createStorySlice, type StorySlice } from './slices/storySlice';
import { createExploreSlice, type ExploreSlice } from './slices/exploreSlice';
import { createGraphSlice, type GraphSlice } from './slices/graphSlice';
import { createImportSlice, type ImportSlice } from './slices/importSlice';
import { createNoticeSlice, type NoticeSlice } from './slices/noticeSlice';
import { createViewSlice, type ViewSlice } from './slices/viewSlice';
import { createWorkspaceSlice, keepTheWork, type WorkspaceSlice } from './slices/workspaceSlice';
import { keepTheViewInTheUrl, type ViewUrlPage } from './clients/viewUrl';
import { placedLayout } from './slices/graphSlice';
import { currentViewForm } from './selectors/view';

export type AtlasState = DatasetSlice &
  ImportSlice &
  AnalysisSlice &
  ViewSlice &
  ExploreSlice &
  GraphSlice &
  NoticeSlice &
  WorkspaceSlice &
  EditSlice &
  StorySlice;

export function createAtlasStore() {
  const store = create<AtlasState>()((...args) => ({
    ...createDatasetSlice(...args),
    ...createImportSlice(...args),
    ...createAnalysisSlice(...args),
    ...createViewSlice(...args),
    ...createExploreSlice(...args),
    ...createGraphSlice(...args),
    ...createNoticeSlice(...args),
    ...createWorkspaceSlice(...args),
    ...createEditSlice(...args),
    ...createStorySlice(...args),
  }));
  followTheNetworkOnScreen(store);
  keepTheWork(store);
  return store;
}

export type AtlasStore = ReturnType<typeof createAtlasStore>;

/**
 * The view follows the page's URL and the URL the view (state/clients/viewUrl): started by the
 * page, once, beside the store.
 */
export function keepTheViewInTheUrlOf(store: AtlasStore, page: ViewUrlPage): () => void {
  return keepTheViewInTheUrl(
    {
      current: () => currentViewForm(store.getState()),
      apply: (form) => store.getState().applyView(form),
      subscribe: (listener) => store.subscribe(listener),
      // A link's view is shown on the network placed, so that its camera has something to show,
      // and once the work kept is on screen (or declined): on a reload the link is the view of
      // the workspace, not of the illustrative network shown while the reader chooses.
      ready: () => {
        const state = store.getState();
        return (
          placedLayout(state) !== null &&
          state.workspacesOpened &&
          state.restoreOffer === null &&
          !state.restoring
        );
      },
    },
    page,
  );
}
