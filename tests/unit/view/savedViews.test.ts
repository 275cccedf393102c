/**
 * Saved views: read back from storage with each view's form brought up to date and anything
 * else left out; moved within the list; titled after the ones taken.
 */
import { describe, expect, it } from 'vitest';
import {
  movedView,
  nextViewTitle,
  readSavedViews,
  type SavedView,
} from '../../../src/core/view/savedViews';
import { DEFAULT_VIEW } from '../../../src/core/view/viewForm';

const view = (id: string, title = id): SavedView => ({
  id,
  title,
  note: '',
  view: { ...DEFAULT_VIEW, layout: 'sector' },
});

describe('saved views', () => {
  it('reads back what was written, and leaves out what is no saved view', () => {
    const views = [view('a', 'Toda la red'), { ...view('b'), note: '<b>nota</b>' }];
    expect(readSavedViews(structuredClone(views))).toEqual(views);
    expect(
      readSavedViews([
        null,
        { id: 'x' },
        { id: 'a', title: 'A', view: { layout: 'nope' } },
        view('a'),
      ]),
    ).toEqual([{ id: 'a', title: 'A', note: '', view: DEFAULT_VIEW }]);
    for (const junk of [undefined, 3, 'x', {}]) expect(readSavedViews(junk)).toEqual([]);
  });

  it('moves a view within the list, never past its ends', () => {
    const views = [view('a'), view('b'), view('c')];
    expect(movedView(views, 'c', -1).map((v) => v.id)).toEqual(['a', 'c', 'b']);
    expect(movedView(views, 'a', -1).map((v) => v.id)).toEqual(['a', 'b', 'c']);
    expect(movedView(views, 'a', 5).map((v) => v.id)).toEqual(['b', 'c', 'a']);
    expect(views.map((v) => v.id)).toEqual(['a', 'b', 'c']);
  });

  it('offers a title no view has', () => {
    expect(nextViewTitle('Vista', [])).toBe('Vista 1');
    expect(nextViewTitle('Vista', [view('a', 'Vista 2'), view('b', 'x')])).toBe('Vista 3');
  });
});
