/**
 * The checks a project file's dataset passes before the app takes it: every value of the type
 * src/core/model/types.ts gives it, ids unique, every link end an organisation. The first value
 * that is wrong is named by its path (`dataset.organizations[3].id`). Records keyed by text from
 * the data come back without a prototype (src/core/records.ts), so that `__proto__` or
 * `constructor` stay ordinary keys.
 */
import type { ImportIssue, IssueLevel } from '../issues/issues';
import {
  SCOPES,
  WORLD_REGIONS,
  type Dataset,
  type Link,
  type LinkScope,
  type Organization,
  type RawValueCount,
  type Scope,
  type WorldRegion,
} from '../model/types';
import { textKeyed } from '../records';

/** Called with the path of the first value that is wrong; never returns. */
export type Invalid = (where: string) => never;

type Raw = Record<string, unknown>;

const LEVELS: readonly IssueLevel[] = ['error', 'warning', 'info'];
const LINK_SCOPES: readonly LinkScope[] = [...SCOPES, 'unknown'];

export function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value of an object's own key (a JSON object has Object.prototype: `constructor` is not its). */
function own(object: Raw, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Reads the fields of one object, naming the path of any that is wrong. */
class Fields {
  constructor(
    private readonly object: Raw,
    private readonly path: string,
    private readonly invalid: Invalid,
  ) {}

  private fail(key: string): never {
    return this.invalid(`${this.path}.${key}`);
  }

  text(key: string): string {
    const value = own(this.object, key);
    return typeof value === 'string' ? value : this.fail(key);
  }

  textOrNull(key: string): string | null {
    const value = own(this.object, key);
    return value === null ? null : this.text(key);
  }

  numberOrNull(key: string): number | null {
    const value = own(this.object, key);
    if (value === null) return null;
    return typeof value === 'number' && Number.isFinite(value) ? value : this.fail(key);
  }

  positive(key: string): number {
    const value = this.numberOrNull(key);
    return value !== null && value > 0 ? value : this.fail(key);
  }

  rowOrNull(key: string): number | null {
    const value = this.numberOrNull(key);
    return value === null || Number.isInteger(value) ? value : this.fail(key);
  }

  flag(key: string): boolean {
    const value = own(this.object, key);
    return typeof value === 'boolean' ? value : this.fail(key);
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T {
    const value = own(this.object, key);
    return allowed.includes(value as T) ? (value as T) : this.fail(key);
  }

  oneOfOrNull<T extends string>(key: string, allowed: readonly T[]): T | null {
    return own(this.object, key) === null ? null : this.oneOf(key, allowed);
  }

  /** A list that older files may lack: none then. */
  textsOrNone(key: string): string[] {
    return own(this.object, key) === undefined ? [] : this.texts(key);
  }

  texts(key: string): string[] {
    const value = own(this.object, key);
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return this.fail(key);
    return [...(value as string[])];
  }

  /** A record of text values, copied into one without a prototype. */
  record<T>(key: string, accept: (value: unknown) => value is T): Record<string, T> {
    const value = own(this.object, key);
    if (!isObject(value)) return this.fail(key);
    const out = textKeyed<T>();
    for (const [k, v] of Object.entries(value)) {
      if (!accept(v)) return this.invalid(`${this.path}.${key}.${k}`);
      out[k] = v;
    }
    return out;
  }

  /** True when the object has this key of its own (an optional field given). */
  has(key: string): boolean {
    return own(this.object, key) !== undefined;
  }

  /** A list of whole numbers of at least 1 (a grouped message's rows). */
  rows(key: string): number[] {
    const value = own(this.object, key);
    if (!Array.isArray(value) || !value.every((v) => Number.isInteger(v) && (v as number) >= 1)) {
      return this.fail(key);
    }
    return [...(value as number[])];
  }

  list(key: string): unknown[] {
    const value = own(this.object, key);
    return Array.isArray(value) ? value : this.fail(key);
  }
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isParam = (value: unknown): value is string | number =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

function each<T>(
  list: unknown[],
  path: string,
  invalid: Invalid,
  read: (fields: Fields, at: string) => T,
): T[] {
  return list.map((item, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(item)) return invalid(at);
    return read(new Fields(item, at, invalid), at);
  });
}

function organization(f: Fields): Organization {
  return {
    id: f.text('id'),
    name: f.text('name'),
    sector: f.textOrNull('sector'),
    country: f.textOrNull('country'),
    region: f.textOrNull('region'),
    city: f.textOrNull('city'),
    lat: f.numberOrNull('lat'),
    lon: f.numberOrNull('lon'),
    scope: f.oneOfOrNull<Scope>('scope', SCOPES),
    worldRegion: f.oneOfOrNull<WorldRegion>('worldRegion', WORLD_REGIONS),
    themes: f.texts('themes'),
    // Project files written before the field have none.
    aliases: f.textsOrNone('aliases'),
    placeholder: f.flag('placeholder'),
    attributes: f.record('attributes', isText),
    row: f.rowOrNull('row'),
  };
}

function link(f: Fields): Link {
  return {
    key: f.text('key'),
    source: f.text('source'),
    target: f.text('target'),
    type: f.textOrNull('type'),
    weight: f.positive('weight'),
    directed: f.flag('directed'),
    since: f.textOrNull('since'),
    until: f.textOrNull('until'),
    scope: f.oneOf('scope', LINK_SCOPES),
    scopeExplicit: f.flag('scopeExplicit'),
    themes: f.texts('themes'),
    attributes: f.record('attributes', isText),
    row: f.rowOrNull('row'),
  };
}

function issue(f: Fields): ImportIssue {
  return {
    level: f.oneOf('level', LEVELS),
    file: f.text('file'),
    row: f.rowOrNull('row'),
    column: f.textOrNull('column'),
    code: f.text('code') as ImportIssue['code'],
    message: f.text('message'),
    params: f.record('params', isParam),
    // A grouped message (one per unknown id, per kind of repeated notice) and its rows.
    ...(f.has('count') && { count: f.positive('count') }),
    ...(f.has('rows') && { rows: f.rows('rows') }),
  };
}

function rawValueCount(f: Fields): RawValueCount {
  return { raw: f.text('raw'), count: f.positive('count') };
}

/** The values of sector and alliance type as written, with their counts (the value mapping). */
function rawValues(raw: unknown, path: string, invalid: Invalid): Dataset['rawValues'] {
  if (!isObject(raw)) return invalid(path);
  const f = new Fields(raw, path, invalid);
  return {
    sector: each(f.list('sector'), `${path}.sector`, invalid, rawValueCount),
    linkType: each(f.list('linkType'), `${path}.linkType`, invalid, rawValueCount),
  };
}

/** The dataset of a project file, checked and copied; `invalid` names the first wrong value. */
export function readDataset(raw: unknown, path: string, invalid: Invalid): Dataset {
  if (!isObject(raw)) return invalid(path);
  const f = new Fields(raw, path, invalid);
  const organizations = each(
    f.list('organizations'),
    `${path}.organizations`,
    invalid,
    organization,
  );
  const ids = new Set<string>();
  organizations.forEach((o, i) => {
    if (o.id === '' || ids.has(o.id)) invalid(`${path}.organizations[${i}].id`);
    ids.add(o.id);
  });
  const links = each(f.list('links'), `${path}.links`, invalid, link);
  const keys = new Set<string>();
  links.forEach((l, i) => {
    const at = `${path}.links[${i}]`;
    if (keys.has(l.key)) invalid(`${at}.key`);
    keys.add(l.key);
    if (!ids.has(l.source)) invalid(`${at}.source`);
    if (!ids.has(l.target)) invalid(`${at}.target`);
  });
  return {
    name: f.text('name'),
    organizations,
    links,
    organizationColumns: f.texts('organizationColumns'),
    linkColumns: f.texts('linkColumns'),
    issues: each(f.list('issues'), `${path}.issues`, invalid, issue),
    ...(f.has('rawValues') && {
      rawValues: rawValues(own(raw, 'rawValues'), `${path}.rawValues`, invalid),
    }),
  };
}
