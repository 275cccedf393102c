import type { StateCreator } from 'zustand';
import type { AtlasState } from './store';

export type Language = 'en' | 'es' | 'fr';

export interface ViewSlice {
  language: Language;
  setLanguage(language: Language): void;
}

export const createViewSlice =
  (initial: Language): StateCreator<AtlasState, [], [], ViewSlice> =>
  (set) => ({
    language: initial,
    setLanguage: (language) => set({ language }),
  });
