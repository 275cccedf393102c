import type { StateCreator } from 'zustand';
import type { Theme } from '../../core/looks/themes';
import type { AnalyseSection, Area } from '../../core/view/areas';
import type { ScopeLayer } from '../../core/explore/scopeLayers';
import type { AtlasState } from '../store';

export interface ViewSlice {
  area: Area;
  setArea(area: Area): void;
  analyseSection: AnalyseSection;
  setAnalyseSection(section: AnalyseSection): void;
  /** The organisation picked by search or a click; the graph selects and centres it. */
  selectedOrganization: string | null;
  scopeLayer: ScopeLayer;
  /** How the network is drawn: for a screen, or in high contrast for a projector. */
  theme: Theme;
  setTheme(theme: Theme): void;
  setScopeLayer(layer: ScopeLayer): void;
  selectOrganization(id: string | null): void;
}

/** The language is not here: i18next alone knows which one is current (src/i18n). */
export const createViewSlice: StateCreator<AtlasState, [], [], ViewSlice> = (set) => ({
  area: 'explore',
  setArea: (area) => set({ area }),
  analyseSection: 'summary',
  setAnalyseSection: (analyseSection) => set({ analyseSection }),
  selectedOrganization: null,
  scopeLayer: 'all',
  theme: 'default',
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
