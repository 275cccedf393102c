import type { StateCreator } from 'zustand';
import type { AnalysisMetrics, ReportEffects } from '../../core/report/reportTypes';
import {
  startAnalysis,
  startEffects,
  type RunningAnalysis,
  type RunningEffects,
} from '../clients/analysisClient';
import type { AtlasState } from '../store';

export type AnalysisStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed' | 'unavailable';

/** What one alliance would change, asked for a suggestion picked in the Analyse area. */
export interface AllianceEffectsState {
  source: string;
  target: string;
  status: Exclude<AnalysisStatus, 'idle' | 'cancelled'>;
  effects: ReportEffects | null;
}

/** The metric suite of the dataset on screen, computed in workers after each import. */
export interface AnalysisSlice {
  analysisStatus: AnalysisStatus;
  analysisProgress: number;
  metrics: AnalysisMetrics | null;
  weighted: boolean;
  analyze(): Promise<void>;
  cancelAnalysis(): void;
  setWeighted(weighted: boolean): void;
  allianceEffects: AllianceEffectsState | null;
  /** Computes what the alliance source–target would change (in a worker); null forgets it. */
  askEffects(tie: { source: string; target: string } | null): Promise<void>;
}

let running: RunningAnalysis | null = null;
let runningEffects: RunningEffects | null = null;
const SEED = 1;

export const createAnalysisSlice: StateCreator<AtlasState, [], [], AnalysisSlice> = (set, get) => ({
  analysisStatus: 'idle',
  analysisProgress: 0,
  metrics: null,
  weighted: false,
  allianceEffects: null,
  analyze: async () => {
    const { dataset, weighted } = get();
    if (!dataset) return;
    running?.cancel();
    runningEffects?.cancel();
    runningEffects = null;
    set({ analysisStatus: 'running', analysisProgress: 0, metrics: null, allianceEffects: null });
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
  askEffects: async (tie) => {
    runningEffects?.cancel();
    runningEffects = null;
    const { dataset, weighted } = get();
    if (!dataset || !tie) {
      set({ allianceEffects: null });
      return;
    }
    const { source, target } = tie;
    set({ allianceEffects: { source, target, status: 'running', effects: null } });
    const current = startEffects(dataset, tie, weighted);
    runningEffects = current;
    const outcome = await current.result;
    if (runningEffects !== current) return;
    runningEffects = null;
    if (outcome.type === 'cancelled') return;
    set({
      allianceEffects: {
        source,
        target,
        status: outcome.type,
        effects: outcome.type === 'done' ? outcome.effects : null,
      },
    });
  },
  setWeighted: (weighted) => {
    set({ weighted });
    void get().analyze();
  },
});
