import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_FILTERS } from '../../../src/core/explore/filters';
import {
  DEFAULT_VIEW,
  decodeViewHash,
  encodeViewHash,
  viewFormOf,
  type ViewForm,
} from '../../../src/core/view/viewForm';
import {
  keepTheViewInTheUrl,
  VIEW_URL_DELAY_MS,
  type ViewUrlPage,
} from '../../../src/state/clients/viewUrl';
import { currentViewForm } from '../../../src/state/selectors/view';
import { createAtlasStore, keepTheViewInTheUrlOf } from '../../../src/state/store';
import { illustrative } from '../explore/illustrative';

const VIEW = viewFormOf({
  ...DEFAULT_VIEW,
  layer: 'local',
  filters: { ...NO_FILTERS, sectors: ['union'] },
  colourBy: 'community',
  layout: 'sector',
  selectedOrganization: 'mx-sithc',
  egoSteps: 1,
  area: 'analyse',
  analyseSection: 'rankings',
  camera: { x: 12, y: -3, zoom: 2.5 },
});

function storeWithIllustrative() {
  const store = createAtlasStore();
  store.getState().setDataset(illustrative(), 'dataset.illustrative');
  // The workspaces looked at on opening, none offered: a link's view may be shown.
  store.setState({ workspacesOpened: true });
  return store;
}

describe('the store’s view', () => {
  it('is its form, and takes a form as it is', () => {
    const store = storeWithIllustrative();
    expect(currentViewForm(store.getState())).toEqual(DEFAULT_VIEW);
    expect(store.getState().applyView(VIEW)).toEqual(VIEW);
    expect(currentViewForm(store.getState())).toEqual(VIEW);
    expect(store.getState().cameraPending).toBe(true);
    expect(store.getState().notices).toEqual([]);
  });

  it('leaves out the organisations the network lacks, with a notice, and no error', () => {
    const store = storeWithIllustrative();
    const shown = store.getState().applyView({
      ...VIEW,
      selectedOrganization: 'nowhere',
      pathTarget: 'mx-sithc',
      highlightedOrganizations: ['mx-sithc', 'gone'],
    });
    expect(shown).toEqual({
      ...VIEW,
      selectedOrganization: null,
      egoSteps: 0,
      pathTarget: null,
      highlightedOrganizations: ['mx-sithc'],
    });
    expect(currentViewForm(store.getState())).toEqual(shown);
    expect(store.getState().notices).toEqual(['viewOrganizations']);
  });

  it('keeps a camera only when it moved', () => {
    const store = storeWithIllustrative();
    const changes = vi.fn();
    store.subscribe(changes);
    store.getState().setCamera('fitted');
    store.getState().setCamera({ x: 1, y: 2, zoom: 3 });
    store.getState().setCamera({ x: 1, y: 2, zoom: 3 });
    expect(changes).toHaveBeenCalledTimes(1);
  });
});

/** A page's location and history, as far as the URL's view needs them. */
function fakePage(hash = '') {
  const entries = [hash];
  let at = 0;
  const listeners = new Set<() => void>();
  const page = {
    location: {
      get hash() {
        return entries[at]!;
      },
    },
    history: {
      pushState: vi.fn((_: unknown, __: string, url: string) => {
        entries.splice(at + 1, entries.length, url);
        at++;
      }),
      replaceState: vi.fn((_: unknown, __: string, url: string) => {
        entries[at] = url;
      }),
    },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  const go = (steps: number) => {
    at += steps;
    for (const listener of listeners) listener();
  };
  return { page: page as unknown as ViewUrlPage, entries, go, history: page.history };
}

/** The store with its network placed, as the page has it once the graph is drawn. */
function placedStore() {
  const store = storeWithIllustrative();
  store.getState().setPlacement(new Float32Array(), 'force');
  return store;
}

describe('the view in the URL', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('adds a step for each view once it rests, and replaces it for a camera move', () => {
    const store = placedStore();
    const { page, entries, history } = fakePage();
    const stop = keepTheViewInTheUrlOf(store, page);
    vi.advanceTimersByTime(VIEW_URL_DELAY_MS * 2);
    expect(entries).toEqual(['']); // the view the page opened with writes nothing
    store.getState().setScopeLayer('local');
    store.getState().toggleFilterValue('sectors', 'union');
    store.getState().toggleFilterValue('sectors', 'cooperative');
    vi.advanceTimersByTime(VIEW_URL_DELAY_MS - 1);
    expect(history.pushState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(entries).toEqual(['', '#v=1&layer=local&sector=union,cooperative']);
    store.getState().setCamera({ x: 5, y: 6, zoom: 1.5 });
    vi.advanceTimersByTime(VIEW_URL_DELAY_MS);
    expect(entries).toEqual(['', '#v=1&layer=local&sector=union,cooperative&camera=5,6,1.5']);
    store.getState().setColourBy('scope');
    vi.advanceTimersByTime(VIEW_URL_DELAY_MS);
    expect(entries).toHaveLength(3);
    expect(decodeViewHash(entries[2]!)!.colourBy).toBe('scope');
    expect(history.pushState).toHaveBeenCalledTimes(2);
    stop();
  });

  it('shows each step’s view on Back and Forward, and adds no step for it', () => {
    const store = placedStore();
    const { page, entries, go, history } = fakePage();
    keepTheViewInTheUrlOf(store, page);
    store.getState().setLayout('geographic');
    vi.advanceTimersByTime(VIEW_URL_DELAY_MS);
    store.getState().selectOrganization('mx-sithc');
    vi.advanceTimersByTime(VIEW_URL_DELAY_MS);
    expect(entries).toHaveLength(3);
    go(-1);
    vi.advanceTimersByTime(VIEW_URL_DELAY_MS);
    expect(store.getState().layout).toBe('geographic');
    expect(store.getState().selectedOrganization).toBeNull();
    go(-1);
    vi.advanceTimersByTime(VIEW_URL_DELAY_MS);
    expect(currentViewForm(store.getState())).toEqual(DEFAULT_VIEW);
    go(2);
    vi.advanceTimersByTime(VIEW_URL_DELAY_MS);
    expect(store.getState().selectedOrganization).toBe('mx-sithc');
    expect(history.pushState).toHaveBeenCalledTimes(2);
    expect(entries).toHaveLength(3);
  });

  it('shows a link’s view once the network is on screen, its unknown ids left out', () => {
    const link = encodeViewHash({ ...VIEW, pathTarget: 'not-here' });
    const { page, entries, history } = fakePage(link);
    const store = createAtlasStore();
    keepTheViewInTheUrlOf(store, page);
    // The page opens on the illustrative network: its arrival does not overwrite the link.
    store.getState().setDataset(illustrative(), 'dataset.illustrative');
    vi.advanceTimersByTime(VIEW_URL_DELAY_MS);
    expect(store.getState().layout).toBe('force');
    expect(entries).toEqual([link]);
    store.getState().setPlacement(new Float32Array(), 'force');
    // Placed, but the work kept is not yet looked at: on a reload the link is the workspace's.
    expect(store.getState().layout).toBe('force');
    store.setState({ workspacesOpened: true });
    expect(currentViewForm(store.getState())).toEqual(VIEW);
    expect(store.getState().notices).toEqual(['viewOrganizations']);
    vi.advanceTimersByTime(VIEW_URL_DELAY_MS);
    expect(entries).toEqual([encodeViewHash(VIEW)]);
    expect(history.pushState).not.toHaveBeenCalled();
  });

  it('takes a fragment that holds no view for the page as it opened', () => {
    const store = placedStore();
    const { page, entries } = fakePage('#section-2');
    keepTheViewInTheUrlOf(store, page);
    vi.advanceTimersByTime(VIEW_URL_DELAY_MS);
    expect(entries).toEqual(['#section-2']);
    expect(currentViewForm(store.getState())).toEqual(DEFAULT_VIEW);
  });

  it('hears nothing once stopped', () => {
    const host = {
      current: () => DEFAULT_VIEW,
      apply: vi.fn((form: ViewForm) => form),
      subscribe: () => () => {},
      ready: () => true,
    };
    const { page, go } = fakePage();
    keepTheViewInTheUrl(host, page)();
    go(0);
    expect(host.apply).not.toHaveBeenCalled();
  });
});
