/** The graph's look, with Cytoscape's own mappers (data(), mapData()) rather than functions. */
import type { StylesheetJson } from 'cytoscape';
import {
  ALLIANCE_LOOK,
  LOOK_STYLES,
  ON_PATH_LINE,
  ORGANIZATION_LOOK,
  ORGANIZATION_OPACITY,
} from '../../state/networkLayerClient';
import { LINK_TYPE_DASHES, PLACEHOLDER_BORDER } from '../palette';

/** Node diameters in model units (the layout spaces nodes for these sizes). */
export const NODE_SIZE = { min: 12, max: 58 } as const;
/**
 * A node's size on a 0–1 scale: the square root of its value over the largest, so that a disc's
 * area (what the eye compares) grows with the value and a few hubs do not dwarf everyone else.
 */
export function prominenceOf(value: number | null, max: number): number {
  if (value === null || !(value > 0) || !(max > 0)) return 0;
  return Math.sqrt(Math.min(value, max) / max);
}

/** The diameter the stylesheet's mapData gives a node (the layouts need it beforehand). */
export function nodeDiameter(prominence: number): number {
  return NODE_SIZE.min + Math.min(Math.max(prominence, 0), 1) * (NODE_SIZE.max - NODE_SIZE.min);
}

/** Alliance line widths in model units, from the lightest weight to the heaviest. */
export const LINK_WIDTH = { min: 0.7, max: 3 } as const;

export const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export interface StyleRange {
  maxWeight: number;
  large: boolean;
}

export function graphStylesheet({ maxWeight, large }: StyleRange): StylesheetJson {
  const heaviest = Math.max(2, maxWeight);
  const size = `mapData(prominence, 0, 1, ${NODE_SIZE.min}, ${NODE_SIZE.max})`;
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        width: size,
        height: size,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    {
      // How names look, for the organisations that show one (named by LabelController, pointed
      // at, or on a chain of introductions). Not on every node: each property is applied to each
      // element that matches, again on every restyle (a colour change restyles 5,000 at once).
      selector: 'node.named, node.hovered, node.on-path',
      style: {
        'font-family': LABEL_FONT,
        'font-weight': 500,
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-margin-y': 2,
        'text-justification': 'auto',
        'text-wrap': 'ellipsis',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-outline-opacity': 0.9,
      },
    },
    {
      // Which organisations are named, and how big, is decided from the zoom and the room on
      // screen by LabelController; it writes the sizes into each named node's data.
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
        'background-color': '#ffffff',
        'border-color': PLACEHOLDER_BORDER,
        'border-width': 2,
        'border-style': 'dashed',
      },
    },
    {
      selector: 'edge',
      style: {
        // Straight, cheap lines: parallel links overlap, as the analysis merges them into a tie.
        'curve-style': 'haystack',
        'haystack-radius': 0,
        width: `mapData(weight, 1, ${heaviest}, ${LINK_WIDTH.min}, ${LINK_WIDTH.max})`,
        'line-color': 'data(color)',
        // Fewer lines than on a large network's layer: they can stand out more.
        opacity: 0.5,
      },
    },
    // Line pattern by alliance type (the legend keys it). Large networks have no Cytoscape edges:
    // their layer draws plain lines.
    // The selectors come from the app's own types, never from the data.
    ...[...LINK_TYPE_DASHES]
      .filter(([, dashes]) => dashes.length > 0)
      .map(([type, dashes]) => ({
        selector: `edge[type = "${type}"]`,
        style: { 'line-style': 'dashed' as const, 'line-dash-pattern': [...dashes] },
      })),
    { selector: '.filtered-out', style: { display: 'none' } },
    // A legend group picked: the rest steps back.
    // The opacities are the layer's (one source for both renderings).
    {
      selector: 'node.faded',
      style: { opacity: ORGANIZATION_OPACITY[ORGANIZATION_LOOK.faded], 'text-opacity': 0 },
    },
    { selector: 'edge.faded', style: { opacity: LOOK_STYLES[ALLIANCE_LOOK.faded].opacity } },
    {
      selector: 'edge.highlighted',
      style: { opacity: LOOK_STYLES[ALLIANCE_LOOK.highlighted].opacity },
    },
    // Who can introduce whom: the chains stand out, everything else steps back.
    {
      selector: 'node.off-path',
      style: { opacity: ORGANIZATION_OPACITY[ORGANIZATION_LOOK.offPath], 'text-opacity': 0 },
    },
    { selector: 'edge.off-path', style: { opacity: LOOK_STYLES[ALLIANCE_LOOK.offPath].opacity } },
    {
      selector: 'node.on-path',
      style: { 'border-width': 3, 'border-color': '#111827', label: 'data(label)', 'z-index': 8 },
    },
    {
      selector: 'edge.on-path',
      style: {
        'line-color': ON_PATH_LINE.colour,
        opacity: ON_PATH_LINE.opacity,
        width: ON_PATH_LINE.width,
        'z-index': 8,
      },
    },
    {
      // Pointed at (HoverController sets the size): the whole name, on top.
      selector: 'node.hovered',
      style: {
        label: 'data(label)',
        'z-index': 10,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
      },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 3, 'border-color': '#111827', 'z-index': 9 },
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
    selector: 'node.named, node.hovered, node.on-path, node:selected',
    style: { opacity: 1, 'background-opacity': 0, 'border-opacity': 0 },
  },
  { selector: 'node.on-path, node:selected', style: { 'border-opacity': 1 } },
];
