/**
 * Two records of one organisation, the network's and an added file's, made one: a field empty on
 * one side takes the other's value; where both hold different values the network's is kept and
 * the conflict is returned for a message. Neither record is changed.
 */
import type { OrganizationField } from '../csv/headers';
import { ownValue } from '../records';
import { newAttributes } from './importColumns';
import type { Organization } from './types';

type MergedField = Exclude<keyof Organization, 'id' | 'placeholder' | 'attributes' | 'row'>;
type Value = Organization[MergedField];

/** The fields merged, each with the column that holds it in a file. */
const FIELDS: readonly (readonly [MergedField, OrganizationField])[] = [
  ['name', 'name'],
  ['sector', 'sector'],
  ['country', 'country'],
  ['region', 'region'],
  ['city', 'city'],
  ['lat', 'lat'],
  ['lon', 'lon'],
  ['scope', 'scope'],
  ['worldRegion', 'world_region'],
  ['themes', 'themes'],
  ['aliases', 'aliases'],
];

/** A value held by both records, differently: the network's is kept. */
export interface Conflict {
  /** The field, or null for a column the app does not know (`column` is then its header). */
  field: OrganizationField | null;
  column: string;
  kept: string;
  ignored: string;
}

export interface MergeOptions {
  /**
   * Whether the added file has a world region column: without one, its world region is its
   * country's, and where the network holds another the network's stays without a message (the
   * countries' conflict, if any, has its own).
   */
  worldRegionColumn: boolean;
}

/** A name equal to the id is the import's stand-in for a missing one. */
function isEmpty(value: Value, field: MergedField, id: string): boolean {
  if (value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'string') return value.trim() === '' || (field === 'name' && value === id);
  return false;
}

function same(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const set = new Set(a);
    return a.length === b.length && b.every((x) => set.has(x));
  }
  return a === b;
}

function written(value: Value): string {
  return Array.isArray(value) ? value.join('; ') : String(value);
}

export interface MergedOrganization {
  /** The network's record itself when the added one brought nothing new. */
  organization: Organization;
  conflicts: Conflict[];
}

export function mergeOrganization(
  current: Organization,
  incoming: Organization,
  options: MergeOptions,
): MergedOrganization {
  const conflicts: Conflict[] = [];
  const filled: Partial<Record<MergedField, Value>> = {};
  let changed = false;
  for (const [field, column] of FIELDS) {
    const kept = current[field];
    const other = incoming[field];
    if (isEmpty(other, field, incoming.id) || same(kept, other)) continue;
    if (isEmpty(kept, field, current.id)) {
      filled[field] = other;
      changed = true;
      continue;
    }
    // Without its own column the added file's world region is only its country's.
    const derived = field === 'worldRegion' && !options.worldRegionColumn;
    if (!derived)
      conflicts.push({ field: column, column, kept: written(kept), ignored: written(other) });
  }

  let attributes = current.attributes;
  for (const key of Object.keys(incoming.attributes)) {
    const other = ownValue(incoming.attributes, key) ?? '';
    const kept = ownValue(current.attributes, key);
    if (other.trim() === '' || kept === other) continue;
    if (kept === undefined || kept.trim() === '') {
      if (attributes === current.attributes) attributes = copyAttributes(current.attributes);
      attributes[key] = other;
      changed = true;
    } else {
      conflicts.push({ field: null, column: key, kept, ignored: other });
    }
  }

  // Each field filled holds a value of its own field's type.
  const organization = changed
    ? { ...current, ...(filled as Partial<Organization>), attributes }
    : current;
  return { organization, conflicts };
}

/** A record of attributes without a prototype (`__proto__` an ordinary key), as the import makes. */
function copyAttributes(from: Record<string, string>): Record<string, string> {
  const to = newAttributes();
  for (const key of Object.keys(from)) to[key] = ownValue(from, key) ?? '';
  return to;
}
