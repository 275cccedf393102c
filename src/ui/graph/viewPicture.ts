/**
 * The picture of the view, gathered on the page as plain data (core/picture/networkPicture) for
 * the picture worker to draw: the camera and the names as Cytoscape shows them, the looks and
 * positions from the store (the same the network is drawn from), the legend's keys, translated.
 * The view registers its Cytoscape instance here; the header's Export menu asks for a picture.
 */
import type { Core } from 'cytoscape';
import i18next from 'i18next';
import type { NetworkPicture, PictureLabel } from '../../core/picture/networkPicture';
import type { LegendKey, PictureLegend } from '../../core/picture/legendPicture';
import { THEMES } from '../../core/looks/themes';
import { isLanguage } from '../../core/languages';
import {
  allianceEnds,
  currentAllianceLooks,
  currentOrganizationLooks,
  legendKeys,
  organizationIndex,
  shownSet,
} from '../../state/selectors/explore';
import { measureName } from '../../state/selectors/metricInfo';
import { sectorGroups } from '../../state/selectors/placements';
import type { AtlasState } from '../../state/store';
import { atlasState } from '../../state/useAtlas';
import { NAMED_DATASETS } from '../datasetName';
import { networkSize } from '../StatusBar';
import { groupNamer } from '../useGroupName';
import { organizationOf } from './elementIds';
import { LARGE_NETWORK } from './elements';
import { CAPTION_ABOVE } from './GroupCaptions';
import { LABEL_MAX_WIDTH_PX } from './labels';
import { loadWorldOutlinePaths } from './worldOutline';

let shown: Core | null = null;

/** The view says which Cytoscape instance is on screen; the returned function takes it back. */
export function showPictureSource(cy: Core): () => void {
  shown = cy;
  return () => {
    if (shown === cy) shown = null;
  };
}

/** Whether there is a view to take a picture of. */
export function hasPictureSource(): boolean {
  return shown !== null && !shown.destroyed();
}

/** The picture of what is on screen now, or null with no network drawn. */
export async function pictureOfView(): Promise<NetworkPicture | null> {
  const cy = shown;
  const state = atlasState();
  const { dataset, placement } = state;
  const organizations = currentOrganizationLooks(state);
  const alliances = currentAllianceLooks(state);
  if (!cy || cy.destroyed() || !dataset || !organizations || !alliances) return null;
  if (!placement || placement.version !== state.datasetVersion) return null;

  const t = i18next.t.bind(i18next);
  const language = isLanguage(i18next.language) ? i18next.language : 'en';
  const groupName = groupNamer(t, language);
  const large = dataset.organizations.length > LARGE_NETWORK;
  const index = organizationIndex(dataset);
  const { x: panX, y: panY } = cy.pan();
  const zoom = cy.zoom();
  const viewport = { panX, panY, zoom, width: cy.width(), height: cy.height() };

  // A small network's organisations may have been dragged in Cytoscape since the layout.
  const positions = placement.positions.slice();
  if (!large) {
    cy.nodes().forEach((node) => {
      const i = index.get(organizationOf(node));
      if (i === undefined) return;
      const { x, y } = node.position();
      positions[2 * i] = x;
      positions[2 * i + 1] = y;
    });
  }
  const theme = state.theme;
  const outline =
    state.layout === 'geographic' ? await loadWorldOutlinePaths().catch(() => null) : null;

  return {
    title: NAMED_DATASETS.has(state.datasetName ?? '')
      ? t(state.datasetName!)
      : (state.datasetName ?? dataset.name),
    subtitle: subtitleOf(state, t),
    credit: `${t('app.name')} · ${new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date())}`,
    theme,
    viewport,
    scene: {
      alliances: {
        ends: allianceEnds(dataset),
        widths: alliances.widths,
        positions,
        looks: alliances.looks,
        colours: alliances.colours,
        palette: alliances.palette,
        theme,
        // Cytoscape draws a small network's lines: dashed by type, at its own opacity.
        ...(large
          ? {}
          : {
              elementLines: {
                dashes: alliances.dashes,
                patterns: alliances.dashPatterns,
                plainOpacity: THEMES[theme].cytoscapeLinkOpacity,
              },
            }),
      },
      organizations: {
        positions,
        diameters: organizations.diameters,
        looks: organizations.looks,
        colours: organizations.colours,
        placeholders: organizations.placeholders,
        palette: organizations.palette,
        theme,
      },
    },
    rings: organizations.rings,
    labels: labelsOf(cy),
    captions:
      state.layout === 'sector'
        ? sectorGroups(dataset).map((g) => ({
            text: `${groupName('sector', g.group)} · ${g.count}`,
            x: panX + zoom * g.centre.x,
            y: panY + zoom * (g.centre.y - g.radius - CAPTION_ABOVE),
          }))
        : [],
    outline,
    legend: legendOf(state, t, language, groupName, !large),
  };
}

/** The names Cytoscape shows, where it shows them. */
function labelsOf(cy: Core): PictureLabel[] {
  const zoom = cy.zoom();
  return cy.nodes('.named').map((node) => {
    const { x, y } = node.renderedPosition();
    return {
      text: String(node.data('label')),
      x,
      y,
      radius: node.renderedWidth() / 2,
      size: Number(node.data('labelSize')) * zoom,
      maxWidth: LABEL_MAX_WIDTH_PX,
      spot: node.hasClass('spot-above')
        ? 'above'
        : node.hasClass('spot-right')
          ? 'right'
          : node.hasClass('spot-left')
            ? 'left'
            : 'below',
    };
  });
}

function subtitleOf(state: AtlasState, t: typeof i18next.t): string {
  const { dataset } = state;
  if (!dataset) return '';
  const visible = shownSet(state);
  const size = networkSize(t, {
    visibleOrganizations: visible?.organizations.size ?? dataset.organizations.length,
    totalOrganizations: dataset.organizations.length,
    visibleLinks: visible?.links.size ?? dataset.links.length,
    totalLinks: dataset.links.length,
  });
  return state.scopeLayer === 'all'
    ? size
    : `${size} · ${t('explore.chip.layer', { name: t(`scope.${state.scopeLayer}`) })}`;
}

/** The app's legend (ui/Legend.tsx) as text and colours. */
function legendOf(
  state: AtlasState,
  t: typeof i18next.t,
  language: Parameters<typeof measureName>[1],
  groupName: ReturnType<typeof groupNamer>,
  dashed: boolean,
): PictureLegend {
  const theme = THEMES[state.theme];
  const keys = legendKeys(state);
  const entries: LegendKey[] = (keys?.groups ?? []).map(({ value, count, colour }) => ({
    colour,
    name: groupName(state.colourBy, value),
    count,
    placeholder: false,
  }));
  if (keys && keys.others > 0) {
    entries.push({
      colour: theme.other,
      name: t('legend.other'),
      count: keys.others,
      placeholder: false,
    });
  }
  if (keys?.placeholders) {
    entries.push({
      colour: theme.placeholder.colour,
      name: t('legend.placeholder'),
      count: null,
      placeholder: true,
    });
  }
  const encodings = [
    t('keys.size', { name: measureName(state.sizeBy, language) }),
    t('legend.width'),
  ];
  if (state.colourBy === 'scope') encodings.push(t('keys.scopeLinks'));
  return {
    title: t('keys.colour', { name: t(`explore.colour.${state.colourBy}`) }),
    keys: entries,
    encodings,
    lineTitle: dashed ? t('keys.lineStyle') : t('explore.kind.linkTypes'),
    lines: (keys?.linkTypes ?? []).map(({ value, count, dashes }) => ({
      name: groupName('linkType', value),
      count,
      dashes,
    })),
    dashed,
  };
}
