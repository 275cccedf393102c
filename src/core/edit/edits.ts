/**
 * Edits of a dataset made in the app: each one a command that holds the records it changes as
 * they were and as they are after it, so that undoing it is applying its inverse, and a history
 * of them can be saved and replayed on the dataset the same files give again.
 *
 * A record is found by its id (organisations) or key (links); `at` is where it stands in its
 * list when the change is applied, so that undoing a removal puts it back where it was and an
 * export lists the rows in the order the files had them.
 */
import { deriveLinkScope } from '../model/scope';
import type { Dataset, Link, Organization } from '../model/types';

/** One record's change: added (no `before`), removed (no `after`), or edited (both). */
export interface RecordChange<T> {
  before: T | null;
  after: T | null;
  at: number;
}

export interface Edit {
  organizations: RecordChange<Organization>[];
  links: RecordChange<Link>[];
}

/** What an edit did to a record, as the review lists it. */
export type EditMark = 'added' | 'edited' | 'removed';

function applyChanges<T>(
  list: readonly T[],
  changes: readonly RecordChange<T>[],
  idOf: (record: T) => string,
): T[] {
  // Untouched, the list is kept as it is: what is worked out from it need not be again.
  if (changes.length === 0) return list as T[];
  const next = list.slice();
  for (const { before, after, at } of changes) {
    if (before === null) {
      if (after !== null) next.splice(Math.min(Math.max(at, 0), next.length), 0, after);
      continue;
    }
    const id = idOf(before);
    const index =
      next[at] !== undefined && idOf(next[at]) === id ? at : next.findIndex((r) => idOf(r) === id);
    if (index < 0) continue;
    if (after === null) next.splice(index, 1);
    else next[index] = after;
  }
  return next;
}

const organizationId = (o: Organization) => o.id;
const linkKey = (l: Link) => l.key;

/**
 * The dataset with the edit applied. The links of an organisation whose place changed have
 * their scope derived again (an explicit scope from the file stays).
 */
export function applyEdit(dataset: Dataset, edit: Edit): Dataset {
  const organizations = applyChanges(dataset.organizations, edit.organizations, organizationId);
  let links = applyChanges(dataset.links, edit.links, linkKey);
  const moved = new Set(
    edit.organizations
      .filter((c) => c.after !== null && (c.before === null || !samePlace(c.before, c.after)))
      .map((c) => c.after!.id),
  );
  if (moved.size > 0) {
    const byId = new Map(organizations.map((o) => [o.id, o]));
    const rescoped = links.map((link) => {
      if (link.scopeExplicit || (!moved.has(link.source) && !moved.has(link.target))) return link;
      const a = byId.get(link.source);
      const b = byId.get(link.target);
      const scope = a && b ? deriveLinkScope(a, b) : 'unknown';
      return scope === link.scope ? link : { ...link, scope };
    });
    if (rescoped.some((link, i) => link !== links[i])) links = rescoped;
  }
  return { ...dataset, organizations, links };
}

function samePlace(a: Organization, b: Organization): boolean {
  return a.country === b.country && a.city === b.city && a.worldRegion === b.worldRegion;
}

/** The edit that undoes `edit`: its changes in reverse order, before and after swapped. */
export function invertEdit(edit: Edit): Edit {
  const invert = <T>(changes: RecordChange<T>[]): RecordChange<T>[] =>
    changes
      .slice()
      .reverse()
      .map(({ before, after, at }) => ({ before: after, after: before, at }));
  // Links were applied after organisations: undone first.
  return { organizations: invert(edit.organizations), links: invert(edit.links) };
}

/** An organisation added at the end of the list, or one changed where it stands. */
export function organizationEdit(dataset: Dataset, after: Organization): Edit {
  const at = dataset.organizations.findIndex((o) => o.id === after.id);
  const before = at < 0 ? null : dataset.organizations[at]!;
  return {
    organizations: [{ before, after, at: at < 0 ? dataset.organizations.length : at }],
    links: [],
  };
}

/** An organisation removed with every alliance it is an end of (they would name no one). */
export function organizationRemoval(dataset: Dataset, id: string): Edit | null {
  const at = dataset.organizations.findIndex((o) => o.id === id);
  if (at < 0) return null;
  const links: RecordChange<Link>[] = [];
  // From the last one: each removal leaves the positions of those before it as they were.
  for (let i = dataset.links.length - 1; i >= 0; i--) {
    const link = dataset.links[i]!;
    if (link.source === id || link.target === id) links.push({ before: link, after: null, at: i });
  }
  return {
    organizations: [{ before: dataset.organizations[at]!, after: null, at }],
    links,
  };
}

/** An alliance added at the end of the list, or one changed where it stands. */
export function linkEdit(dataset: Dataset, after: Link): Edit {
  const at = dataset.links.findIndex((l) => l.key === after.key);
  const before = at < 0 ? null : dataset.links[at]!;
  return {
    organizations: [],
    links: [{ before, after, at: at < 0 ? dataset.links.length : at }],
  };
}

export function linkRemoval(dataset: Dataset, key: string): Edit | null {
  const at = dataset.links.findIndex((l) => l.key === key);
  if (at < 0) return null;
  return { organizations: [], links: [{ before: dataset.links[at]!, after: null, at }] };
}

/** A key no link of the dataset has, for an alliance added in the app. */
export function newLinkKey(dataset: Dataset): string {
  const keys = new Set(dataset.links.map((l) => l.key));
  for (let n = dataset.links.length + 1; ; n++) {
    const key = `A${n}`;
    if (!keys.has(key)) return key;
  }
}

/** An id no organisation of the dataset has, offered for one added in the app. */
export function newOrganizationId(dataset: Dataset): string {
  const ids = new Set(dataset.organizations.map((o) => o.id));
  for (let n = dataset.organizations.length + 1; ; n++) {
    const id = `new-${n}`;
    if (!ids.has(id)) return id;
  }
}

export interface EditMarks {
  organizations: Map<string, EditMark>;
  links: Map<string, EditMark>;
}

function mark<T>(
  marks: Map<string, EditMark>,
  changes: readonly RecordChange<T>[],
  idOf: (record: T) => string,
) {
  for (const { before, after } of changes) {
    const id = idOf((after ?? before)!);
    const was = marks.get(id);
    if (after === null) {
      // Added, then removed: as if it had never been.
      if (was === 'added') marks.delete(id);
      else marks.set(id, 'removed');
    } else if (before === null) {
      marks.set(id, was === 'removed' ? 'edited' : 'added');
    } else if (was === undefined) {
      marks.set(id, 'edited');
    }
  }
}

/** What the edits done so far did to each record they touched, for the review and the marks. */
export function editMarks(edits: readonly Edit[]): EditMarks {
  const marks: EditMarks = { organizations: new Map(), links: new Map() };
  for (const edit of edits) {
    mark(marks.organizations, edit.organizations, organizationId);
    mark(marks.links, edit.links, linkKey);
  }
  return marks;
}
