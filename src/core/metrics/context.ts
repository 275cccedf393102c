/**
 * What a measure's computation receives and gives back (registry.ts): the adjacency, the sums of
 * the shared path sweep, the suite's settings, and the shared steps (a computation that yields
 * several measures runs once, for the first measure that asks).
 */
import type { Csr } from './csr';
import type { PathPartials } from './paths';
import type { GapValues } from './gaps';
import type { Suggestion } from './suggestions';

export interface SuiteSettings {
  weighted: boolean;
  seed: number;
  /** Louvain runs, the best kept (default: communities.ts `autoRestarts`). */
  restarts?: number;
  /** How many suggested alliances to keep, for the whole network. */
  suggestions: number;
}

/** One row of `sectors` in `analyze --json`. */
export interface SectorRowValues {
  /** Null gathers the organisations without a sector. */
  sector: string | null;
  organizations: number;
  internal: number;
  external: number;
  ei_index: number | null;
}

export interface MixingValues {
  sectors: (string | null)[];
  /** Square, in the order of `sectors`. */
  observed: number[][];
  expected: number[][];
}

/** A measure's values, by the place and key of its outputs (registry.ts `MetricOutput`). */
export interface MetricValues {
  /** One value per organisation position; NaN where undefined. */
  organizations?: Record<string, Float64Array | Int32Array>;
  summary?: Record<string, number | null>;
  sectors?: SectorRowValues[];
  mixing?: MixingValues;
  /** Organisations by position. */
  suggestions?: Suggestion[];
  /** Organisations by position, sectors by index. */
  gaps?: GapValues;
}

export interface SharedStep<T> {
  /** Its name in the suite's timings. */
  label: string;
  run(context: MetricContext): T;
}

export interface MetricContext {
  csr: Csr;
  partials: PathPartials;
  settings: Readonly<SuiteSettings>;
  shared<T>(step: SharedStep<T>): T;
  /** An iterative measure that fails to converge gives NaN values and a warning, not a lost suite. */
  orNaN(metric: string, work: () => Float64Array): Float64Array;
}
