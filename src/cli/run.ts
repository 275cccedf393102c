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
import { activeDuring } from '../core/explore/filters';
import { comparePeriods } from '../core/report/comparePeriods';
import { parallelSweep } from './sweepPool';
import { metricHelp } from '../core/metrics/registry';
import { CliError, parseArgs, USAGE, type CliOptions } from './args';
import { countIssues, formatAnalysis, formatComparison, formatCounts, formatIssue } from './format';
import { readInput, type CliIo } from './io';
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

/** Suggestions that get their effects in `analyze` unless `--effects N` says otherwise. */
export const DEFAULT_EFFECTS = 1;

async function analyze(io: CliIo, options: CliOptions): Promise<number> {
  const loaded = loadDataset(io, options);
  const period = options.years;
  const dataset =
    period === null
      ? loaded
      : { ...loaded, links: loaded.links.filter((link) => activeDuring(link, period)) };
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
    io.stdout(formatAnalysis(report, dataset.name));
  }
  return 0;
}

function compare(io: CliIo, options: CliOptions): number {
  const dataset = loadDataset(io, options);
  const { years, against } = options;
  if (years === null || against === null) throw new CliError('compare needs two periods.');
  const comparison = comparePeriods(dataset, years, against);
  if (options.json) {
    writeJson(comparison, io.stdout);
    io.stdout('\n');
  } else {
    io.stdout(formatComparison(comparison, dataset.name));
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
