import type { StateCreator } from 'zustand';
import type { AnalysisMetrics } from '../../core/report/reportTypes';
import { startAnalysis, type RunningAnalysis } from '../clients/analysisClient';
import type { AtlasState } from '../store';

export type AnalysisStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed' | 'unavailable';

/** The metric suite of the dataset on screen, computed in workers after each import. */
export interface AnalysisSlice {
  analysisStatus: AnalysisStatus;
  analysisProgress: number;
  metrics: AnalysisMetrics | null;
  weighted: boolean;
  analyze(): Promise<void>;
  cancelAnalysis(): void;
  setWeighted(weighted: boolean): void;
}

let running: RunningAnalysis | null = null;
const SEED = 1;

export const createAnalysisSlice: StateCreator<AtlasState, [], [], AnalysisSlice> = (set, get) => ({
  analysisStatus: 'idle',
  analysisProgress: 0,
  metrics: null,
  weighted: false,
  analyze: async () => {
    const { dataset, weighted } = get();
    if (!dataset) return;
    running?.cancel();
    set({ analysisStatus: 'running', analysisProgress: 0, metrics: null });
    const current = startAnalysis(dataset, { weighted, seed: SEED }, (fraction) =>
      set({ analysisProgress: fraction }),
    );
    running = current;
    const outcome = await current.result;
    if (running !== current) return;
    running = null;
    if (outcome.type === 'done') {
      set({ analysisStatus: 'done', metrics: outcome.metrics });
    } else {
      set({ analysisStatus: outcome.type });
    }
  },
  cancelAnalysis: () => running?.cancel(),
  setWeighted: (weighted) => {
    set({ weighted });
    void get().analyze();
  },
});
