/**
 * Command-line arguments of README, the command line. Every mistake becomes a CliError whose message is
 * one sentence that says what to write instead.
 */

import {
  NO_FILTERS,
  type ExploreFilters,
  type ValueFilterKind,
  type YearRange,
} from '../core/explore/filters';
import { VALUE_FILTER_OPTIONS } from '../core/explore/filterArguments';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../core/export/exportDataset';
import { SCOPES, type LinkScope } from '../core/model/types';

/** A problem the user can fix: printed as it is on stderr, exit status 2, no stack trace. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

export const COMMANDS = ['validate', 'analyze', 'compare', 'export'] as const;
export type Command = (typeof COMMANDS)[number];

/** A file to read, and what it was given as (`--orgs`, `--links`, or an argument). */
export interface InputPath {
  path: string;
  role: 'organisations' | 'links' | null;
}

export interface CliOptions {
  /** The files, in the order given: which is which is told from their content. */
  inputs: InputPath[];
  json: boolean;
  weighted: boolean;
  seed: number | null;
  dropDangling: boolean;
  /** `--format` (export), checked against EXPORT_FORMATS. */
  format: ExportFormat | null;
  /** `--out` (export): the file to write, or a folder (README, the command line). */
  out: string | null;
  /** `--years`: alliances active at some time in these years (inclusive). */
  years: YearRange | null;
  /** `--against` (compare): the second period. */
  against: YearRange | null;
  /** `--effects N` (analyze): how many suggestions, the best first, get their effects. */
  effects: number | null;
  /** `--layer`: the scope layer analysed, as the Explore area's layer switch. */
  layer: LinkScope | 'all';
  /**
   * `--sector`, `--country`, `--world-region`, `--theme`, `--type` (each may be repeated: any of
   * them), `--min-weight`, `--min-degree`: the Explore filters (years aside: `years`).
   */
  filters: ExploreFilters;
}

export type { YearRange };

export type ParsedArgs = { command: 'help' } | { command: Command; options: CliOptions };

type OptionName =
  | 'orgs'
  | 'links'
  | 'json'
  | 'weighted'
  | 'seed'
  | 'drop-dangling'
  | 'format'
  | 'out'
  | 'years'
  | 'against'
  | 'effects'
  | 'layer'
  | 'sector'
  | 'country'
  | 'world-region'
  | 'theme'
  | 'type'
  | 'min-weight'
  | 'min-degree';

/** The filter options that may be repeated, and the filter each one adds a value to. */
const VALUE_FILTERS = new Map(
  Object.entries(VALUE_FILTER_OPTIONS).map(([kind, option]) => [
    option as OptionName,
    kind as ValueFilterKind,
  ]),
);
const FILTER_OPTIONS: OptionName[] = [
  'layer',
  'sector',
  'country',
  'world-region',
  'theme',
  'type',
  'min-weight',
  'min-degree',
];

/** Options that take a value; the others are switches. */
const VALUE_HINT: Partial<Record<OptionName, string>> = {
  orgs: 'a file path',
  links: 'a file path',
  seed: 'a whole number',
  format: `one of ${EXPORT_FORMATS.join(', ')}`,
  out: 'a file or folder path',
  years: 'a year range such as 2015-2019',
  against: 'a year range such as 2020-2025',
  effects: 'a whole number',
  layer: 'one of local, national, regional, international',
  sector: 'a sector as analyze --json writes it (cooperative, government, …)',
  country: 'a country code such as MX',
  'world-region': 'a world region such as latin_america_caribbean',
  theme: 'a theme',
  type: 'an alliance type such as partnership',
  'min-weight': 'a number',
  'min-degree': 'a whole number',
};

const ACCEPTED: Record<Command, OptionName[]> = {
  validate: ['orgs', 'links', 'json', 'drop-dangling'],
  analyze: [
    'orgs',
    'links',
    'json',
    'weighted',
    'seed',
    'drop-dangling',
    'years',
    'effects',
    ...FILTER_OPTIONS,
  ],
  compare: ['orgs', 'links', 'years', 'against', 'json', 'drop-dangling', ...FILTER_OPTIONS],
  export: [
    'orgs',
    'links',
    'format',
    'out',
    'weighted',
    'seed',
    'drop-dangling',
    'years',
    ...FILTER_OPTIONS,
  ],
};

export const USAGE = `Alliance Atlas — analyse SSE alliance networks from CSV files, a workbook, GEXF or GraphML.

Usage:
  npm run --silent atlas -- validate FILE… [--json] [--drop-dangling]
  npm run --silent atlas -- analyze  FILE… [--json] [--weighted] [--seed N] [--years Y1-Y2] [--effects N] [FILTERS] [--drop-dangling]
  npm run --silent atlas -- compare  FILE… --years Y1-Y2 --against Y3-Y4 [--json] [FILTERS] [--drop-dangling]
  npm run --silent atlas -- export   FILE… --format csv|xlsx|gexf|graphml|json --out FILE [--weighted] [--seed N] [--years Y1-Y2] [FILTERS] [--drop-dangling]

FILE…     one .xlsx workbook (Kumu's Elements and Connections, or sheets told apart by their
          headers), one GEXF or GraphML file, or the organisations and the links CSV files (a
          links file alone too): what each file is, is told from its content, as the app does.
          --orgs FILE --links FILE name the two CSV files instead.
validate  lists the problems found in the files; exits 1 when there are errors.
analyze   prints the network summary and the top organisations (--json: every metric as JSON);
          --years keeps the alliances active in those years, --effects N (default 1) gives the
          effects of the N best suggestions.
FILTERS   the Explore area's layer and filters, so that the figures equal the Analyse area's:
          --layer local|national|regional|international, --sector S, --country CC,
          --world-region R, --theme T, --type T (each may be repeated: any of them),
          --min-weight W, --min-degree K.
compare   prints, for two periods, alliances begun, ended and kept, density, components, the
          share of cross-sector ties and of international links, and each mixing matrix.
export    writes the network and every measure as csv (organisations and links files), xlsx
          (Elements and Connections sheets, as Kumu imports them), gexf (Gephi) or graphml
          (networkx, yEd), or the network alone as json (the app's project file). --out FILE
          writes that file; for csv, --out net.csv writes net-organizations.csv and
          net-links.csv beside it; --out FOLDER (an existing folder) writes organizations.csv
          and links.csv, or ORGS.gexf … (ORGS: the organisations file's name), in it.
          With --years and FILTERS it writes the network they keep, measured, as the app's
          Export menu writes the network on screen (json, the whole work, takes neither).
Exit status 2: the input cannot be used (one sentence on stderr says why).
`;

function isCommand(word: string): word is Command {
  return (COMMANDS as readonly string[]).includes(word);
}

function listOptions(command: Command): string {
  return ACCEPTED[command].map((name) => `--${name}`).join(', ');
}

function parseSeed(raw: string): number {
  if (!/^[0-9]{1,15}$/.test(raw.trim())) {
    throw new CliError(`The --seed option needs a whole number, not "${raw}".`);
  }
  return Number(raw.trim());
}

function parseWholeNumber(name: string, raw: string): number {
  if (!/^[0-9]{1,6}$/.test(raw.trim())) {
    throw new CliError(`The --${name} option needs a whole number, not "${raw}".`);
  }
  return Number(raw.trim());
}

/** `2015-2019` (inclusive), or one year `2015`; years of four digits. */
export function parseYears(name: string, raw: string): YearRange {
  const match = /^\s*([0-9]{4})\s*(?:[-–]\s*([0-9]{4})\s*)?$/.exec(raw);
  if (!match) {
    throw new CliError(
      `The --${name} option needs a year range such as 2015-2019 (or one year, 2015), not "${raw}".`,
    );
  }
  const from = Number(match[1]);
  const to = Number(match[2] ?? match[1]);
  if (to < from) {
    throw new CliError(`The --${name} range ${raw} ends before it starts: write ${to}-${from}.`);
  }
  return { from, to };
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [first, ...rest] = argv;
  if (first === undefined) {
    throw new CliError('No command given: use validate, analyze, compare or export (or --help).');
  }
  if (first === '--help' || first === '-h' || first === 'help') return { command: 'help' };
  if (!isCommand(first)) {
    throw new CliError(
      `Unknown command "${first}": use validate, analyze, compare or export (or --help).`,
    );
  }
  const command = first;

  const values = new Map<OptionName, string | true>();
  const repeated = new Map<ValueFilterKind, string[]>();
  const positional: string[] = [];
  for (let index = 0; index < rest.length; index++) {
    const argument = rest[index] ?? '';
    if (argument === '--help' || argument === '-h') return { command: 'help' };
    if (!argument.startsWith('--')) {
      positional.push(argument);
      continue;
    }
    const equals = argument.indexOf('=');
    const name = (equals === -1 ? argument.slice(2) : argument.slice(2, equals)) as OptionName;
    if (!ACCEPTED[command].includes(name)) {
      throw new CliError(
        `Unknown option --${name} for ${command}: it accepts ${listOptions(command)}.`,
      );
    }
    const filterKind = VALUE_FILTERS.get(name);
    if (values.has(name) && filterKind === undefined) {
      throw new CliError(`The --${name} option is given twice.`);
    }
    const hint = VALUE_HINT[name];
    if (hint === undefined) {
      if (equals !== -1) throw new CliError(`The --${name} option takes no value.`);
      values.set(name, true);
      continue;
    }
    const value = equals === -1 ? rest[index + 1] : argument.slice(equals + 1);
    if (equals === -1) index += 1;
    if (value === undefined || value === '' || (equals === -1 && value.startsWith('--'))) {
      throw new CliError(`The --${name} option needs ${hint}.`);
    }
    values.set(name, value);
    if (filterKind !== undefined)
      repeated.set(filterKind, [...(repeated.get(filterKind) ?? []), value]);
  }

  const text = (name: OptionName): string | null => {
    const value = values.get(name);
    return typeof value === 'string' ? value : null;
  };
  const orgs = text('orgs');
  const links = text('links');
  let inputs: InputPath[];
  if (orgs === null && links === null) {
    if (positional.length === 0) {
      throw new CliError(
        `${command} needs files: a workbook, a GEXF or GraphML file, or the organisations and links CSV files (${command} FILE… or --orgs FILE --links FILE).`,
      );
    }
    inputs = positional.map((path) => ({ path, role: null }));
  } else if (positional.length > 0) {
    throw new CliError(
      `Unexpected argument "${positional[0]}": give the files either as arguments or with --orgs and --links, not both.`,
    );
  } else if (orgs === null || links === null) {
    const missing = [orgs === null ? '--orgs FILE' : null, links === null ? '--links FILE' : null]
      .filter((part) => part !== null)
      .join(' and ');
    throw new CliError(`${command} needs ${missing} (the organisations and the links CSV files).`);
  } else {
    inputs = [
      { path: orgs, role: 'organisations' },
      { path: links, role: 'links' },
    ];
  }
  const seed = text('seed');
  const years = text('years');
  const against = text('against');
  if (command === 'compare' && (years === null || against === null)) {
    throw new CliError(
      'compare needs --years Y1-Y2 and --against Y3-Y4 (the two periods to compare).',
    );
  }
  const format = text('format');
  if (command === 'export') {
    if (format === null || text('out') === null) {
      throw new CliError(
        `export needs --format ${EXPORT_FORMATS.join('|')} and --out FILE (what to write, and where).`,
      );
    }
    if (!isExportFormat(format)) {
      throw new CliError(
        `Unknown export format "${format}": use one of ${EXPORT_FORMATS.join(', ')}.`,
      );
    }
  }
  const effects = text('effects');
  return {
    command,
    options: {
      inputs,
      json: values.has('json'),
      weighted: values.has('weighted'),
      seed: seed === null ? null : parseSeed(seed),
      dropDangling: values.has('drop-dangling'),
      format: format !== null && isExportFormat(format) ? format : null,
      out: text('out'),
      years: years === null ? null : parseYears('years', years),
      against: against === null ? null : parseYears('against', against),
      effects: effects === null ? null : parseWholeNumber('effects', effects),
      layer: parseLayer(text('layer')),
      filters: {
        ...NO_FILTERS,
        ...Object.fromEntries(repeated),
        minWeight: parseNumber('min-weight', text('min-weight')),
        minDegree: parseNumber('min-degree', text('min-degree'), true),
      },
    },
  };
}

function parseLayer(raw: string | null): LinkScope | 'all' {
  if (raw === null) return 'all';
  const layer = raw.trim().toLowerCase();
  if (!(SCOPES as readonly string[]).includes(layer)) {
    throw new CliError(
      `The --layer option needs one of local, national, regional, international, not "${raw}".`,
    );
  }
  return layer as LinkScope;
}

function parseNumber(name: OptionName, raw: string | null, whole = false): number {
  if (raw === null) return 0;
  const value = Number(raw.trim());
  if (
    raw.trim() === '' ||
    !Number.isFinite(value) ||
    value < 0 ||
    (whole && !Number.isInteger(value))
  ) {
    throw new CliError(
      `The --${name} option needs ${whole ? 'a whole number' : 'a number'} of 0 or more, not "${raw}".`,
    );
  }
  return value;
}
