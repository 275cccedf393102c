/**
 * Cytoscape's stylesheet: it only applies the looks (core/looks), with its own mappers (data())
 * rather than functions. Each element carries the data the look function gave it (colour, size,
 * width) and one class for its look; the values of each look come from the theme, the same as
 * the large network's layer draws with. No rule here decides what stands out.
 */
import type { StylesheetJson } from 'cytoscape';
import { ALLIANCE_LOOK, ORGANIZATION_LOOK } from '../../core/looks/looks';
import { THEMES, type Theme } from '../../core/looks/themes';

export const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** The class of each organisation look (plain has none). */
export const ORGANIZATION_CLASS: Record<number, string> = {
  [ORGANIZATION_LOOK.hidden]: 'look-hidden',
  [ORGANIZATION_LOOK.plain]: '',
  [ORGANIZATION_LOOK.faded]: 'look-faded',
  [ORGANIZATION_LOOK.offPath]: 'look-off-path',
  [ORGANIZATION_LOOK.onPath]: 'look-on-path',
};

/** The class of each alliance look (plain has none). */
export const ALLIANCE_CLASS: Record<number, string> = {
  [ALLIANCE_LOOK.hidden]: 'look-hidden',
  [ALLIANCE_LOOK.plain]: '',
  [ALLIANCE_LOOK.faded]: 'look-faded',
  [ALLIANCE_LOOK.highlighted]: 'look-highlighted',
  [ALLIANCE_LOOK.offPath]: 'look-off-path',
  [ALLIANCE_LOOK.onPath]: 'look-on-path',
};

/** The class of an alliance's line pattern (`dash-0` is a solid line and is left out). */
export const dashClass = (pattern: number): string => (pattern === 0 ? '' : `dash-${pattern}`);

export interface StyleRange {
  /** The line patterns of the alliance types, by index (from the look function). */
  dashPatterns: readonly (readonly number[])[];
  large: boolean;
  theme: Theme;
}

export function graphStylesheet({ dashPatterns, large, theme }: StyleRange): StylesheetJson {
  const style = THEMES[theme];
  const lines = style.alliances;
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        width: 'data(size)',
        height: 'data(size)',
        'border-width': style.rim.width,
        'border-color': style.rim.colour,
      },
    },
    {
      // How names look, for the organisations that show one (named by LabelController, pointed
      // at). Not on every node: each property is applied to each element that matches, again on
      // every restyle (a colour change restyles 5,000 at once).
      selector: 'node.named, node.hovered',
      style: {
        'font-family': LABEL_FONT,
        'font-weight': 500,
        color: style.text.colour,
        'text-valign': 'bottom',
        'text-margin-y': 2,
        'text-justification': 'auto',
        // Whole names for a projector, wrapped at the width LabelController writes; else "…".
        'text-wrap': style.names.whole ? 'wrap' : 'ellipsis',
        'text-outline-color': style.text.outline,
        'text-outline-width': 2,
        'text-outline-opacity': 0.9,
      },
    },
    {
      // Which organisations are named, and how big, is decided from the looks, the zoom and the
      // room on screen by LabelController; it writes the sizes into each named node's data.
      selector: 'node.named',
      style: {
        label: 'data(label)',
        'font-size': 'data(labelSize)',
        'text-max-width': 'data(labelWidth)',
        // Drawn after the others, so that no disc covers a name.
        'z-index': 5,
      },
    },
    // The spot around the disc where LabelController found room for the name.
    { selector: 'node.spot-above', style: { 'text-valign': 'top', 'text-margin-y': -2 } },
    {
      selector: 'node.spot-right',
      style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 3 },
    },
    {
      selector: 'node.spot-left',
      style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': -3 },
    },
    {
      selector: 'node.placeholder',
      style: {
        'background-color': style.placeholder.fill,
        'border-color': style.placeholder.colour,
        'border-width': style.placeholder.width,
        'border-style': 'dashed',
      },
    },
    {
      selector: 'edge',
      style: {
        // Straight, cheap lines: parallel links overlap, as the analysis merges them into a tie.
        'curve-style': 'haystack',
        'haystack-radius': 0,
        width: 'data(width)',
        'line-color': 'data(color)',
        opacity: style.cytoscapeLinkOpacity,
      },
    },
    // Line pattern by alliance type (the legend keys it). Large networks have no Cytoscape edges:
    // their layer draws plain lines.
    ...dashPatterns.flatMap((dashes, index) =>
      index === 0 || dashes.length === 0
        ? []
        : [
            {
              selector: `edge.${dashClass(index)}`,
              style: { 'line-style': 'dashed' as const, 'line-dash-pattern': [...dashes] },
            },
          ],
    ),
    { selector: '.look-hidden', style: { display: 'none' } },
    {
      selector: 'node.look-faded',
      style: { opacity: style.organizations.faded, 'text-opacity': 0 },
    },
    {
      selector: 'node.look-off-path',
      style: { opacity: style.organizations.offPath, 'text-opacity': 0 },
    },
    { selector: 'edge.look-faded', style: { opacity: lines.faded.opacity } },
    { selector: 'edge.look-highlighted', style: { opacity: lines.highlighted.opacity } },
    { selector: 'edge.look-off-path', style: { opacity: lines.offPath.opacity } },
    {
      selector: 'edge.look-on-path',
      style: {
        'line-color': lines.onPath.colour,
        opacity: lines.onPath.opacity,
        width: lines.onPath.width,
        'z-index': 8,
      },
    },
    {
      selector: 'node.ring',
      style: { 'border-width': style.ring.width, 'border-color': style.ring.colour, 'z-index': 9 },
    },
    {
      // Pointed at (HoverController sets the size): the whole name, on top.
      selector: 'node.hovered',
      style: {
        label: 'data(label)',
        'z-index': 10,
        'text-background-color': style.text.background,
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
      },
    },
    ...(large ? PAINTED_BY_LAYER : []),
  ];
}

/**
 * Large networks: the layer under Cytoscape (NetworkLayer) paints every disc. Cytoscape draws no
 * organisation (an element at opacity 0 is skipped but still answers the pointer) except those
 * with a name or a ring to show, and of those only the name and the ring. Last, so that these
 * win over the fading above (a faded name stays hidden by its text opacity).
 */
const PAINTED_BY_LAYER: StylesheetJson = [
  { selector: 'node', style: { opacity: 0 } },
  {
    selector: 'node.named, node.hovered, node.ring',
    style: { opacity: 1, 'background-opacity': 0, 'border-opacity': 0 },
  },
  { selector: 'node.ring', style: { 'border-opacity': 1 } },
];
