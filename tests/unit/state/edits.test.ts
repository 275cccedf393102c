/**
 * Edits in the store: each one a step of the history, undone and redone on the network shown in
 * place (its version, and so its layout, kept; the positions of the others kept); a selection of
 * an organisation removed is dropped.
 */
import { describe, expect, it } from 'vitest';
import { organizationEdit } from '../../../src/core/edit/edits';
import { EMPTY_HISTORY } from '../../../src/core/edit/history';
import { createAtlasStore } from '../../../src/state/store';
import { illustrative } from '../explore/illustrative';

function placedStore() {
  const store = createAtlasStore();
  const dataset = illustrative();
  store.getState().setDataset(dataset, 'dataset.illustrative');
  const positions = new Float32Array(dataset.organizations.length * 2).map((_, i) => i);
  store.getState().setPlacement(positions, 'force');
  // No analysis in these tests: the worker client would run it on this thread.
  store.setState({ analyze: async () => {} });
  return store;
}

describe('edits in the store', () => {
  it('changes the network in place, one history step per edit, undone and redone', () => {
    const store = placedStore();
    const before = store.getState().dataset!;
    const version = store.getState().datasetVersion;
    const first = before.organizations[0]!;
    store.getState().commitEdit(organizationEdit(before, { ...first, name: 'Renamed' }));
    const removed = before.organizations[1]!;
    store.getState().selectOrganization(removed.id);
    store.getState().removeOrganization(removed.id);
    let state = store.getState();
    expect(state.datasetVersion).toBe(version);
    expect(state.history.done).toBe(2);
    expect(state.dataset!.organizations[0]!.name).toBe('Renamed');
    expect(state.dataset!.organizations.some((o) => o.id === removed.id)).toBe(false);
    expect(
      state.dataset!.links.some((l) => l.source === removed.id || l.target === removed.id),
    ).toBe(false);
    expect(state.selectedOrganization).toBeNull();
    // The third organisation stands where it stood (now second in the list).
    expect([...state.placement!.positions.slice(2, 4)]).toEqual([4, 5]);
    expect(state.placement!.layout).toBe('force');

    state.undo();
    state = store.getState();
    expect(state.dataset!.organizations.length).toBe(before.organizations.length);
    expect(state.dataset!.links).toEqual(before.links);
    state.undo();
    expect(store.getState().dataset!.organizations).toEqual(before.organizations);
    expect(store.getState().history.done).toBe(0);
    store.getState().redo();
    expect(store.getState().dataset!.organizations[0]!.name).toBe('Renamed');
    expect(store.getState().datasetVersion).toBe(version);
  });

  it('a new edit after an undo replaces what was undone; an empty history undoes nothing', () => {
    const store = placedStore();
    const dataset = store.getState().dataset!;
    const a = dataset.organizations[0]!;
    store.getState().commitEdit(organizationEdit(dataset, { ...a, name: 'One' }));
    store.getState().undo();
    store.getState().commitEdit(organizationEdit(store.getState().dataset!, { ...a, name: 'Two' }));
    expect(store.getState().history.entries).toHaveLength(1);
    store.getState().redo();
    expect(store.getState().dataset!.organizations[0]!.name).toBe('Two');
    store.setState({ history: EMPTY_HISTORY });
    store.getState().undo();
    expect(store.getState().dataset!.organizations[0]!.name).toBe('Two');
  });
});
