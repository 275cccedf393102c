import { describe, expect, it } from 'vitest';
import { createAtlasStore } from '../../../../src/state/store';
import { currentIntroductions, shownSet } from '../../../../src/state/selectors/explore';
import { illustrative } from '../../explore/illustrative';

function storeWithIllustrative() {
  const store = createAtlasStore();
  store.getState().setDataset(illustrative(), 'dataset.illustrative');
  return store;
}

describe('the Explore state', () => {
  it('shows everything until a layer, a filter or an ego network is chosen', () => {
    const store = storeWithIllustrative();
    expect(shownSet(store.getState())).toBeNull();
    store.getState().toggleFilterValue('sectors', 'union');
    const unions = shownSet(store.getState());
    expect(unions?.organizations.size).toBe(
      illustrative().organizations.filter((o) => o.sector === 'union').length,
    );
    // The same inputs give the same object: components that ask agree without recomputing.
    expect(shownSet(store.getState())).toBe(unions);
    store.getState().toggleFilterValue('sectors', 'union');
    expect(shownSet(store.getState())).toBeNull();
  });

  it('restricts the ego network to what the filters leave, and drops it with the selection', () => {
    const store = storeWithIllustrative();
    store.getState().selectOrganization('mx-sithc');
    store.getState().setEgoSteps(1);
    const ego = shownSet(store.getState());
    expect(ego?.organizations.size).toBe(10); // networkx ego_graph, radius 1
    store.getState().setScopeLayer('local');
    const localEgo = shownSet(store.getState());
    expect(localEgo?.organizations.size).toBeLessThanOrEqual(10);
    expect(localEgo?.organizations.has('mx-sithc')).toBe(true);
    store.getState().selectOrganization(null);
    expect(store.getState().egoSteps).toBe(0);
  });

  it('clears filters, layer and ego in one action; a new dataset starts clean', () => {
    const store = storeWithIllustrative();
    store.getState().toggleFilterValue('countries', 'MX');
    store.getState().setYears({ from: 2020, to: 2025 });
    store.getState().setScopeLayer('international');
    store.getState().selectOrganization('mx-fenacoop');
    store.getState().setEgoSteps(2);
    store.getState().clearFilters();
    expect(shownSet(store.getState())).toBeNull();
    store.getState().toggleHighlight({ encoding: 'sector', value: 'union' });
    store.getState().setDataset(illustrative(), 'again');
    const state = store.getState();
    expect([state.highlight, state.selectedOrganization, state.pathTarget]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('finds introductions from the selected organisation, and forgets them on a new selection', () => {
    const store = storeWithIllustrative();
    store.getState().selectOrganization('mx-milpa');
    store.getState().setPathTarget('mx-uagraria');
    expect(currentIntroductions(store.getState())).toMatchObject({ distance: 3, total: 2 });
    store.getState().selectOrganization('mx-fenacoop');
    expect(store.getState().pathTarget).toBeNull();
    expect(currentIntroductions(store.getState())).toBeNull();
  });

  it('toggles a legend highlight off when the same group is picked again', () => {
    const store = storeWithIllustrative();
    store.getState().toggleHighlight({ encoding: 'sector', value: 'union' });
    expect(store.getState().highlight).toEqual({ encoding: 'sector', value: 'union' });
    store.getState().toggleHighlight({ encoding: 'sector', value: 'union' });
    expect(store.getState().highlight).toBeNull();
    store.getState().toggleHighlight({ encoding: 'sector', value: 'union' });
    store.getState().setColourBy('country');
    expect(store.getState().highlight).toBeNull();
  });
});
