/**
 * A picture of the view: what is on screen — the map under a geographic layout, the alliances,
 * the organisations, their rings and names, the groups' captions — under a title, with the
 * legend where the app shows it (over the right of the network) and a credit line. The page
 * gathers it (ui/graph/viewPicture.ts) as plain data; a worker draws it (PNG, SVG).
 *
 * Pure: drawn through a PicturePainter.
 */
import type { AllianceViewport } from '../drawing/allianceDrawing';
import { drawNetwork, type NetworkScene } from '../drawing/networkScene';
import { THEMES, type Theme } from '../looks/themes';
import { drawLegend, legendSize, type PictureLegend } from './legendPicture';
import { fitText, type PicturePainter } from './painter';

export type LabelSpot = 'below' | 'right' | 'above' | 'left';

/** A name as the view shows it, in pixels of the view. */
export interface PictureLabel {
  text: string;
  /** Centre of the organisation's disc, and its radius. */
  x: number;
  y: number;
  radius: number;
  size: number;
  maxWidth: number;
  spot: LabelSpot;
}

/** A group's caption (the grouped layout): centred above (x, y), in pixels of the view. */
export interface PictureCaption {
  text: string;
  x: number;
  y: number;
}

export interface NetworkPicture {
  title: string;
  subtitle: string;
  credit: string;
  theme: Theme;
  /** The camera and the size of the view, in CSS pixels. */
  viewport: AllianceViewport;
  scene: NetworkScene;
  /** 1 for an organisation with a ring (selected, on a chain). */
  rings: Uint8Array;
  labels: PictureLabel[];
  captions: PictureCaption[];
  /** The world map's paths (geographic layout), in model units. */
  outline: { land: string; borders: string } | null;
  legend: PictureLegend;
}

/** Where the parts of a picture go, in pixels at 1×. */
export interface PictureLayout {
  width: number;
  height: number;
  /** Top of the network's area (under the title). */
  networkTop: number;
  legend: { x: number; y: number; width: number; height: number };
}

const MARGIN = 16;
const TITLE_PX = 20;
const SUBTITLE_PX = 13;
const HEADER = MARGIN + TITLE_PX + 8 + SUBTITLE_PX + MARGIN;
const FOOTER = 28;
const CREDIT_PX = 11;
const LABEL_GAP = 3;
const CAPTION_PX = 13;
const WORLD = { land: '#eef1f4', landRim: '#d5dbe1', borders: '#dde3e8' };

export function pictureLayout(
  picture: NetworkPicture,
  painter: Pick<PicturePainter, 'measureText'>,
): PictureLayout {
  const { width: viewWidth, height: viewHeight } = picture.viewport;
  const legend = legendSize(picture.legend, painter);
  const width = Math.max(Math.round(viewWidth), legend.width + 2 * MARGIN, 320);
  const networkHeight = Math.max(Math.round(viewHeight), legend.height + 2 * MARGIN);
  return {
    width,
    height: HEADER + networkHeight + FOOTER,
    networkTop: HEADER,
    legend: {
      x: width - MARGIN - legend.width,
      y: HEADER + MARGIN,
      width: legend.width,
      height: legend.height,
    },
  };
}

/** Draws the whole picture; the painter is sized to `layout` (times its scale). */
export function drawPicture(
  painter: PicturePainter,
  picture: NetworkPicture,
  layout: PictureLayout,
): void {
  const theme = THEMES[picture.theme];
  const ink = theme.text.colour;
  painter.origin(0, 0);
  painter.box(0, 0, layout.width, layout.height, { fill: theme.background });

  const top = layout.networkTop;
  const { viewport } = picture;
  painter.clip(0, top, layout.width, layout.height - top - FOOTER);
  painter.origin(0, top);
  if (picture.outline) drawWorld(painter, picture.outline, viewport);
  drawNetwork(painter, picture.scene, viewport);
  drawRings(painter, picture);
  drawCaptions(painter, picture);
  drawLabels(painter, picture);
  painter.origin(0, 0);
  painter.unclip();

  const titleWidth = layout.width - 2 * MARGIN;
  painter.text(MARGIN, MARGIN, fitText(painter, picture.title, TITLE_PX, 700, titleWidth), {
    size: TITLE_PX,
    weight: 700,
    colour: ink,
    align: 'left',
    baseline: 'top',
  });
  painter.text(
    MARGIN,
    MARGIN + TITLE_PX + 8,
    fitText(painter, picture.subtitle, SUBTITLE_PX, 400, titleWidth),
    { size: SUBTITLE_PX, weight: 400, colour: ink, align: 'left', baseline: 'top' },
  );
  drawLegend(painter, picture.legend, layout.legend, picture.theme);
  painter.text(
    MARGIN,
    layout.height - FOOTER / 2,
    fitText(painter, picture.credit, CREDIT_PX, 400, titleWidth),
    { size: CREDIT_PX, weight: 400, colour: ink, align: 'left', baseline: 'middle' },
  );
}

function drawWorld(
  painter: PicturePainter,
  outline: { land: string; borders: string },
  { zoom, panX, panY }: AllianceViewport,
): void {
  painter.mapPath(
    outline.land,
    { fill: WORLD.land, stroke: WORLD.landRim, width: 1, evenOdd: true },
    zoom,
    panX,
    panY,
  );
  painter.mapPath(
    outline.borders,
    { fill: null, stroke: WORLD.borders, width: 0.75, evenOdd: false },
    zoom,
    panX,
    panY,
  );
}

function drawRings(painter: PicturePainter, picture: NetworkPicture): void {
  const { positions, diameters, looks } = picture.scene.organizations;
  const { ring } = THEMES[picture.theme];
  const { zoom, panX, panY } = picture.viewport;
  picture.rings.forEach((hasRing, i) => {
    if (hasRing !== 1 || looks[i] === 0) return;
    const x = panX + zoom * positions[2 * i]!;
    const y = panY + zoom * positions[2 * i + 1]!;
    painter.ring(x, y, (zoom * diameters[i]!) / 2, ring.colour, ring.width * zoom);
  });
}

function drawCaptions(painter: PicturePainter, picture: NetworkPicture): void {
  const { text } = THEMES[picture.theme];
  for (const caption of picture.captions) {
    painter.text(caption.x, caption.y, caption.text, {
      size: CAPTION_PX,
      weight: 700,
      colour: text.colour,
      align: 'center',
      baseline: 'bottom',
      outline: { colour: text.outline, width: 3 },
    });
  }
}

function drawLabels(painter: PicturePainter, picture: NetworkPicture): void {
  const { text } = THEMES[picture.theme];
  for (const label of picture.labels) {
    const name = fitText(painter, label.text, label.size, 500, label.maxWidth);
    const reach = label.radius + LABEL_GAP;
    const style = {
      size: label.size,
      weight: 500,
      colour: text.colour,
      outline: { colour: text.outline, width: 2 },
    } as const;
    switch (label.spot) {
      case 'below':
        painter.text(label.x, label.y + reach, name, {
          ...style,
          align: 'center',
          baseline: 'top',
        });
        break;
      case 'above':
        painter.text(label.x, label.y - reach, name, {
          ...style,
          align: 'center',
          baseline: 'bottom',
        });
        break;
      case 'right':
        painter.text(label.x + reach, label.y, name, {
          ...style,
          align: 'left',
          baseline: 'middle',
        });
        break;
      case 'left':
        painter.text(label.x - reach, label.y, name, {
          ...style,
          align: 'right',
          baseline: 'middle',
        });
        break;
    }
  }
}
