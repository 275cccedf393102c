/** The one store of the app, assembled from slices (README, layout). */
import { create } from 'zustand';
import {
  createAnalysisSlice,
  followTheNetworkOnScreen,
  type AnalysisSlice,
} from './slices/analysisSlice';
import { createDatasetSlice, type DatasetSlice } from './slices/datasetSlice';
import { createExploreSlice, type ExploreSlice } from './slices/exploreSlice';
import { createGraphSlice, type GraphSlice } from './slices/graphSlice';
import { createImportSlice, type ImportSlice } from './slices/importSlice';
import { createNoticeSlice, type NoticeSlice } from './slices/noticeSlice';
import { createViewSlice, type ViewSlice } from './slices/viewSlice';
import { createWorkspaceSlice, keepTheWork, type WorkspaceSlice } from './slices/workspaceSlice';

export type AtlasState = DatasetSlice &
  ImportSlice &
  AnalysisSlice &
  ViewSlice &
  ExploreSlice &
  GraphSlice &
  NoticeSlice &
  WorkspaceSlice;

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
  }));
  followTheNetworkOnScreen(store);
  keepTheWork(store);
  return store;
}

export type AtlasStore = ReturnType<typeof createAtlasStore>;
