/**
 * Draws the organisations of a large network as discs on a 2D canvas, one fill and one rim
 * stroke per look and colour. Cytoscape keeps the organisations for what needs an element of
 * its own (pointing, clicking, names, the selection ring) but does not paint their discs: at
 * 5,000 its per-element drawing takes hundreds of milliseconds on every change.
 *
 * Pure: the canvas comes in as the few methods of CanvasRenderingContext2D this needs.
 */
import { ORGANIZATION_LOOK, type OrganizationLook } from '../looks/looks';
import { THEMES, type Theme, type ThemeStyle } from '../looks/themes';
import type { AllianceViewport, LinePainter } from './allianceDrawing';

/** The opacity key of each drawn look, by code. */
const OPACITY_OF: Record<Exclude<OrganizationLook, 0>, keyof ThemeStyle['organizations']> = {
  [ORGANIZATION_LOOK.plain]: 'plain',
  [ORGANIZATION_LOOK.faded]: 'faded',
  [ORGANIZATION_LOOK.offPath]: 'offPath',
  [ORGANIZATION_LOOK.onPath]: 'onPath',
};

/** The opacity of a disc of this look in this theme. */
export function organizationOpacity(theme: Theme, look: Exclude<OrganizationLook, 0>): number {
  return THEMES[theme].organizations[OPACITY_OF[look]];
}

/** Back to front: what stands out is drawn last, over the rest. */
const DRAWING_ORDER: readonly Exclude<OrganizationLook, 0>[] = [
  ORGANIZATION_LOOK.offPath,
  ORGANIZATION_LOOK.faded,
  ORGANIZATION_LOOK.plain,
  ORGANIZATION_LOOK.onPath,
];

export interface OrganizationScene {
  /** Node positions in model units: [x0, y0, x1, y1, …]. */
  positions: Float32Array;
  /** Disc diameter of each organisation, in model units. */
  diameters: Float32Array;
  /** ORGANIZATION_LOOK code of each organisation. */
  looks: Uint8Array;
  /** Index into `palette` of each organisation's colour. */
  colours: Uint8Array;
  /** 1 for a placeholder: white, with a dashed rim. */
  placeholders: Uint8Array;
  palette: readonly string[];
  theme: Theme;
}

/** LinePainter plus what filling discs takes. */
export interface DiscPainter extends LinePainter {
  fillStyle: unknown;
  arc(x: number, y: number, radius: number, start: number, end: number): void;
  fill(): void;
  setLineDash(segments: number[]): void;
}

function checkScene(scene: OrganizationScene): void {
  const count = scene.looks.length;
  for (const [name, length] of [
    ['positions', scene.positions.length / 2],
    ['diameters', scene.diameters.length],
    ['colours', scene.colours.length],
    ['placeholders', scene.placeholders.length],
  ] as const) {
    if (length !== count) {
      throw new Error(`drawOrganizations: ${length} ${name} for ${count} organisations`);
    }
  }
}

/**
 * Draws every organisation not hidden over what the canvas holds (the alliances, drawn first),
 * discs wholly outside the view skipped. Returns how many organisations are shown.
 */
export function drawOrganizations(
  painter: DiscPainter,
  scene: OrganizationScene,
  viewport: AllianceViewport,
): number {
  checkScene(scene);
  const { positions, diameters, looks, colours, placeholders, palette } = scene;
  const { rim: discRim, placeholder: placeholderRim, other } = THEMES[scene.theme];
  const { panX, panY, zoom, width, height } = viewport;
  if (!(zoom > 0)) return 0;
  const left = -panX / zoom;
  const top = -panY / zoom;
  const right = (width - panX) / zoom;
  const bottom = (height - panY) / zoom;

  // Organisations grouped by fill: look, then colour (placeholders apart).
  const groups = new Map<number, number[]>();
  let shown = 0;
  for (let i = 0; i < looks.length; i++) {
    const look = looks[i] as OrganizationLook;
    if (look === ORGANIZATION_LOOK.hidden) continue;
    shown++;
    const x = positions[2 * i] as number;
    const y = positions[2 * i + 1] as number;
    const r = (diameters[i] as number) / 2 + placeholderRim.width;
    if (x + r < left || x - r > right || y + r < top || y - r > bottom) continue;
    const colour = placeholders[i] === 1 ? 256 : (colours[i] as number);
    const key = look * 512 + colour;
    let members = groups.get(key);
    if (!members) groups.set(key, (members = []));
    members.push(i);
  }

  painter.setTransform(zoom, 0, 0, zoom, panX, panY);
  const keys = [...groups.keys()].sort(
    (a, b) =>
      DRAWING_ORDER.indexOf(Math.floor(a / 512) as Exclude<OrganizationLook, 0>) -
        DRAWING_ORDER.indexOf(Math.floor(b / 512) as Exclude<OrganizationLook, 0>) || a - b,
  );
  for (const key of keys) {
    const look = Math.floor(key / 512) as Exclude<OrganizationLook, 0>;
    const colour = key % 512;
    const placeholder = colour === 256;
    const members = groups.get(key) ?? [];
    painter.globalAlpha = organizationOpacity(scene.theme, look);
    painter.beginPath();
    for (const i of members) {
      const x = positions[2 * i] as number;
      const y = positions[2 * i + 1] as number;
      const r = (diameters[i] as number) / 2;
      painter.moveTo(x + r, y);
      painter.arc(x, y, r, 0, 2 * Math.PI);
    }
    painter.fillStyle = placeholder ? placeholderRim.fill : (palette[colour] ?? other);
    painter.fill();
    const rim = placeholder ? placeholderRim : discRim;
    painter.strokeStyle = rim.colour;
    painter.lineWidth = rim.width;
    painter.setLineDash(placeholder ? placeholderRim.dash : []);
    painter.stroke();
  }
  painter.setLineDash([]);
  painter.globalAlpha = 1;
  return shown;
}
