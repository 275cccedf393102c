import type { StateCreator } from 'zustand';
import type { AtlasState } from './store';

export type Language = 'en' | 'es' | 'fr';

export interface ViewSlice {
  language: Language;
  /** The organisation picked by search or a click; the graph selects and centres it. */
  selectedOrganization: string | null;
  setLanguage(language: Language): void;
  selectOrganization(id: string | null): void;
}

export const createViewSlice =
  (initial: Language): StateCreator<AtlasState, [], [], ViewSlice> =>
  (set) => ({
    language: initial,
    selectedOrganization: null,
    setLanguage: (language) => set({ language }),
    selectOrganization: (id) => set({ selectedOrganization: id }),
  });
