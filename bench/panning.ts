/**
 * Frame rate while the user moves the view of a drawn network: a pan driven by real mouse drags
 * on the graph's canvas and a zoom driven by the mouse wheel, in the page as it is (whatever
 * layout and renderer settings the app chose). Frames are counted inside the page with
 * requestAnimationFrame, so a frame that Cytoscape takes 200 ms to draw shows as a 200 ms gap.
 * Headless Chromium produces at most ~60 frames per second; the idle rate is printed beside.
 *
 * The page-side code is passed as strings: tsx would otherwise wrap its named functions in a
 * helper (`__name`) that exists only in Node.
 */
import type { Page } from 'playwright-core';

export interface FrameFigures {
  /** Frames drawn while the view moved, per second of movement. */
  fps: number;
  /** The longest gap between two frames while the view moved, ms. */
  longestFrameMs: number;
  /** 95 % of the frames while the view moved came at most this long after the one before, ms. */
  p95FrameMs: number;
  /** Frames that took over 100 ms while the view moved: each one a visible stutter. */
  framesOver100Ms: number;
  /** The longest gap from the first move to one second after it ended (the redraw at rest), ms. */
  longestWithSettleMs: number;
  /** Duration of the movement, ms. */
  durationMs: number;
}

export interface ViewMovementFigures {
  idleFps: number;
  panning: FrameFigures;
  zooming: FrameFigures;
  /** How far the view really moved (read from Cytoscape when the page exposes it), for trust. */
  panMovedPx: number | null;
  zoomRange: [number, number] | null;
}

export interface ViewMovementOptions {
  /** Back-and-forth sweeps of the pan, each 2 × `steps` mouse moves. */
  sweeps?: number;
  /** Mouse moves per sweep out (and as many back), one per ~frame. */
  steps?: number;
  /** Wheel events towards the graph, then as many away from it. */
  wheelEvents?: number;
}

const DEFAULTS: Required<ViewMovementOptions> = { sweeps: 3, steps: 60, wheelEvents: 60 };
const STEP_MS = 16;
const SETTLE_MS = 1_000;

/** Installs the frame recorder: every requestAnimationFrame time stamp, until stopped. */
const START_RECORDING = `(() => {
  const state = { times: [], running: true };
  window.__atlasFrames = state;
  const tick = (time) => {
    state.times.push(time);
    if (state.running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return performance.now();
})()`;

const NOW = 'performance.now()';

const STOP_RECORDING = `(() => {
  const state = window.__atlasFrames;
  state.running = false;
  return state.times;
})()`;

/** The Cytoscape instance behind the graph, through the registry it keeps on its container. */
const VIEWPORT = `(() => {
  const container = document.querySelector('[data-testid="graph"]');
  const cy = container && container._cyreg && container._cyreg.cy;
  return cy ? { zoom: cy.zoom(), x: cy.pan().x, y: cy.pan().y } : null;
})()`;

/**
 * True when (x, y) is on the graph's canvas and no organisation's centre lies within 29 units
 * (the widest disc's radius) plus 12 px of it. Positions only: asking 5,000 nodes for their
 * drawn boxes would itself block the page for seconds.
 */
const onEmptyBackground = (x: number, y: number) => `(() => {
  const container = document.querySelector('[data-testid="graph"]');
  const hit = document.elementFromPoint(${x}, ${y});
  if (!container || !hit || !container.contains(hit)) return false;
  const cy = container._cyreg && container._cyreg.cy;
  if (!cy) return true;
  const box = container.getBoundingClientRect();
  const zoom = cy.zoom();
  const pan = cy.pan();
  const mx = (${x} - box.left - pan.x) / zoom;
  const my = (${y} - box.top - pan.y) / zoom;
  const room = 29 + 12 / zoom;
  return !cy.nodes().some((node) => {
    const p = node.position();
    return Math.abs(p.x - mx) < room && Math.abs(p.y - my) < room;
  });
})()`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function figures(times: number[], from: number, to: number): FrameFigures {
  const moving = times.filter((t) => t >= from && t <= to);
  const settled = times.filter((t) => t >= from && t <= to + SETTLE_MS);
  const longest = (stamps: number[]) =>
    stamps.slice(1).reduce((max, t, i) => Math.max(max, t - (stamps[i] as number)), 0);
  const gaps = moving
    .slice(1)
    .map((t, i) => t - (moving[i] as number))
    .sort((a, b) => a - b);
  const durationMs = to - from;
  return {
    fps: (moving.length / durationMs) * 1000,
    longestFrameMs: longest(moving),
    p95FrameMs: gaps[Math.floor(0.95 * (gaps.length - 1))] ?? 0,
    framesOver100Ms: gaps.filter((gap) => gap > 100).length,
    longestWithSettleMs: longest(settled),
    durationMs,
  };
}

/** Calls `move` once per ~frame, `count` times, keeping the pace even when the page lags. */
async function paced(count: number, move: (i: number) => Promise<void>): Promise<void> {
  const start = Date.now();
  for (let i = 0; i < count; i++) {
    await move(i);
    const due = start + (i + 1) * STEP_MS;
    const wait = due - Date.now();
    if (wait > 0) await sleep(wait);
  }
}

/**
 * Pans with the mouse (button held, back and forth over a few hundred pixels), then zooms in and
 * out with the wheel, counting frames in the page meanwhile. The graph must be drawn
 * (`[data-testid=graph][data-ready=true]`). Leaves the view roughly where it was.
 */
export async function measureViewMovement(
  page: Page,
  options: ViewMovementOptions = {},
): Promise<ViewMovementFigures> {
  const { sweeps, steps, wheelEvents } = { ...DEFAULTS, ...options };
  const graph = page.getByTestId('graph');
  await graph.and(page.locator('[data-ready="true"]')).waitFor({ timeout: 600_000 });
  const box = await graph.boundingBox();
  if (!box) throw new Error('measureViewMovement: the graph is not on screen.');
  const reach = { x: Math.min(320, box.width * 0.3), y: Math.min(200, box.height * 0.25) };

  // A start on empty background near a corner: a press on an organisation would drag it instead.
  const candidates: [number, number][] = [];
  for (const fx of [0.08, 0.12, 0.2, 0.3]) {
    for (const fy of [0.15, 0.25, 0.85, 0.75]) {
      candidates.push([box.x + box.width * fx, box.y + box.height * fy]);
    }
  }
  let start: [number, number] | null = null;
  for (const [x, y] of candidates) {
    if (await page.evaluate<boolean>(onEmptyBackground(x, y))) {
      start = [x, y];
      break;
    }
  }
  if (!start) throw new Error('measureViewMovement: found no empty background to drag from.');
  const [x0, y0] = start;
  const direction = y0 > box.y + box.height / 2 ? -1 : 1;

  // Idle: what the headless browser gives when nothing moves.
  await page.mouse.move(x0, y0);
  await sleep(300);
  const idleFrom = await page.evaluate<number>(START_RECORDING);
  await sleep(1_000);
  const idleTo = await page.evaluate<number>(NOW);
  const idleTimes = await page.evaluate<number[]>(STOP_RECORDING);
  const idleFps = figures(idleTimes, idleFrom, idleTo).fps;

  // Pan: one press, `sweeps` times out along a diagonal and back, one move per frame.
  const before = await page.evaluate<{ zoom: number; x: number; y: number } | null>(VIEWPORT);
  let farthest = 0;
  await page.evaluate<number>(START_RECORDING);
  await page.mouse.down();
  const panFrom = await page.evaluate<number>(NOW);
  await paced(sweeps * 2 * steps, async (i) => {
    const leg = Math.floor(i / steps);
    const along = ((i % steps) + 1) / steps;
    const f = leg % 2 === 0 ? along : 1 - along;
    await page.mouse.move(x0 + f * reach.x, y0 + direction * f * reach.y);
    if (i === steps - 1) {
      const view = await page.evaluate<{ x: number; y: number } | null>(VIEWPORT);
      if (view && before) farthest = Math.hypot(view.x - before.x, view.y - before.y);
    }
  });
  const panTo = await page.evaluate<number>(NOW);
  await page.mouse.up();
  await sleep(SETTLE_MS + 200);
  const panning = figures(await page.evaluate<number[]>(STOP_RECORDING), panFrom, panTo);

  // Zoom: the wheel over the middle of the graph, towards it, then as far away again. Deltas
  // vary by fractions of a pixel, as a touchpad's do: Cytoscape 3.34 takes a run of equal deltas
  // for a notched mouse wheel and then zooms under 1 % per event (with the app's sensitivity),
  // which would hardly change the drawing. This way 60 events zoom about tenfold.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await sleep(300);
  let zoomMin = before?.zoom ?? NaN;
  let zoomMax = before?.zoom ?? NaN;
  await page.evaluate<number>(START_RECORDING);
  const zoomFrom = await page.evaluate<number>(NOW);
  await paced(2 * wheelEvents, async (i) => {
    const delta = 15 + (i % 7) * 0.37;
    await page.mouse.wheel(0, i < wheelEvents ? -delta : delta);
    if (i === wheelEvents - 1 || i === 2 * wheelEvents - 1) {
      const view = await page.evaluate<{ zoom: number } | null>(VIEWPORT);
      if (view) {
        zoomMin = Math.min(zoomMin, view.zoom);
        zoomMax = Math.max(zoomMax, view.zoom);
      }
    }
  });
  const zoomTo = await page.evaluate<number>(NOW);
  await sleep(SETTLE_MS + 200);
  const zooming = figures(await page.evaluate<number[]>(STOP_RECORDING), zoomFrom, zoomTo);

  return {
    idleFps,
    panning,
    zooming,
    panMovedPx: before ? farthest : null,
    zoomRange: before ? [zoomMin, zoomMax] : null,
  };
}

/** The figures as lines for a report, indented like bench/browser.ts prints its own. */
export function formatViewMovement(figures: ViewMovementFigures): string[] {
  const line = (name: string, f: FrameFigures) =>
    `  ${name.padEnd(34)} ${f.fps.toFixed(1).padStart(5)} fps, 95 % of frames within ` +
    `${f.p95FrameMs.toFixed(0)} ms, ${f.framesOver100Ms} over 100 ms, longest ${f.longestFrameMs.toFixed(0)} ms ` +
    `(${f.longestWithSettleMs.toFixed(0)} ms with the redraw at rest), over ${(f.durationMs / 1000).toFixed(1)} s`;
  const lines = [
    line('while panning (mouse drag)', figures.panning),
    line('while zooming (mouse wheel)', figures.zooming),
    `  idle frame rate of this browser        ${figures.idleFps.toFixed(1)} fps`,
  ];
  if (figures.panMovedPx !== null && figures.zoomRange) {
    lines.push(
      `  (the view moved ${figures.panMovedPx.toFixed(0)} px; zoom went from ` +
        `${figures.zoomRange[0].toFixed(2)} to ${figures.zoomRange[1].toFixed(2)})`,
    );
  }
  return lines;
}
