/**
 * Command-line arguments of README, the command line. Every mistake becomes a CliError whose message is
 * one sentence that says what to write instead.
 */

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
  format: string | null;
  out: string | null;
  /** `--years`: alliances active at some time in these years (inclusive). */
  years: YearRange | null;
  /** `--against` (compare): the second period. */
  against: YearRange | null;
  /** `--effects N` (analyze): how many suggestions, the best first, get their effects. */
  effects: number | null;
}

export interface YearRange {
  from: number;
  to: number;
}

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
  | 'effects';

/** Options that take a value; the others are switches. */
const VALUE_HINT: Partial<Record<OptionName, string>> = {
  orgs: 'a file path',
  links: 'a file path',
  seed: 'a whole number',
  format: 'one of gexf, graphml, csv, json',
  out: 'a file path',
  years: 'a year range such as 2015-2019',
  against: 'a year range such as 2020-2025',
  effects: 'a whole number',
};

const ACCEPTED: Record<Command, OptionName[]> = {
  validate: ['orgs', 'links', 'json', 'drop-dangling'],
  analyze: ['orgs', 'links', 'json', 'weighted', 'seed', 'drop-dangling', 'years', 'effects'],
  compare: ['orgs', 'links', 'years', 'against', 'json', 'drop-dangling'],
  export: ['orgs', 'links', 'format', 'out', 'drop-dangling'],
};

export const USAGE = `Alliance Atlas — analyse SSE alliance networks from CSV files, a workbook, GEXF or GraphML.

Usage:
  npm run --silent atlas -- validate FILE… [--json] [--drop-dangling]
  npm run --silent atlas -- analyze  FILE… [--json] [--weighted] [--seed N] [--years Y1-Y2] [--effects N] [--drop-dangling]
  npm run --silent atlas -- compare  FILE… --years Y1-Y2 --against Y3-Y4 [--json] [--drop-dangling]
  npm run --silent atlas -- export   FILE… --format gexf|graphml|csv|json --out FILE

FILE…     one .xlsx workbook (Kumu's Elements and Connections, or sheets told apart by their
          headers), one GEXF or GraphML file, or the organisations and the links CSV files (a
          links file alone too): what each file is, is told from its content, as the app does.
          --orgs FILE --links FILE name the two CSV files instead.
validate  lists the problems found in the files; exits 1 when there are errors.
analyze   prints the network summary and the top organisations (--json: every metric as JSON);
          --years keeps the alliances active in those years, --effects N (default 1) gives the
          effects of the N best suggestions.
compare   prints, for two periods, alliances begun, ended and kept, density, components, the
          share of cross-sector ties and of international links, and each mixing matrix.
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
    if (values.has(name)) throw new CliError(`The --${name} option is given twice.`);
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
  const effects = text('effects');
  return {
    command,
    options: {
      inputs,
      json: values.has('json'),
      weighted: values.has('weighted'),
      seed: seed === null ? null : parseSeed(seed),
      dropDangling: values.has('drop-dangling'),
      format: text('format'),
      out: text('out'),
      years: years === null ? null : parseYears('years', years),
      against: against === null ? null : parseYears('against', against),
      effects: effects === null ? null : parseWholeNumber('effects', effects),
    },
  };
}
