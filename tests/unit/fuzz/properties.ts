/**
 * The properties every import must have, as checks that list what they find (empty: it holds).
 *  P1  it returns a Dataset or throws UnusableInputError (one sentence naming the file), quickly;
 *  P3  every message is well formed and points inside its file; the Dataset hangs together.
 * (P2, row accounting against the model, is in accounting.ts.)
 */
import type { InputFile } from '../../../src/core/csv/readFile';
import { importDataset, type ImportOptions } from '../../../src/core/model/importDataset';
import { UnusableInputError } from '../../../src/core/issues/issues';
import { SCOPES, WORLD_REGIONS, type Dataset } from '../../../src/core/model/types';
import { abbreviate } from './csvModel';

export interface Violation {
  property: 'P1' | 'P2' | 'P3';
  /** A short stable name for the kind of failure, to group them. */
  kind: string;
  detail: string;
}

export interface Outcome {
  dataset?: Dataset;
  error?: unknown;
  ms: number;
  /** What onProgress was called with. */
  progress: number[];
}

/**
 * Longest a single call may take before it counts as hung: the inputs are at most a few
 * megabytes, so only a runaway (quadratic) path comes near it on a loaded machine; speed itself
 * is measured by `npm run bench`, never asserted.
 */
export const CALL_BUDGET_MS = Number(process.env.FUZZ_CALL_MS ?? 10_000);
export const MAX_MESSAGE = 2000;

let calls = 0;
/** How many inputs were fed to the import in this process. */
export const importCalls = (): number => calls;

export function runImport(files: InputFile[], options: ImportOptions = {}): Outcome {
  calls++;
  const progress: number[] = [];
  const onProgress = (f: number) => progress.push(f);
  const start = performance.now();
  try {
    const dataset = importDataset(files, { ...options, onProgress });
    return { dataset, ms: performance.now() - start, progress };
  } catch (error) {
    return { error, ms: performance.now() - start, progress };
  }
}

/** P3: the progress bar only moves forward, stays between 0 and 1, and ends full. */
function checkProgress(progress: number[]): Violation[] {
  const bad = progress.findIndex((f, i) => !(f >= 0 && f <= 1) || (i > 0 && f < progress[i - 1]!));
  if (bad >= 0)
    return [
      {
        property: 'P3',
        kind: 'progress goes backwards or out of [0, 1]',
        detail: progress.slice(Math.max(0, bad - 2), bad + 1).join(' → '),
      },
    ];
  if (progress.at(-1) !== 1)
    return [
      { property: 'P3', kind: 'progress does not end at 1', detail: String(progress.at(-1)) },
    ];
  return [];
}

/** One sentence: ends with a full stop, and no full stop before it starts another sentence. */
export function isOneSentence(message: string, names: string[]): boolean {
  let text = message;
  for (const name of names) if (name !== '') text = text.split(name).join('FILE');
  // Values quoted from the file may say anything.
  text = text.replace(/"[^"\n]*"/g, '""');
  return text.endsWith('.') && !/[.!?]\s+\p{Lu}/u.test(text.slice(0, -1));
}

/** P1: what the call returned or threw, and how long it took. */
export function checkOutcome(files: InputFile[], outcome: Outcome): Violation[] {
  const out: Violation[] = [];
  const names = files.map((f) => f.name);
  if (outcome.ms > CALL_BUDGET_MS)
    out.push({ property: 'P1', kind: 'slow call', detail: `took ${outcome.ms.toFixed(0)} ms` });
  const { error } = outcome;
  if (error === undefined) return [...out, ...checkProgress(outcome.progress)];
  if (!(error instanceof UnusableInputError)) {
    const e = error as Error;
    const where = String(e?.stack ?? '')
      .split('\n')
      .slice(0, 4)
      .join(' | ');
    out.push({ property: 'P1', kind: `throws ${e?.name ?? typeof error}`, detail: where });
    return out;
  }
  const m = error.message;
  if (!names.includes(error.file) && !(names.length === 0 && error.file === ''))
    out.push({
      property: 'P1',
      kind: 'unusable: unknown file',
      detail: `file ${abbreviate(error.file)}`,
    });
  if (error.file !== '' && !m.includes(error.file))
    out.push({ property: 'P1', kind: 'unusable: file not named', detail: abbreviate(m) });
  if (!isOneSentence(m, names))
    out.push({ property: 'P1', kind: 'unusable: not one sentence', detail: abbreviate(m) });
  if (m.length > MAX_MESSAGE)
    out.push({ property: 'P1', kind: 'unusable: message too long', detail: `${m.length} chars` });
  return out;
}

const LEVELS = new Set(['error', 'warning', 'info']);
const LINK_SCOPES = new Set(['local', 'national', 'regional', 'international', 'unknown']);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const inRows = (row: number | null, last: number) =>
  row === null || (Number.isInteger(row) && row >= 1 && row <= last);

/**
 * P3: every message has a level, a sentence, one of the input files and a row inside it (`rows`
 * gives the last row each file can have); every item has sane values and links join
 * organisations of the dataset.
 */
export function checkDataset(dataset: Dataset, rows: Map<string, number>): Violation[] {
  const out: Violation[] = [];
  const add = (kind: string, detail: string) => out.push({ property: 'P3', kind, detail });
  for (const issue of dataset.issues) {
    const at = `${issue.code} on ${abbreviate(issue.file)} row ${issue.row}`;
    if (!LEVELS.has(issue.level)) add('issue: bad level', `${at}: level ${issue.level}`);
    if (typeof issue.message !== 'string' || issue.message.trim() === '')
      add('issue: empty message', at);
    else if (issue.message.length > MAX_MESSAGE)
      add(`issue: ${issue.code} message too long`, `${at}: ${issue.message.length} chars`);
    const last = rows.get(issue.file);
    if (last === undefined) add('issue: unknown file', at);
    else if (!inRows(issue.row, last))
      add(`issue: ${issue.code} row outside file`, `${at}; the file has ${last} rows`);
    for (const [key, value] of Object.entries(issue.params ?? {}))
      if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value)))
        add('issue: bad param', `${at}: ${key} = ${String(value)}`);
  }
  const said = new Set<string>();
  for (const issue of dataset.issues) {
    const key = JSON.stringify([issue.file, issue.row, issue.column, issue.code, issue.message]);
    if (said.has(key))
      add(
        `issue: ${issue.code} said twice`,
        `${abbreviate(issue.file)} row ${issue.row}: ${abbreviate(issue.message)}`,
      );
    said.add(key);
  }
  const ids = new Set<string>();
  for (const o of dataset.organizations) {
    if (ids.has(o.id)) add('dataset: repeated organisation id', abbreviate(o.id));
    ids.add(o.id);
    const at = `organisation ${abbreviate(o.id)}`;
    if (o.id.trim() === '' || o.id !== o.id.trim()) add('dataset: id empty or untrimmed', at);
    if (typeof o.name !== 'string' || o.name.trim() === '') add('dataset: bad name', at);
    if (o.country !== null && !/^[A-Z]{2}$/.test(o.country))
      add('dataset: bad country', `${at}: ${o.country}`);
    if (o.worldRegion !== null && !WORLD_REGIONS.includes(o.worldRegion))
      add('dataset: bad world region', `${at}: ${o.worldRegion}`);
    if (o.scope !== null && !SCOPES.includes(o.scope))
      add('dataset: bad scope', `${at}: ${o.scope}`);
    if (!o.themes.every((t) => typeof t === 'string' && t !== '' && t === t.trim()))
      add('dataset: bad theme', at);
    if (!Object.values(o.attributes).every((v) => typeof v === 'string'))
      add('dataset: bad attribute value', at);
    if (o.lat !== null && !(Math.abs(o.lat) <= 90)) add('dataset: bad latitude', String(o.lat));
    if (o.lon !== null && !(Math.abs(o.lon) <= 180)) add('dataset: bad longitude', String(o.lon));
  }
  const keys = new Set<string>();
  for (const l of dataset.links) {
    if (keys.has(l.key)) add('dataset: repeated link key', l.key);
    keys.add(l.key);
    if (!ids.has(l.source) || !ids.has(l.target))
      add(
        'dataset: link to a missing organisation',
        `${l.key}: ${abbreviate(l.source)} → ${abbreviate(l.target)}`,
      );
    if (!(Number.isFinite(l.weight) && l.weight > 0))
      add('dataset: bad weight', `${l.key}: ${l.weight}`);
    for (const d of [l.since, l.until])
      if (d !== null && !DATE.test(d)) add('dataset: bad date', `${l.key}: ${abbreviate(d)}`);
    if (!LINK_SCOPES.has(l.scope)) add('dataset: bad scope', `${l.key}: ${l.scope}`);
    if (typeof l.directed !== 'boolean') add('dataset: bad direction', l.key);
    if (l.type !== null && (typeof l.type !== 'string' || l.type.trim() === ''))
      add('dataset: bad link type', l.key);
    if (!l.themes.every((t) => typeof t === 'string' && t !== '' && t === t.trim()))
      add('dataset: bad theme', l.key);
    if (!Object.values(l.attributes).every((v) => typeof v === 'string'))
      add('dataset: bad attribute value', l.key);
  }
  return out;
}

/** The most rows a file of these bytes can have: one per line break, plus one. */
export function maxRows(bytes: Uint8Array): number {
  let breaks = 0;
  for (const b of bytes) if (b === 0x0a || b === 0x0d) breaks++;
  return breaks + 1;
}

/** P1 and P3 for inputs without a model. */
export function checkAny(files: InputFile[], options: ImportOptions = {}): Violation[] {
  const outcome = runImport(files, options);
  const found = checkOutcome(files, outcome);
  if (outcome.dataset) {
    const rows = new Map(files.map((f) => [f.name, maxRows(f.bytes)]));
    found.push(...checkDataset(outcome.dataset, rows));
  }
  return found;
}
