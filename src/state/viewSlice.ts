import type { StateCreator } from 'zustand';
import type { Theme } from '../core/looks/themes';
import type { ScopeLayer } from './scopeLayer';
import type { AtlasState } from './store';

export type Language = 'en' | 'es' | 'fr';

export interface ViewSlice {
  language: Language;
  /** The organisation picked by search or a click; the graph selects and centres it. */
  selectedOrganization: string | null;
  scopeLayer: ScopeLayer;
  /** How the network is drawn: for a screen, or in high contrast for a projector. */
  theme: Theme;
  setLanguage(language: Language): void;
  setTheme(theme: Theme): void;
  setScopeLayer(layer: ScopeLayer): void;
  selectOrganization(id: string | null): void;
}

export const createViewSlice =
  (initial: Language): StateCreator<AtlasState, [], [], ViewSlice> =>
  (set) => ({
    language: initial,
    selectedOrganization: null,
    scopeLayer: 'all',
    theme: 'default',
    setLanguage: (language) => set({ language }),
    setTheme: (theme) => set({ theme }),
    setScopeLayer: (scopeLayer) => set({ scopeLayer }),
    // A new selection starts a new question: no introduction pending; no ego without a centre.
    selectOrganization: (id) =>
      set((state) => ({
        selectedOrganization: id,
        pathTarget: null,
        egoSteps: id === null ? 0 : state.egoSteps,
      })),
  });
