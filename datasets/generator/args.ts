/** Arguments of `npm run generate`, checked before any work so that mistakes cost nothing. */
import { MAX_LINKS, MAX_ORGANIZATIONS } from './network';

export interface GeneratorArgs {
  organizations: number;
  links: number;
  seed: string;
  out: string;
}

export const USAGE = 'Usage: npm run generate -- --organizations N --links M [--seed S] --out DIR';

/** A mistake in the arguments; its message is one sentence for the terminal. */
export class ArgsError extends Error {
  override name = 'ArgsError';
}

const KNOWN = new Set(['organizations', 'links', 'seed', 'out']);

function wholeNumber(flag: string, raw: string, max: number): number {
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value > max) {
    throw new ArgsError(`--${flag} must be a whole number from 0 to ${max}, not "${raw}".`);
  }
  return value;
}

/** Accepts `--flag value` and `--flag=value`; throws ArgsError on anything else. */
export function parseGeneratorArgs(argv: readonly string[]): GeneratorArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (!match) throw new ArgsError(`Unexpected argument "${arg}". ${USAGE}`);
    const flag = match[1]!;
    if (!KNOWN.has(flag)) throw new ArgsError(`Unknown option --${flag}. ${USAGE}`);
    let value = match[2];
    if (value === undefined) {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) {
        throw new ArgsError(`Option --${flag} needs a value. ${USAGE}`);
      }
      i++;
    }
    if (values.has(flag)) throw new ArgsError(`Option --${flag} is given twice.`);
    values.set(flag, value);
  }
  for (const flag of ['organizations', 'links', 'out']) {
    if (!values.has(flag)) throw new ArgsError(`Option --${flag} is missing. ${USAGE}`);
  }
  const organizations = wholeNumber(
    'organizations',
    values.get('organizations')!,
    MAX_ORGANIZATIONS,
  );
  if (organizations < 1) throw new ArgsError('--organizations must be at least 1.');
  const links = wholeNumber('links', values.get('links')!, MAX_LINKS);
  const maxPairs = (organizations * (organizations - 1)) / 2;
  if (links > maxPairs) {
    throw new ArgsError(
      `${organizations} organizations allow at most ${maxPairs} distinct pairs, fewer than --links ${links}.`,
    );
  }
  const out = values.get('out')!;
  if (out.trim() === '') throw new ArgsError('--out must name a folder.');
  const seed = values.get('seed') ?? '1';
  if (seed.trim() === '') throw new ArgsError('--seed must not be empty.');
  return { organizations, links, seed, out };
}
