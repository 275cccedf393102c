/**
 * The undo history and its reading back from storage: a new edit drops the undone ones; what
 * is read back is the history written, `__proto__` attributes included, and anything that is not
 * a history of edits ends the list instead of failing.
 */
import { describe, expect, it } from 'vitest';
import { organizationEdit, organizationRemoval } from '../../../src/core/edit/edits';
import {
  doneEdits,
  dropUndone,
  EMPTY_HISTORY,
  pushEdit,
  readHistory,
} from '../../../src/core/edit/history';
import { importDataset } from '../../../src/core/model/importDataset';
import { csv } from '../../fixtures/import/bytes';

const NETWORK = importDataset([
  csv('organizations.csv', 'id,name,__proto__\na,Alfa,x\nb,Beta,y\n'),
  csv('links.csv', 'source,target\na,b\n'),
]);
const rename = organizationEdit(NETWORK, { ...NETWORK.organizations[0]!, name: 'Alfa 2' });
const removal = organizationRemoval(NETWORK, 'b')!;

describe('edit history', () => {
  it('a new edit after an undo drops what was undone', () => {
    const two = pushEdit(pushEdit(EMPTY_HISTORY, rename, 1), removal, 1);
    expect(two.done).toBe(2);
    const undone = { ...two, done: 1 };
    expect(doneEdits(undone)).toEqual([rename]);
    const next = pushEdit(undone, removal, 2);
    expect(next.entries.map((e) => e.imports)).toEqual([1, 2]);
    expect(dropUndone(undone)).toEqual({ entries: [two.entries[0]], done: 1 });
    expect(dropUndone(two)).toBe(two);
  });

  it('reads back what was written, through structured cloning as IndexedDB stores it', () => {
    const history = { ...pushEdit(pushEdit(EMPTY_HISTORY, rename, 1), removal, 2), done: 1 };
    const read = readHistory(structuredClone(history));
    expect(read).toEqual(history);
    const attributes = read.entries[0]!.edit.organizations[0]!.after!.attributes;
    expect(Object.hasOwn(attributes, '__proto__')).toBe(true);
    expect(attributes['__proto__']).toBe('x');
  });

  it('stops at the first entry that is no edit, and never fails', () => {
    const good = pushEdit(EMPTY_HISTORY, rename, 1);
    const broken = {
      entries: [
        ...good.entries,
        { edit: { organizations: [{ before: 7, after: null, at: 0 }], links: [] }, imports: 1 },
        ...good.entries,
      ],
      done: 3,
    };
    expect(readHistory(broken)).toEqual({ entries: good.entries, done: 1 });
    for (const junk of [null, 3, 'x', [], { entries: 'no' }, { entries: [null] }]) {
      expect(readHistory(junk)).toEqual(EMPTY_HISTORY);
    }
  });
});
