/** The view on screen as its versioned form (core/view/viewForm): for the URL and the project file. */
import { viewFormOf, type ViewForm } from '../../core/view/viewForm';
import type { AtlasState } from '../store';

export function currentViewForm(state: AtlasState): ViewForm {
  return viewFormOf({
    layer: state.scopeLayer,
    filters: state.filters,
    colourBy: state.colourBy,
    sizeBy: state.sizeBy,
    layout: state.layout,
    layoutMetric: state.layoutMetric,
    weighted: state.weighted,
    highlight: state.highlight,
    highlightedOrganizations: state.highlightedOrganizations
      ? [...state.highlightedOrganizations]
      : null,
    selectedOrganization: state.selectedOrganization,
    egoSteps: state.egoSteps,
    pathTarget: state.pathTarget,
    area: state.area,
    analyseSection: state.analyseSection,
    theme: state.theme,
    camera: state.camera,
  });
}
