/**
 * Cell text → typed values: sectors, link types, scopes, booleans, numbers, dates, themes.
 * Each parser returns `undefined` for an empty cell and `null` for a value it cannot read, so
 * the caller can tell "absent" (silent default) from "wrong" (a warning).
 */
import type { CanonicalSector, Scope } from './types';
import {
  DIRECTION_WORDS,
  FALSE_WORDS,
  LINK_TYPE_WORDS,
  SCOPE_WORDS,
  SECTOR_WORDS,
  TRUE_WORDS,
} from './vocabulary';

/** Lower case, no accents, punctuation as single spaces: `Asociación Civil` → `asociacion civil`. */
export function normalizeValue(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Vocabulary cells repeat the same few values down a column: remember each answer, so a large
 * file pays for normalising each distinct value once. Bounded, in case a column is all distinct.
 */
function memoize<R>(fn: (raw: string) => R): (raw: string) => R {
  const cache = new Map<string, R>();
  return (raw) => {
    let value = cache.get(raw);
    if (value === undefined && !cache.has(raw)) {
      value = fn(raw);
      if (cache.size >= 4096) cache.clear();
      cache.set(raw, value);
    }
    return value as R;
  };
}

function table<T extends string>(entries: Record<T, string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [code, names] of Object.entries(entries) as [T, string[]][]) {
    map.set(normalizeValue(code), code);
    for (const name of names) map.set(normalizeValue(name), code);
  }
  return map;
}

const SECTOR_NAMES = table(SECTOR_WORDS);
const LINK_TYPE_NAMES = table(LINK_TYPE_WORDS);
const SCOPE_NAMES = table(SCOPE_WORDS);
const TRUE = new Set(TRUE_WORDS.map(normalizeValue));
const FALSE = new Set(FALSE_WORDS.map(normalizeValue));
const DIRECTION = new Set(DIRECTION_WORDS.map(normalizeValue));

/** Canonical sector code for a known name, or null for a custom sector. */
export const canonicalSector = memoize(
  (raw: string): CanonicalSector | null => SECTOR_NAMES.get(normalizeValue(raw)) ?? null,
);

/** Canonical link type for a known name in the three languages; other values kept as written. */
export const parseLinkType = memoize((raw: string): string | undefined => {
  const value = raw.trim();
  if (value === '') return undefined;
  return LINK_TYPE_NAMES.get(normalizeValue(value)) ?? value;
});

/** A level of action; `'unknown'` when the cell says so explicitly. */
export const parseScope = memoize((raw: string): Scope | 'unknown' | null | undefined => {
  const value = raw.trim();
  if (value === '') return undefined;
  return SCOPE_NAMES.get(normalizeValue(value)) ?? null;
});

export const parseBoolean = memoize((raw: string): boolean | null | undefined => {
  const value = normalizeValue(raw);
  if (value === '') return undefined;
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  return null;
});

/** True when a link "type" cell holds a direction (Gephi's `Type` column), not an alliance type. */
export const isDirectionWord = memoize((raw: string): boolean =>
  DIRECTION.has(normalizeValue(raw)),
);

const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;

/** A decimal number; a decimal comma is accepted (`1,5`), as Spanish- and French-locale Excel writes. */
export function parseDecimal(raw: string): number | null | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  if (!NUMBER.test(value)) return null;
  const n = Number(value.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * A year or a date, normalised to `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Accepted: `2019`, `2019.0`,
 * ISO dates (`2019-03`, `2019-03-15`, with a time after it), and the day-first dates that
 * Spanish- and French-locale spreadsheets write (`15/03/2019`, `15-03-2019`, `15.03.2019`);
 * a slash date whose second number cannot be a month is read month-first (`03/15/2019`).
 */
export const parseDate = memoize((raw: string): string | null | undefined => {
  const value = raw.trim();
  if (value === '') return undefined;
  let m = /^(\d{4})(?:\.0+)?$/.exec(value);
  if (m) return m[1];
  m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const month = Number(m[2]);
    if (m[3] === undefined) return month >= 1 && month <= 12 ? `${m[1]}-${pad(month, 2)}` : null;
    const day = Number(m[3]);
    return validDate(y, month, day) ? `${m[1]}-${pad(month, 2)}-${pad(day, 2)}` : null;
  }
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(value);
  if (m) {
    let day = Number(m[1]);
    let month = Number(m[3]);
    if (month > 12 && day <= 12) [day, month] = [month, day];
    const y = Number(m[4]);
    return validDate(y, month, day) ? `${m[4]}-${pad(month, 2)}-${pad(day, 2)}` : null;
  }
  return null;
});

const NO_THEMES: string[] = Object.freeze([]) as unknown as string[];

/**
 * Several values separated by `;` or `|`, trimmed, empty ones and repeats dropped. The same cell
 * gives the same (frozen) list: a million rows of a few theme cells share a few lists.
 */
export const parseThemes = memoize((raw: string): string[] => {
  if (raw.trim() === '') return NO_THEMES;
  const themes: string[] = [];
  for (const part of raw.split(/[;|]/)) {
    const theme = part.trim();
    if (theme !== '' && !themes.includes(theme)) themes.push(theme);
  }
  return Object.freeze(themes) as string[];
});
