/**
 * How each look is drawn, per theme: the default for a screen, and a high-contrast one for a
 * projector (light on black, every colour and text at WCAG AAA contrast). Cytoscape's stylesheet
 * (small networks) and the layer's drawing (large ones) both take their values from here.
 */
import { CONTRAST_COLOURS, STANDARD_COLOURS, type ColourScheme } from './palette';

export const THEME_NAMES = ['default', 'high-contrast'] as const;
export type Theme = (typeof THEME_NAMES)[number];

export interface LineStyle {
  opacity: number;
  /** Replaces the alliance's own colour and width when set. */
  colour?: string;
  width?: number;
}

export interface ThemeStyle {
  background: string;
  /** Colours of groups (sectors, scopes, …). */
  groups: ColourScheme;
  /** Organisations without a coloured group. */
  other: string;
  /** Alliances when nothing else colours them. */
  link: string;
  /** By ALLIANCE_LOOK code (hidden excepted). */
  alliances: {
    plain: LineStyle;
    faded: LineStyle;
    highlighted: LineStyle;
    offPath: LineStyle;
    onPath: Required<LineStyle>;
  };
  /** Alliance opacity where Cytoscape draws each line (small networks, fewer lines). */
  cytoscapeLinkOpacity: number;
  /** Disc opacity by ORGANIZATION_LOOK code (hidden excepted). */
  organizations: { plain: number; faded: number; offPath: number; onPath: number };
  rim: { colour: string; width: number };
  placeholder: { fill: string; colour: string; width: number; dash: number[] };
  /** Around the selected organisation and those on a chain. */
  ring: { colour: string; width: number };
  text: { colour: string; outline: string; background: string };
  /**
   * How names are set: on a screen, small and shortened with "…" past `maxWidth` (pointing at one
   * shows it whole); for a projector, large and whole, wrapped onto lines `maxWidth` wide.
   */
  names: { px: number | null; maxWidth: number; whole: boolean };
}

export const THEMES: Readonly<Record<Theme, ThemeStyle>> = {
  default: {
    background: '#ffffff',
    groups: STANDARD_COLOURS,
    other: STANDARD_COLOURS.other,
    link: '#9aa5b1',
    alliances: {
      plain: { opacity: 0.3 },
      faded: { opacity: 0.06 },
      highlighted: { opacity: 0.9 },
      offPath: { opacity: 0.05 },
      onPath: { opacity: 1, colour: '#111827', width: 3.5 },
    },
    cytoscapeLinkOpacity: 0.5,
    organizations: { plain: 1, faded: 0.15, offPath: 0.12, onPath: 1 },
    rim: { colour: '#ffffff', width: 1 },
    placeholder: { fill: '#ffffff', colour: '#6b7280', width: 2, dash: [6, 3] },
    ring: { colour: '#111827', width: 3 },
    text: { colour: '#1f2933', outline: '#ffffff', background: '#ffffff' },
    // null: each tier's own size (labels.ts).
    names: { px: null, maxWidth: 170, whole: false },
  },
  'high-contrast': {
    background: '#000000',
    groups: CONTRAST_COLOURS,
    other: CONTRAST_COLOURS.other,
    link: '#ffffff',
    alliances: {
      plain: { opacity: 0.45 },
      faded: { opacity: 0.12 },
      highlighted: { opacity: 1 },
      offPath: { opacity: 0.1 },
      onPath: { opacity: 1, colour: '#ffff00', width: 4 },
    },
    cytoscapeLinkOpacity: 0.6,
    organizations: { plain: 1, faded: 0.3, offPath: 0.25, onPath: 1 },
    rim: { colour: '#000000', width: 1.5 },
    placeholder: { fill: '#000000', colour: '#ffffff', width: 2, dash: [6, 3] },
    ring: { colour: '#ffff00', width: 4 },
    text: { colour: '#ffffff', outline: '#000000', background: '#000000' },
    // Read from the back of a room: 24 px at 1920×1080, never cut short.
    names: { px: 24, maxWidth: 340, whole: true },
  },
};
