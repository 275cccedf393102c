/**
 * What the review of the edits lists: each organisation and alliance the edits done so far
 * added, changed or removed, with the name it is known by (a removed one's as it was).
 */
import { doneEdits } from '../../core/edit/history';
import { editMarks, type EditMark, type EditMarks } from '../../core/edit/edits';
import type { EditHistory } from '../../core/edit/history';
import type { AtlasState } from '../store';
import { lastOf } from './lastOf';
import { organizationIndex } from './explore';

const marksOf = lastOf((history: EditHistory): EditMarks => editMarks(doneEdits(history)));

/** The marks of the edits done (the same object while the history stays the same). */
export function currentEditMarks(state: AtlasState): EditMarks {
  return marksOf(state.history);
}

export interface ReviewedItem {
  kind: 'organization' | 'link';
  /** The organisation's id or the alliance's key. */
  id: string;
  mark: EditMark;
  /** The organisation's name; the alliance's two ends' names. */
  names: string[];
  /** Present in the network (not removed): it can be shown. */
  present: boolean;
}

/** Every record the edits touched, organisations first, in the order they were first edited. */
export function editReview(state: AtlasState): ReviewedItem[] {
  const marks = currentEditMarks(state);
  const { dataset } = state;
  if (!dataset) return [];
  // Names as they are now; a removed organisation's as it was (looked up only for those listed).
  const index = organizationIndex(dataset);
  const known = new Map<string, string>();
  for (const edit of doneEdits(state.history)) {
    for (const c of edit.organizations) {
      const o = c.before ?? c.after;
      if (o && !known.has(o.id)) known.set(o.id, o.name);
    }
  }
  const current = (id: string) => dataset.organizations[index.get(id) ?? -1]?.name;
  const links = new Map<string, { source: string; target: string }>();
  for (const edit of doneEdits(state.history)) {
    for (const c of edit.links) {
      const l = c.after ?? c.before;
      if (l) links.set(l.key, l);
    }
  }
  const name = (id: string) => current(id) ?? known.get(id) ?? id;
  return [
    ...[...marks.organizations].map(([id, mark]): ReviewedItem => ({
      kind: 'organization',
      id,
      mark,
      names: [name(id)],
      present: mark !== 'removed',
    })),
    ...[...marks.links].map(([key, mark]): ReviewedItem => {
      const link = links.get(key);
      return {
        kind: 'link',
        id: key,
        mark,
        names: link ? [name(link.source), name(link.target)] : [key],
        present: mark !== 'removed',
      };
    }),
  ];
}
