import type { StateCreator } from 'zustand';
import type { ScopeLayer } from '../../core/explore/scopeLayers';
import type { Theme } from '../../core/looks/themes';
import type { AnalyseSection, Area } from '../../core/view/areas';
import { DEFAULT_VIEW, readCamera, type Camera, type ViewForm } from '../../core/view/viewForm';
import { organizationIndex } from '../selectors/explore';
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
  /**
   * Where the camera looks (core/view/viewForm): the graph writes it when the camera rests, and
   * shows it when a view is applied.
   */
  camera: Camera;
  /** A view's camera waits to be shown, once the network stands in the view's layout. */
  cameraPending: boolean;
  setCamera(camera: Camera): void;
  cameraShown(): void;
  /**
   * Shows a view (a link's, a project's): the organisations it names that the network lacks
   * are left out, with a notice. Returns the view as shown.
   */
  applyView(form: ViewForm): ViewForm;
}

function sameCamera(a: Camera, b: Camera): boolean {
  if (a === 'fitted' || b === 'fitted') return a === b;
  return a.x === b.x && a.y === b.y && a.zoom === b.zoom;
}

/** The language is not here: i18next alone knows which one is current (src/i18n). */
export const createViewSlice: StateCreator<AtlasState, [], [], ViewSlice> = (set, get) => ({
  area: DEFAULT_VIEW.area,
  setArea: (area) => set({ area }),
  analyseSection: DEFAULT_VIEW.analyseSection,
  setAnalyseSection: (analyseSection) => set({ analyseSection }),
  selectedOrganization: DEFAULT_VIEW.selectedOrganization,
  scopeLayer: DEFAULT_VIEW.layer,
  theme: DEFAULT_VIEW.theme,
  setTheme: (theme) => set({ theme }),
  setScopeLayer: (scopeLayer) => set({ scopeLayer }),
  // A new selection starts a new question: no introduction pending; no ego without a centre.
  selectOrganization: (id) =>
    set((state) => ({
      selectedOrganization: id,
      pathTarget: null,
      egoSteps: id === null ? 0 : state.egoSteps,
    })),
  camera: DEFAULT_VIEW.camera,
  cameraPending: false,
  setCamera: (seen) => {
    const camera = readCamera(seen);
    if (!sameCamera(camera, get().camera)) set({ camera });
  },
  cameraShown: () => set({ cameraPending: false }),
  applyView: (form) => {
    const { dataset, weighted } = get();
    const index = dataset && organizationIndex(dataset);
    let lacking = false;
    const known = (id: string | null): string | null => {
      if (id === null || !index || index.has(id)) return id;
      lacking = true;
      return null;
    };
    const selected = known(form.selectedOrganization);
    const pathTarget = known(form.pathTarget);
    const shown: ViewForm = {
      ...form,
      selectedOrganization: selected,
      // As selectOrganization has it: no introduction and no ego network without a centre.
      pathTarget: selected === null ? null : pathTarget,
      egoSteps: selected === null ? 0 : form.egoSteps,
      highlightedOrganizations:
        form.highlightedOrganizations &&
        form.highlightedOrganizations.filter((id) => known(id) !== null),
    };
    if (lacking) get().notify('viewOrganizations');
    set({
      area: shown.area,
      analyseSection: shown.analyseSection,
      scopeLayer: shown.layer,
      filters: shown.filters,
      colourBy: shown.colourBy,
      sizeBy: shown.sizeBy,
      layout: shown.layout,
      layoutMetric: shown.layoutMetric,
      weighted: shown.weighted,
      highlight: shown.highlight,
      highlightedOrganizations: shown.highlightedOrganizations,
      selectedOrganization: shown.selectedOrganization,
      egoSteps: shown.egoSteps,
      pathTarget: shown.pathTarget,
      theme: shown.theme,
      camera: shown.camera,
      cameraPending: true,
    });
    // The measures of the other weighting (the layer and filters are followed by the analysis).
    if (shown.weighted !== weighted && dataset) void get().analyze();
    return shown;
  },
});
