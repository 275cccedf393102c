/**
 * The command line as a function: arguments and injected I/O in, exit status out (README
 * section 4). 0: the input was usable; 1: `validate` found errors; 2: the input or the command
 * cannot be used, with one sentence on stderr and never a stack trace.
 */
import { basename, join } from 'node:path';
import { importDataset } from '../core/model/importDataset';
import { UnusableInputError } from '../core/issues/issues';
import type { Dataset } from '../core/model/types';
import { buildAnalysisReport } from '../core/report/analysisReport';
import { withAddedTie } from '../core/metrics/csr';
import { allianceEffects, type AllianceEffects } from '../core/metrics/effects';
import { buildAnalysisInput, type AnalysisInput } from '../core/metrics/input';
import { completeMetricSuite, type MetricSuiteResult } from '../core/metrics/suite';
import type { PathPartials } from '../core/metrics/paths';
import { exportDataset, type ExportFormat } from '../core/export/exportDataset';
import { ExportError, type ExportFile } from '../core/export/files';
import { toAnalysisMetrics } from '../core/report/metricsAdapter';
import type { AnalysisMetrics } from '../core/report/reportTypes';
import { hasNoFilter, shownDataset } from '../core/explore/filters';
import { VALUE_FILTER_OPTIONS } from '../core/explore/filterArguments';
import { unknownFilterValues } from '../core/explore/filterValues';
import { comparePeriods } from '../core/report/comparePeriods';
import { parallelSweep } from './sweepPool';
import { metricHelp } from '../core/metrics/registry';
import { CliError, parseArgs, USAGE, type CliOptions } from './args';
import {
  countIssues,
  formatAnalysis,
  formatComparison,
  formatCounts,
  formatIssue,
  withFilters,
} from './format';
import { readInput, writeOutput, type CliIo } from './io';
import { writeJson } from './json';

export type { CliIo } from './io';

/** Reads the files given, whatever their formats: the import tells them apart by content. */
function loadDataset(io: CliIo, options: CliOptions): Dataset {
  const files = options.inputs.map(({ path, role }) => readInput(io, path, role ?? 'input'));
  return importDataset(files, { dropDangling: options.dropDangling });
}

function validate(io: CliIo, options: CliOptions): number {
  const dataset = loadDataset(io, options);
  const counts = countIssues(dataset.issues);
  if (options.json) {
    io.stdout(JSON.stringify({ issues: dataset.issues, counts }, null, 2) + '\n');
  } else {
    const lines = dataset.issues.map(formatIssue);
    lines.push(
      `${formatCounts(counts)} (${dataset.organizations.length} organisations, ${dataset.links.length} links).`,
    );
    io.stdout(lines.join('\n') + '\n');
  }
  return counts.error > 0 ? 1 : 0;
}

/**
 * The network the Analyse area would show for the same layer and filters (`--layer`, `--sector`,
 * …, `--years`): shownDataset, the one rule of what stays. A value that nothing has is refused,
 * naming the values there are, rather than analysing an empty network.
 */
function filteredDataset(
  loaded: Dataset,
  options: CliOptions,
  years: CliOptions['years'],
): Dataset {
  const filters = { ...options.filters, years };
  const unknown = unknownFilterValues(loaded, filters)[0];
  if (unknown) {
    const option = `--${VALUE_FILTER_OPTIONS[unknown.kind]}`;
    const present =
      unknown.present.slice(0, 12).join(', ') + (unknown.present.length > 12 ? ', …' : '');
    throw new CliError(
      `No ${unknown.kind === 'linkTypes' ? 'alliance' : 'organisation'} has ${option} "${unknown.value}": the values there are ${present || 'none'}.`,
    );
  }
  return shownDataset(loaded, options.layer, filters);
}

/** Suggestions that get their effects in `analyze` unless `--effects N` says otherwise. */
export const DEFAULT_EFFECTS = 1;

interface Analysis {
  input: AnalysisInput;
  partials: PathPartials;
  suite: MetricSuiteResult;
}

/** The metric suite on the dataset, its path sweep split over the threads. */
async function runAnalysis(dataset: Dataset, options: CliOptions): Promise<Analysis> {
  // Positions only: an organisation id such as `constructor` is as good as any (input.ts).
  const input = buildAnalysisInput(dataset);
  const { weighted } = options;
  const partials = await parallelSweep(input, { weighted });
  const suite = completeMetricSuite(input, partials, {
    weighted,
    seed: options.seed ?? undefined,
  });
  return { input, partials, suite };
}

async function analyze(io: CliIo, options: CliOptions): Promise<number> {
  const period = options.years;
  const dataset = filteredDataset(loadDataset(io, options), options, period);
  const { input, partials, suite } = await runAnalysis(dataset, options);
  const { weighted } = options;
  // Each effect is one more whole sweep (with the tie), split over the threads as the first.
  const effects: AllianceEffects[] = [];
  for (const s of suite.suggestions.slice(0, options.effects ?? DEFAULT_EFFECTS)) {
    const after = await parallelSweep(withAddedTie(input, s.source, s.target), { weighted });
    effects.push(allianceEffects(input, s, { weighted, before: partials, after }));
  }
  const report = buildAnalysisReport(dataset, suite, { effects, period });
  if (options.json) {
    writeJson(report, io.stdout);
    io.stdout('\n');
  } else {
    io.stdout(formatAnalysis(report, withFilters(dataset.name, options)));
  }
  return 0;
}

function compare(io: CliIo, options: CliOptions): number {
  // The two periods are the years: the other filters and the layer apply to both.
  const dataset = filteredDataset(loadDataset(io, options), options, null);
  const { years, against } = options;
  if (years === null || against === null) throw new CliError('compare needs two periods.');
  const comparison = comparePeriods(dataset, years, against);
  if (options.json) {
    writeJson(comparison, io.stdout);
    io.stdout('\n');
  } else {
    io.stdout(formatComparison(comparison, withFilters(dataset.name, options)));
  }
  return 0;
}

/**
 * Where each file of an export goes (README, the command line): into `--out` when it is an
 * existing folder; else a csv export's two files beside it, named after it
 * (`--out net.csv` → net-organizations.csv and net-links.csv), and any other format's file at
 * `--out` itself.
 */
function exportPaths(
  io: CliIo,
  format: ExportFormat,
  out: string,
  files: readonly ExportFile[],
): string[] {
  if (io.isDirectory?.(out)) return files.map((f) => join(out, f.name));
  if (/[/\\]$/.test(out)) throw new CliError(`The folder ${out} does not exist.`);
  if (format !== 'csv') return files.map(() => out);
  const stem = out.replace(/\.csv$/i, '');
  return files.map((f) => `${stem}-${f.name}`);
}

async function exportCommand(io: CliIo, options: CliOptions): Promise<number> {
  const { format, out } = options;
  if (format === null || out === null) throw new CliError('export needs --format and --out.');
  const loaded = loadDataset(io, options);
  const narrowed =
    options.layer !== 'all' || !hasNoFilter({ ...options.filters, years: options.years });
  if (format === 'json' && narrowed) {
    throw new CliError(
      'The project file holds the whole network, as the app saves it: --format json takes no --layer, filter or --years.',
    );
  }
  // The network on screen for this layer and these filters, as the app's Export menu writes it.
  const dataset = filteredDataset(loaded, options, options.years);
  // The project file holds the network alone: the app computes the measures on opening it.
  let metrics: AnalysisMetrics | null = null;
  if (format !== 'json') {
    const { input, suite } = await runAnalysis(dataset, options);
    metrics = toAnalysisMetrics(
      suite,
      dataset.organizations.map((o) => o.id),
      input.sector,
    );
  }
  // Into a folder, a file is named after the organisations file; elsewhere after --out.
  const stem = io.isDirectory?.(out) ? undefined : basename(out).replace(/\.[^.]*$/, '');
  const files = await exportDataset(dataset, format, { metrics, stem: stem || undefined });
  const paths = exportPaths(io, format, out, files);
  files.forEach((file, i) => writeOutput(io, paths[i]!, file.bytes));
  const what = `${dataset.organizations.length} organisations, ${dataset.links.length} links`;
  io.stdout(`Wrote ${paths.join(' and ')} (${what}).\n`);
  return 0;
}

/** The first line of a message, ending with a full stop, so stderr holds one sentence. */
function sentence(message: string): string {
  const line = (message.split(/\r?\n/)[0] ?? '').trim();
  return /[.!?]$/.test(line) ? line : `${line}.`;
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const parsed = parseArgs(argv);
    switch (parsed.command) {
      case 'help':
        io.stdout(USAGE + metricHelp());
        return 0;
      case 'validate':
        return validate(io, parsed.options);
      case 'analyze':
        return await analyze(io, parsed.options);
      case 'compare':
        return compare(io, parsed.options);
      case 'export':
        return await exportCommand(io, parsed.options);
    }
  } catch (error) {
    if (
      error instanceof CliError ||
      error instanceof UnusableInputError ||
      error instanceof ExportError
    ) {
      io.stderr(sentence(error.message) + '\n');
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      io.stderr(sentence(`Alliance Atlas stopped on an unexpected error: ${detail}`) + '\n');
    }
    return 2;
  }
}
