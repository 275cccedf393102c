import type { StateCreator } from 'zustand';
import type { Dataset } from '../../core/model/types';
import { DEFAULT_VIEW } from '../../core/view/viewForm';
import type { AnalysisMetrics, ReportEffects } from '../../core/report/reportTypes';
import {
  startAnalysis,
  startEffects,
  type RunningAnalysis,
  type RunningEffects,
} from '../clients/analysisClient';
import { analysedDatasetOf } from '../selectors/explore';
import type { AtlasState, AtlasStore } from '../store';

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
  /**
   * The network the metrics are of: the dataset as the layer and filters kept it when their
   * analysis started (analysedDatasetOf); null before any. While the layer or filters change,
   * the metrics and this stay those of the last analysis until the next one is done, so that
   * every number shown belongs to the network named beside it.
   */
  analysedDataset: Dataset | null;
  /** The network being analysed while `analysisStatus` is running; null otherwise. */
  analysisTarget: Dataset | null;
  weighted: boolean;
  analyze(): Promise<void>;
  cancelAnalysis(): void;
  setWeighted(weighted: boolean): void;
  allianceEffects: AllianceEffectsState | null;
  /** Computes what the alliance source–target would change (in a worker); null forgets it. */
  askEffects(tie: { source: string; target: string } | null): Promise<void>;
}

let running: RunningAnalysis | null = null;
/** True while an analysis is cancelled by the view, not by the reader (see followTheNetworkOnScreen). */
let calledOff = false;
let runningEffects: RunningEffects | null = null;
const SEED = 1;

export const createAnalysisSlice: StateCreator<AtlasState, [], [], AnalysisSlice> = (set, get) => ({
  analysisStatus: 'idle',
  analysisProgress: 0,
  metrics: null,
  analysedDataset: null,
  analysisTarget: null,
  weighted: DEFAULT_VIEW.weighted,
  allianceEffects: null,
  analyze: async () => {
    const dataset = analysedDatasetOf(get());
    const { weighted } = get();
    if (!dataset) return;
    calledOff = false;
    running?.cancel();
    runningEffects?.cancel();
    runningEffects = null;
    // The last metrics stay on screen, with the network they are of, until these are done.
    set({
      analysisStatus: 'running',
      analysisProgress: 0,
      analysisTarget: dataset,
      allianceEffects: null,
    });
    const current = startAnalysis(dataset, { weighted, seed: SEED }, (fraction) =>
      set({ analysisProgress: fraction }),
    );
    running = current;
    const outcome = await current.result;
    if (running !== current) return;
    running = null;
    if (outcome.type === 'done') {
      set({
        analysisStatus: 'done',
        metrics: outcome.metrics,
        analysedDataset: dataset,
        analysisTarget: null,
      });
    } else if (outcome.type === 'cancelled' && calledOff) {
      // Called off because the network on screen is again the one the metrics are of.
      calledOff = false;
      set({ analysisStatus: 'done', analysisTarget: null });
    } else {
      set({ analysisStatus: outcome.type, analysisTarget: null });
    }
  },
  cancelAnalysis: () => running?.cancel(),
  askEffects: async (tie) => {
    runningEffects?.cancel();
    runningEffects = null;
    const { analysedDataset: dataset, weighted } = get();
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

/** How long the layer and filters must rest before the network they keep is analysed again. */
export const FOLLOW_DELAY_MS = 300;

/**
 * The analysis follows the network on screen: when the layer or a filter changes (and stays for
 * FOLLOW_DELAY_MS, so that ticking three boxes starts one analysis), what they keep is analysed
 * again. A new dataset is analysed by its import.
 */
export function followTheNetworkOnScreen(store: AtlasStore): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return store.subscribe((state, previous) => {
    if (state.dataset !== previous.dataset) return;
    if (state.scopeLayer === previous.scopeLayer && state.filters === previous.filters) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const now = store.getState();
      if (now.analysisStatus === 'idle') return;
      const shown = analysedDatasetOf(now);
      if (shown === now.analysisTarget) return;
      // Back to the network the metrics are of: the analysis under way is not needed.
      if (shown === now.analysedDataset && now.analysisStatus !== 'running') return;
      if (shown === now.analysedDataset && now.analysisTarget !== null) {
        calledOff = true;
        now.cancelAnalysis();
      } else void now.analyze();
    }, FOLLOW_DELAY_MS);
  });
}
