/**
 * Saved views and the story that steps through them, and the projector mode it is shown in: the
 * views kept with the workspace (keepTheWork saves them as they change), the step shown, and
 * whether the page is presenting (full screen, high contrast, panels hidden).
 */
import type { StateCreator } from 'zustand';
import { movedView, type SavedView } from '../../core/view/savedViews';
import type { Theme } from '../../core/looks/themes';
import { currentViewForm } from '../selectors/view';
import { spotlightPartners } from '../selectors/spotlight';
import type { AtlasState } from '../store';
import { newId } from '../newId';

export interface StorySlice {
  savedViews: SavedView[];
  /** The saved view on screen in the story; null before the first step. */
  storyStep: number | null;
  presenting: boolean;
  /**
   * The organisation found while presenting: it and its partners stand out, the rest fades, the
   * camera frames them; the arrow keys step the selection through its partners.
   */
  spotlight: string | null;
  /** The view on screen saved under `title`, after the others. */
  saveView(title: string): void;
  /** Views made elsewhere (the guiding questions' story) saved after the others. */
  addViews(views: readonly Omit<SavedView, 'id'>[]): void;
  renameView(id: string, title: string): void;
  setViewNote(id: string, note: string): void;
  deleteView(id: string): void;
  moveView(id: string, delta: number): void;
  /** Shows the saved view at `index` (in the Present area, in the theme presented in). */
  showStep(index: number): void;
  /** The next (1) or previous (-1) view of the story; the first when none is shown. */
  stepStory(delta: number): void;
  startPresenting(): void;
  stopPresenting(): void;
  setSavedViews(views: SavedView[]): void;
  /** Puts `id` in the spotlight, with its partners among what is shown. */
  spotlightOrganization(id: string): void;
  /** Selects the next (1) or previous (-1) of the spotlight's partners, the spotlight between. */
  stepPartner(delta: number): void;
  /** Back to the story's view (or to nothing standing out before the first step). */
  endSpotlight(): void;
}

/** The theme before presenting, given back when the presentation ends. */
let themeBefore: Theme | null = null;

export const createStorySlice: StateCreator<AtlasState, [], [], StorySlice> = (set, get) => ({
  savedViews: [],
  storyStep: null,
  presenting: false,
  spotlight: null,
  saveView: (title) => {
    const trimmed = title.trim();
    if (trimmed === '') return;
    const view = { ...currentViewForm(get()), area: 'present' as const };
    set(({ savedViews }) => ({
      savedViews: [...savedViews, { id: newId(), title: trimmed, note: '', view }],
    }));
  },
  addViews: (views) =>
    set(({ savedViews }) => ({
      savedViews: [...savedViews, ...views.map((v) => ({ ...v, id: newId() }))],
    })),
  renameView: (id, title) => {
    const trimmed = title.trim();
    if (trimmed === '') return;
    set(({ savedViews }) => ({
      savedViews: savedViews.map((v) => (v.id === id ? { ...v, title: trimmed } : v)),
    }));
  },
  setViewNote: (id, note) =>
    set(({ savedViews }) => ({
      savedViews: savedViews.map((v) => (v.id === id ? { ...v, note } : v)),
    })),
  deleteView: (id) =>
    set(({ savedViews, storyStep }) => {
      const at = savedViews.findIndex((v) => v.id === id);
      const next = savedViews.filter((v) => v.id !== id);
      return {
        savedViews: next,
        storyStep:
          storyStep === null || next.length === 0
            ? null
            : at >= 0 && at < storyStep
              ? storyStep - 1
              : Math.min(storyStep, next.length - 1),
      };
    }),
  moveView: (id, delta) => {
    const { savedViews, storyStep } = get();
    const shown = storyStep === null ? null : savedViews[storyStep]?.id;
    const next = movedView(savedViews, id, delta);
    set({ savedViews: next, storyStep: shown ? next.findIndex((v) => v.id === shown) : null });
  },
  showStep: (index) => {
    const { savedViews, presenting, theme } = get();
    const saved = savedViews[index];
    if (!saved) return;
    set({ storyStep: index, spotlight: null });
    get().applyView({
      ...saved.view,
      area: 'present',
      theme: presenting ? theme : saved.view.theme,
    });
  },
  stepStory: (delta) => {
    const { savedViews, storyStep } = get();
    if (savedViews.length === 0) return;
    const next =
      storyStep === null ? 0 : Math.min(Math.max(storyStep + delta, 0), savedViews.length - 1);
    if (next !== storyStep) get().showStep(next);
  },
  startPresenting: () => {
    if (get().presenting) return;
    themeBefore = get().theme;
    set({ presenting: true, theme: 'high-contrast', area: 'present' });
  },
  stopPresenting: () => {
    if (!get().presenting) return;
    if (get().spotlight !== null) get().endSpotlight();
    set({ presenting: false, theme: themeBefore ?? get().theme });
    themeBefore = null;
  },
  setSavedViews: (savedViews) => set({ savedViews, storyStep: null }),
  spotlightOrganization: (id) => {
    const partners = spotlightPartners(get(), id);
    set({
      spotlight: id,
      selectedOrganization: id,
      highlightedOrganizations: [id, ...partners],
      highlight: null,
      egoSteps: 0,
      pathTarget: null,
    });
  },
  stepPartner: (delta) => {
    const { spotlight, selectedOrganization } = get();
    if (spotlight === null) return;
    const ring = [spotlight, ...spotlightPartners(get())];
    const at = Math.max(ring.indexOf(selectedOrganization ?? spotlight), 0);
    const next = ring[(at + delta + ring.length * 2) % ring.length] ?? spotlight;
    set({ selectedOrganization: next });
  },
  endSpotlight: () => {
    const { storyStep } = get();
    set({ spotlight: null });
    if (storyStep !== null) get().showStep(storyStep);
    else
      set({
        selectedOrganization: null,
        highlightedOrganizations: null,
        camera: 'fitted',
        cameraPending: true,
      });
  },
});
