/**
 * Everything the network layer draws, and the drawing itself: the alliances, then the
 * organisations over them. Shared by the worker and the page's fallback.
 */
import type { NetworkLayerUpdate } from '../protocol/networkLayer';
import { drawAlliances, type AllianceScene, type AllianceViewport } from './allianceDrawing';
import { drawOrganizations, type DiscPainter, type OrganizationScene } from './organizationDrawing';

/** What a drawing shows: alliances and organisations not hidden. */
export interface LayerCounts {
  alliances: number;
  organizations: number;
}

export interface NetworkScene {
  alliances: AllianceScene;
  organizations: OrganizationScene;
}

export function emptyNetworkScene(): NetworkScene {
  const positions = new Float32Array(0);
  return {
    alliances: {
      ends: new Uint32Array(0),
      widths: new Float32Array(0),
      positions,
      looks: new Uint8Array(0),
      colours: new Uint8Array(0),
      palette: [],
      theme: 'default',
    },
    organizations: {
      positions,
      diameters: new Float32Array(0),
      looks: new Uint8Array(0),
      colours: new Uint8Array(0),
      placeholders: new Uint8Array(0),
      palette: [],
      theme: 'default',
    },
  };
}

/** A new network: its alliances' ends and widths; looks wait for the next message. */
export function setNetwork(scene: NetworkScene, ends: Uint32Array, widths: Float32Array): void {
  scene.alliances = {
    ...scene.alliances,
    ends,
    widths,
    looks: new Uint8Array(widths.length),
    colours: new Uint8Array(widths.length),
  };
}

export function setPositions(scene: NetworkScene, positions: Float32Array): void {
  scene.alliances = { ...scene.alliances, positions };
  scene.organizations = { ...scene.organizations, positions };
}

/** Takes a message of the page into the scene (everything but `draw`). */
export function updateScene(scene: NetworkScene, request: NetworkLayerUpdate): void {
  switch (request.type) {
    case 'network':
      setNetwork(scene, request.ends, request.widths);
      break;
    case 'positions':
      setPositions(scene, request.positions);
      break;
    case 'allianceLooks': {
      const { looks, colours, palette, theme } = request;
      scene.alliances = { ...scene.alliances, looks, colours, palette, theme };
      break;
    }
    case 'organizationLooks': {
      const { diameters, looks, colours, placeholders, palette, theme } = request;
      scene.organizations = {
        ...scene.organizations,
        diameters,
        looks,
        colours,
        placeholders,
        palette,
        theme,
      };
      break;
    }
  }
}

/**
 * Draws the scene. Organisations are drawn once their looks match their positions (both arrive
 * as separate messages after a new network).
 */
export function drawNetwork(
  painter: DiscPainter,
  scene: NetworkScene,
  viewport: AllianceViewport,
): LayerCounts {
  const alliances = drawAlliances(painter, scene.alliances, viewport);
  const { organizations: o } = scene;
  const ready = o.looks.length > 0 && o.positions.length === 2 * o.looks.length;
  return { alliances, organizations: ready ? drawOrganizations(painter, o, viewport) : 0 };
}

/** A canvas to draw the scene on: an OffscreenCanvas in the worker, either kind on the page. */
export interface SceneCanvas {
  width: number;
  height: number;
  getContext(contextId: '2d'): DiscPainter | null;
}

/** Draws the scene on `canvas`, sized to the viewport first. */
export function drawNetworkOn(
  canvas: SceneCanvas,
  scene: NetworkScene,
  viewport: AllianceViewport,
): LayerCounts {
  fitCanvasTo(canvas, viewport);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context for the network layer');
  return drawNetwork(context, scene, viewport);
}

/** Sizes a canvas to the viewport in whole pixels; only on a change, as a new size clears it. */
export function fitCanvasTo(
  canvas: { width: number; height: number },
  viewport: Pick<AllianceViewport, 'width' | 'height'>,
): void {
  const width = Math.max(1, Math.round(viewport.width));
  const height = Math.max(1, Math.round(viewport.height));
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
}
