import { useStore } from 'zustand';
import { createAtlasStore, type AtlasState, type AtlasStore } from './store';

let store: AtlasStore | null = null;

/** Creates the app's store once, at start-up. */
export function initAtlasStore(): AtlasStore {
  store ??= createAtlasStore();
  return store;
}

function theStore(): AtlasStore {
  if (store === null) throw new Error('useAtlas: initAtlasStore must run before rendering.');
  return store;
}

/** Selects one value of the store (use useShallow for several). */
export function useAtlas<T>(selector: (state: AtlasState) => T): T {
  return useStore(theStore(), selector);
}

export function atlasState(): AtlasState {
  return theStore().getState();
}
