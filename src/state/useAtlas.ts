import { useStore } from 'zustand';
import { createAtlasStore, type AtlasState, type AtlasStore } from './store';
import type { Language } from './viewSlice';

let store: AtlasStore | null = null;

/** Creates the app's store once, at start-up, with the language chosen for the page. */
export function initAtlasStore(language: Language): AtlasStore {
  store ??= createAtlasStore(language);
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
