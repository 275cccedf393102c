/**
 * The undo history of a workspace's edits: every edit in the order made, how many of them are
 * done (those after are undone, waiting for a redo), and for each how many imports the network
 * had when it was made, so that a workspace opened again makes its imports and its edits in the
 * order they came. Also its reading back from storage, where anything that is not a history of
 * edits ends the list rather than the page.
 */
import { textKeyed } from '../records';
import type { Link, LinkScope, Organization, Scope, WorldRegion } from '../model/types';
import type { Edit, RecordChange } from './edits';

export interface HistoryEntry {
  edit: Edit;
  /** The imports of the network (the first and each Add files) when the edit was made. */
  imports: number;
}

export interface EditHistory {
  entries: HistoryEntry[];
  /** Entries done; those from here on were undone. */
  done: number;
}

export const EMPTY_HISTORY: EditHistory = { entries: [], done: 0 };

/** A new edit: the undone ones can no longer be redone. */
export function pushEdit(history: EditHistory, edit: Edit, imports: number): EditHistory {
  const entries = [...history.entries.slice(0, history.done), { edit, imports }];
  return { entries, done: entries.length };
}

/** The edits done, in order. */
export function doneEdits(history: EditHistory): Edit[] {
  return history.entries.slice(0, history.done).map((e) => e.edit);
}

/** Forgets the undone edits (new work was done in their place: files added, say). */
export function dropUndone(history: EditHistory): EditHistory {
  return history.done === history.entries.length
    ? history
    : { entries: history.entries.slice(0, history.done), done: history.done };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): value is string => typeof value === 'string';
const textOrNull = (value: unknown): value is string | null => value === null || text(value);
const numberOrNull = (value: unknown): value is number | null =>
  value === null || (typeof value === 'number' && Number.isFinite(value));
const texts = (value: unknown): value is string[] => Array.isArray(value) && value.every(text);

function attributes(value: unknown): Record<string, string> | null {
  if (!isRecord(value)) return null;
  const kept = textKeyed<string>();
  for (const [key, cell] of Object.entries(value)) {
    if (!text(cell)) return null;
    kept[key] = cell;
  }
  return kept;
}

function readOrganization(raw: unknown): Organization | null {
  if (!isRecord(raw)) return null;
  const { id, name, sector, country, region, city, lat, lon, scope, worldRegion, themes } = raw;
  const attrs = attributes(raw.attributes);
  if (
    !text(id) ||
    !text(name) ||
    !textOrNull(sector) ||
    !textOrNull(country) ||
    !textOrNull(region) ||
    !textOrNull(city) ||
    !numberOrNull(lat) ||
    !numberOrNull(lon) ||
    !textOrNull(scope) ||
    !textOrNull(worldRegion) ||
    !texts(themes) ||
    typeof raw.placeholder !== 'boolean' ||
    !numberOrNull(raw.row) ||
    attrs === null
  ) {
    return null;
  }
  return {
    id,
    name,
    sector,
    country,
    region,
    city,
    lat,
    lon,
    scope: scope as Scope | null,
    worldRegion: worldRegion as WorldRegion | null,
    themes: [...themes],
    aliases: texts(raw.aliases) ? [...raw.aliases] : [],
    placeholder: raw.placeholder,
    attributes: attrs,
    row: raw.row,
  };
}

function readLink(raw: unknown): Link | null {
  if (!isRecord(raw)) return null;
  const { key, source, target, type, weight, directed, since, until, scope, themes } = raw;
  const attrs = attributes(raw.attributes);
  if (
    !text(key) ||
    !text(source) ||
    !text(target) ||
    !textOrNull(type) ||
    typeof weight !== 'number' ||
    typeof directed !== 'boolean' ||
    !textOrNull(since) ||
    !textOrNull(until) ||
    !text(scope) ||
    typeof raw.scopeExplicit !== 'boolean' ||
    !texts(themes) ||
    !numberOrNull(raw.row) ||
    attrs === null
  ) {
    return null;
  }
  return {
    key,
    source,
    target,
    type,
    weight,
    directed,
    since,
    until,
    scope: scope as LinkScope,
    scopeExplicit: raw.scopeExplicit,
    themes: [...themes],
    attributes: attrs,
    row: raw.row,
  };
}

function readChanges<T>(raw: unknown, read: (r: unknown) => T | null): RecordChange<T>[] | null {
  if (!Array.isArray(raw)) return null;
  const changes: RecordChange<T>[] = [];
  for (const item of raw) {
    if (!isRecord(item) || typeof item.at !== 'number') return null;
    const before = item.before === null ? null : read(item.before);
    const after = item.after === null ? null : read(item.after);
    if ((item.before !== null && before === null) || (item.after !== null && after === null)) {
      return null;
    }
    if (before === null && after === null) return null;
    changes.push({ before, after, at: item.at });
  }
  return changes;
}

/** A history as read back from storage; the entries up to the first that cannot be read. */
export function readHistory(raw: unknown): EditHistory {
  if (!isRecord(raw) || !Array.isArray(raw.entries)) return EMPTY_HISTORY;
  const entries: HistoryEntry[] = [];
  for (const item of raw.entries) {
    if (!isRecord(item) || !isRecord(item.edit) || typeof item.imports !== 'number') break;
    const organizations = readChanges(item.edit.organizations, readOrganization);
    const links = readChanges(item.edit.links, readLink);
    if (!organizations || !links) break;
    entries.push({ edit: { organizations, links }, imports: item.imports });
  }
  const done = typeof raw.done === 'number' ? Math.min(Math.max(0, raw.done), entries.length) : 0;
  return { entries, done };
}
