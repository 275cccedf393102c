/**
 * The command line as a function: arguments and injected I/O in, exit status out (README
 * section 4). 0: the input was usable; 1: `validate` found errors; 2: the input or the command
 * cannot be used, with one sentence on stderr and never a stack trace.
 */
import { importDataset } from '../core/model/importDataset';
import { UnusableInputError } from '../core/issues/issues';
import type { Dataset } from '../core/model/types';
import { buildAnalysisReport } from '../core/report/analysisReport';
import { withAddedTie } from '../core/metrics/csr';
import { allianceEffects, type AllianceEffects } from '../core/metrics/effects';
import { buildAnalysisInput } from '../core/metrics/input';
import { completeMetricSuite } from '../core/metrics/suite';
import { shownDataset } from '../core/explore/filters';
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
import { readInput, type CliIo } from './io';
import { writeJson } from './json';

export type { CliIo } from './io';

function loadDataset(io: CliIo, options: CliOptions): Dataset {
  const files = [
    readInput(io, options.orgs, 'organisations'),
    readInput(io, options.links, 'links'),
  ];
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

async function analyze(io: CliIo, options: CliOptions): Promise<number> {
  const period = options.years;
  const dataset = filteredDataset(loadDataset(io, options), options, period);
  // Positions only: an organisation id such as `constructor` is as good as any (input.ts).
  const input = buildAnalysisInput(dataset);
  const { weighted } = options;
  const partials = await parallelSweep(input, { weighted });
  const suite = completeMetricSuite(input, partials, {
    weighted,
    seed: options.seed ?? undefined,
  });
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

function exportCommand(): number {
  throw new CliError(
    'The export command is not available yet: GEXF, GraphML, CSV and JSON export come with the interoperability work.',
  );
}

/** The first line of a message, ending with a full stop, so stderr holds one sentence. */
function sentence(message: string): string {
  const line = (message.split(/\r?\n/)[0] ?? '').trim();
  return /[.!?]$/.test(line) ? line : `${line}.`;
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    // Said before any option is checked: nothing the user could add would make it work today.
    if (argv[0] === 'export') return exportCommand();
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
        return exportCommand();
    }
  } catch (error) {
    if (error instanceof CliError || error instanceof UnusableInputError) {
      io.stderr(sentence(error.message) + '\n');
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      io.stderr(sentence(`Alliance Atlas stopped on an unexpected error: ${detail}`) + '\n');
    }
    return 2;
  }
}
