/**
 * The whole metric suite (README, the metrics) in one call: every descriptor of registry.ts, in
 * its order, over one analysis input and one shared path sweep. `runMetricSuite` does everything
 * on the calling thread, sweeping the sources in chunks with progress and a cancellation check
 * between chunks; `completeMetricSuite` takes sweep sums computed elsewhere (workers or threads
 * split the sources with `sweepParts`) and gives the same result. Per-organisation values are
 * typed arrays by position (the dataset's order).
 */
import type { MetricContext, MetricValues, SharedStep, SuiteSettings } from './context';
import { assertCsr, type Csr } from './csr';
import { withDefaults } from './options';
import { emptyPathPartials, sweepSources, type PathPartials } from './paths';
import {
  METRICS,
  type MetricDescriptor,
  type OrganizationOutput,
  type SummaryOutput,
} from './registry';

export interface MetricSuiteOptions {
  /** Tie weight as strength; distance = 1 / weight for path measures (README, the metrics). */
  weighted?: boolean;
  /** Seed of the Louvain restarts. */
  seed?: number;
  /** Louvain runs, the best kept (default: communities.ts `autoRestarts`). */
  restarts?: number;
  /** How many suggested alliances to keep, for the whole network. */
  suggestions?: number;
  /** Fraction done (0 to 1), after each chunk of sources and each measure. */
  onProgress?: (fraction: number) => void;
  /** Asked between chunks and measures; true stops the suite with MetricSuiteCancelled. */
  isCancelled?: () => boolean;
  /** Sources per chunk of the sweep in `runMetricSuite`. */
  sourcesPerChunk?: number;
}

const DEFAULTS = { weighted: false, seed: 1, suggestions: 100, sourcesPerChunk: 64 };

/**
 * Share of the progress bar given to the path sweep, nearly all of the work; the measures after
 * it share the rest. The same in the app's workers and on one thread.
 */
export const SWEEP_SHARE = 0.9;

/** Progress of the whole suite when `done` of `total` sources are swept. */
export function sweepProgress(done: number, total: number): number {
  return total === 0 ? SWEEP_SHARE : (SWEEP_SHARE * done) / total;
}

export class MetricSuiteCancelled extends Error {
  readonly code = 'cancelled';
  constructor() {
    super('runMetricSuite: cancelled.');
    this.name = 'MetricSuiteCancelled';
  }
}

/** A measure that could not be computed; its values are NaN (null in the report). */
export interface MetricWarning {
  code: 'metric_failed';
  message: string;
  params: { metric: string; reason: string };
}

export interface MetricSuiteResult {
  organizations: Record<OrganizationOutput, Float64Array | Int32Array>;
  summary: Record<SummaryOutput, number | null>;
  sectors: NonNullable<MetricValues['sectors']>;
  mixing: NonNullable<MetricValues['mixing']>;
  /** Organisations by position. */
  suggestions: NonNullable<MetricValues['suggestions']>;
  /** Organisations by position, sectors by index into `mixing.sectors`. */
  gaps: NonNullable<MetricValues['gaps']>;
  /** Organisations and ties of the analysis graph. */
  organizationCount: number;
  ties: number;
  warnings: MetricWarning[];
  /** Milliseconds per step, for `npm run bench`. */
  timings: Record<string, number>;
}

type Settings = typeof DEFAULTS &
  Pick<MetricSuiteOptions, 'restarts' | 'onProgress' | 'isCancelled'>;

function settingsOf(fn: string, options: MetricSuiteOptions): Settings {
  const settings: Settings = withDefaults(fn, DEFAULTS, options);
  if (!Number.isInteger(settings.sourcesPerChunk) || settings.sourcesPerChunk < 1) {
    throw new Error(`${fn}: sourcesPerChunk must be a whole number ≥ 1.`);
  }
  return settings;
}

function checkpoint(settings: Settings, fraction: number): void {
  if (settings.isCancelled?.()) throw new MetricSuiteCancelled();
  settings.onProgress?.(fraction);
}

function timed<T>(timings: Record<string, number>, name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  timings[name] = (timings[name] ?? 0) + performance.now() - start;
  return result;
}

/**
 * Everything after the sweep, from its sums: the descriptors in order, progress from
 * SWEEP_SHARE to 1 (the sweep done elsewhere reported the rest).
 */
export function completeMetricSuite(
  csr: Csr,
  partials: PathPartials,
  options: MetricSuiteOptions = {},
  timings: Record<string, number> = {},
): MetricSuiteResult {
  const settings = settingsOf('completeMetricSuite', options);
  assertCsr('completeMetricSuite', csr, { sectors: true });
  return complete(csr, partials, settings, timings);
}

function complete(
  csr: Csr,
  partials: PathPartials,
  settings: Settings,
  timings: Record<string, number>,
): MetricSuiteResult {
  const n = csr.offsets.length - 1;
  const warnings: MetricWarning[] = [];
  const done = new Map<SharedStep<unknown>, unknown>();
  // Time spent in shared steps, so that a measure's own time leaves out the steps it asked for.
  let depth = 0;
  let inShared = 0;
  const suiteSettings: SuiteSettings = {
    weighted: settings.weighted,
    seed: settings.seed,
    restarts: settings.restarts,
    suggestions: settings.suggestions,
  };
  const context: MetricContext = {
    csr,
    partials,
    settings: suiteSettings,
    shared<T>(step: SharedStep<T>): T {
      if (!done.has(step)) {
        const start = performance.now();
        depth += 1;
        try {
          done.set(
            step,
            timed(timings, step.label, () => step.run(context)),
          );
        } finally {
          depth -= 1;
        }
        if (depth === 0) inShared += performance.now() - start;
      }
      return done.get(step) as T;
    },
    orNaN(metric, work) {
      try {
        return work();
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        warnings.push({
          code: 'metric_failed',
          message: `${metric} was not computed: ${reason}`,
          params: { metric, reason },
        });
        return new Float64Array(n).fill(NaN);
      }
    },
  };
  const result: MetricSuiteResult = {
    organizations: {} as MetricSuiteResult['organizations'],
    summary: {} as MetricSuiteResult['summary'],
    sectors: [],
    mixing: { sectors: [], observed: [], expected: [] },
    suggestions: [],
    gaps: {
      sectorPairs: [],
      isolatedRegions: null,
      sectorsWithoutInternational: null,
      organizationsWithoutExternalTie: [],
      isolatedOrganizations: [],
      smallComponents: [],
    },
    organizationCount: n,
    ties: csr.neighbors.length / 2,
    warnings,
    timings,
  };
  const descriptors = METRICS as readonly MetricDescriptor[];
  checkpoint(settings, SWEEP_SHARE);
  descriptors.forEach((descriptor, index) => {
    const sharedBefore = inShared;
    const start = performance.now();
    const values = descriptor.compute(context);
    const own = performance.now() - start - (inShared - sharedBefore);
    if (own > 0.5) timings[descriptor.id] = own;
    Object.assign(result.organizations, values.organizations);
    Object.assign(result.summary, values.summary);
    if (values.sectors) result.sectors = values.sectors;
    if (values.mixing) result.mixing = values.mixing;
    if (values.suggestions) result.suggestions = values.suggestions;
    if (values.gaps) result.gaps = values.gaps;
    checkpoint(settings, SWEEP_SHARE + ((1 - SWEEP_SHARE) * (index + 1)) / descriptors.length);
  });
  return result;
}

/** The whole suite on the calling thread. */
export function runMetricSuite(csr: Csr, options: MetricSuiteOptions = {}): MetricSuiteResult {
  const settings = settingsOf('runMetricSuite', options);
  const n = assertCsr('runMetricSuite', csr, { sectors: true });
  const timings: Record<string, number> = {};
  const partials = emptyPathPartials(n);
  checkpoint(settings, 0);
  for (let from = 0; from < n; from += settings.sourcesPerChunk) {
    const to = Math.min(n, from + settings.sourcesPerChunk);
    timed(timings, 'path sweep', () =>
      sweepSources(csr, from, to, { weighted: settings.weighted, into: partials }),
    );
    checkpoint(settings, sweepProgress(to, n));
  }
  return complete(csr, partials, settings, timings);
}
