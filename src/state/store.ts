/** The one store of the app, assembled from slices (README, layout). */
import { create } from 'zustand';
import { createAnalysisSlice, type AnalysisSlice } from './analysisSlice';
import { createDatasetSlice, type DatasetSlice } from './datasetSlice';
import { createExploreSlice, type ExploreSlice } from './exploreSlice';
import { createGraphSlice, type GraphSlice } from './graphSlice';
import { createImportSlice, type ImportSlice } from './importSlice';
import { createNoticeSlice, type NoticeSlice } from './noticeSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type AtlasState = DatasetSlice &
  ImportSlice &
  AnalysisSlice &
  ViewSlice &
  ExploreSlice &
  GraphSlice &
  NoticeSlice;

export function createAtlasStore() {
  return create<AtlasState>()((...args) => ({
    ...createDatasetSlice(...args),
    ...createImportSlice(...args),
    ...createAnalysisSlice(...args),
    ...createViewSlice(...args),
    ...createExploreSlice(...args),
    ...createGraphSlice(...args),
    ...createNoticeSlice(...args),
  }));
}

export type AtlasStore = ReturnType<typeof createAtlasStore>;
