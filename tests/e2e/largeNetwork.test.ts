/**
 * A large network (5,000 organisations, 25,000 alliances): the network layer under Cytoscape
 * paints every alliance and every disc, drawn in a worker; Cytoscape holds the organisations for
 * pointing, names and rings. These tests read what the layer shows (its counts and its pixels)
 * as the scope layer, a legend pick, the camera, the selection and the layout change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateNetwork, networkToCsv } from '../../datasets/generator/network';
import { importDataset } from '../../src/core/model/importDataset';
import { sectorColor } from '../../src/core/looks/palette';
import { startApp, type AppSession } from './harness';

let app: AppSession;
let page: Page;
const csv = networkToCsv(generateNetwork({ organizations: 5_000, links: 25_000, seed: 11 }));
const dataset = importDataset([
  { name: 'organizations.csv', bytes: Buffer.from(csv.organizations) },
  { name: 'links.csv', bytes: Buffer.from(csv.links) },
]);

/** The opacity summed over the layer's pixels: how much ink is on screen. */
function ink(on: Page = page): Promise<number> {
  return on.getByTestId('network-layer').evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
    let sum = 0;
    for (let i = 3; i < (data?.length ?? 0); i += 4) sum += data?.[i] ?? 0;
    return sum;
  });
}

/**
 * Where Cytoscape puts an organisation on screen (through the registry it keeps on its
 * container), and the colour the layer shows there.
 */
function layerColourAt(id: string): Promise<{ rgba: number[]; inside: boolean } | null> {
  return page.evaluate((organization) => {
    type Cy = { getElementById(id: string): { renderedPosition(): { x: number; y: number } } };
    const graph = document.querySelector('[data-testid="graph"]') as { _cyreg?: { cy?: Cy } };
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="network-layer"]');
    const cy = graph?._cyreg?.cy;
    if (!cy || !canvas) return null;
    // Both are laid over the same box: rendered positions are canvas pixels once it rests.
    const { x, y } = cy.getElementById(`o:${organization}`).renderedPosition();
    const px = Math.round(x);
    const py = Math.round(y);
    const inside = px >= 0 && py >= 0 && px < canvas.width && py < canvas.height;
    const data = canvas.getContext('2d')?.getImageData(px, py, 1, 1).data;
    return { rgba: data ? [...data] : [], inside };
  }, id);
}

function hex(colour: string): number[] {
  return [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
}

const layer = () => page.getByTestId('network-layer');
const layerReady = () =>
  layer().and(page.locator('[data-ready="true"]')).waitFor({ timeout: 60_000 });

beforeAll(async () => {
  app = await startApp();
  page = await app.open('?lang=en');
  await page.getByTestId('graph').and(page.locator('[data-ready="true"]')).waitFor();
  await page.getByTestId('import-input').setInputFiles([
    { name: 'organizations.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.organizations) },
    { name: 'links.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.links) },
  ]);
  await page
    .getByTestId('graph')
    .and(page.locator('[data-nodes="5000"][data-ready="true"]'))
    .waitFor({ timeout: 120_000 });
  // ForceAtlas2 moves everyone once it ends: compare pictures only after that.
  await page
    .getByTestId('graph')
    .and(page.locator('[data-force-layout="done"]'))
    .waitFor({ timeout: 120_000 });
}, 240_000);
afterAll(async () => {
  await app?.close();
});

describe('the layer of a large network', () => {
  it('paints every alliance and every organisation, under Cytoscape, which paints no disc', async () => {
    await expect
      .poll(() => layer().getAttribute('data-alliances'), { timeout: 60_000 })
      .toBe('25000');
    await expect.poll(() => layer().getAttribute('data-organizations')).toBe('5000');
    await layerReady();
    expect(await page.getByTestId('graph').getAttribute('data-edges')).toBe('25000');
    expect(await ink()).toBeGreaterThan(0);
    // The organisations' canvas lets the layer show through…
    const background = await page
      .getByTestId('graph')
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe('rgba(0, 0, 0, 0)');
    // … and holds only names: far less ink than the layer's discs and lines.
    const cytoscapeInk = await page.evaluate(() => {
      let sum = 0;
      for (const canvas of document.querySelectorAll<HTMLCanvasElement>(
        '[data-testid="graph"] canvas',
      )) {
        const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 3; i < (data?.length ?? 0); i += 4) sum += data?.[i] ?? 0;
      }
      return sum;
    });
    expect(cytoscapeInk).toBeLessThan((await ink()) / 4);
  });

  it('follows the scope layer: only local alliances are drawn, as many as the status bar says', async () => {
    const local = dataset.links.filter((l) => l.scope === 'local').length;
    expect(local).toBeGreaterThan(0);
    expect(local).toBeLessThan(25_000);
    const before = await ink();
    await page.getByTestId('scope-switch').locator('[data-scope="local"]').click();
    await expect.poll(() => layer().getAttribute('data-alliances')).toBe(String(local));
    await layerReady();
    const graph = page.getByTestId('graph');
    expect(await graph.getAttribute('data-visible-edges')).toBe(String(local));
    expect(await layer().getAttribute('data-organizations')).toBe(
      await graph.getAttribute('data-visible-nodes'),
    );
    expect(await page.getByTestId('graph-stats').innerText()).toContain(local.toLocaleString('en'));
    expect(await ink()).toBeLessThan(before);
    await page.getByTestId('scope-switch').locator('[data-scope="all"]').click();
    await expect.poll(() => layer().getAttribute('data-alliances')).toBe('25000');
  });

  it('fades all but the sector picked in the legend, and the alliances among it', async () => {
    await layerReady();
    const before = await ink();
    await page.getByTestId('legend').locator('li[data-sector="union"] button').click();
    const unions = new Set(
      dataset.organizations.filter((o) => o.sector === 'union').map((o) => o.id),
    );
    await expect
      .poll(() => page.getByTestId('graph').getAttribute('data-highlighted'))
      .toBe(String(unions.size));
    // Most of the network steps back to a faint trace: far less ink once the layer has redrawn.
    await expect.poll(() => ink(), { timeout: 30_000 }).toBeLessThan(before * 0.6);
    await page.getByTestId('legend').locator('li[data-sector="union"] button').click();
    await expect.poll(() => ink(), { timeout: 30_000 }).toBeGreaterThan(before * 0.9);
  });

  it('moves with the camera while it pans, and is drawn afresh once it rests', async () => {
    await layerReady();
    // A drag on an organisation moves it: press where none is, to pan.
    const { x, y } = await page.evaluate(() => {
      type Node = { renderedPosition(): { x: number; y: number }; renderedWidth(): number };
      type Registered = { _cyreg: { cy: { nodes(): { toArray(): Node[] } } } };
      const element = document.querySelector('[data-testid="graph"]') as unknown as Registered &
        HTMLElement;
      const box = element.getBoundingClientRect();
      const nodes = element._cyreg.cy.nodes().toArray();
      const free = (px: number, py: number) =>
        nodes.every((n) => {
          const p = n.renderedPosition();
          return Math.hypot(p.x - px, p.y - py) > n.renderedWidth() / 2 + 8;
        });
      for (let py = box.height / 2; py < box.height - 80; py += 7) {
        for (let px = box.width / 3; px < (2 * box.width) / 3; px += 7) {
          if (free(px, py)) return { x: box.left + px, y: box.top + py };
        }
      }
      throw new Error('no free spot to press on');
    });
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 60, y + 40, { steps: 4 });
    // The picture follows the camera once a frame: by the next one it is where the pointer is.
    await expect
      .poll(() => layer().evaluate((canvas) => canvas.style.transform))
      .toMatch(/translate\(60px, 40px\)/);
    await page.mouse.up();
    await expect.poll(() => layer().evaluate((canvas) => canvas.style.transform)).toBe('');
    await layerReady();
  });

  it('paints an organisation dragged by hand where it is dropped', async () => {
    // The sizes follow the analysis of the network on screen: the layer test above asked for
    // one of the whole network again, which must be done before a disc is measured.
    await page
      .getByTestId('analysis-status')
      .and(page.locator('[data-status="done"]'))
      .waitFor({ timeout: 120_000 });
    await layerReady();
    // The largest organisation, so that its disc is wide enough to press on.
    const { id, x, y } = await page.evaluate(() => {
      type Node = {
        id(): string;
        renderedPosition(): { x: number; y: number };
        renderedWidth(): number;
      };
      type Registered = { _cyreg: { cy: { nodes(): { toArray(): Node[] } } } };
      const element = document.querySelector('[data-testid="graph"]') as unknown as Registered &
        HTMLElement;
      const box = element.getBoundingClientRect();
      const inView = element._cyreg.cy
        .nodes()
        .toArray()
        .filter((n) => {
          const p = n.renderedPosition();
          return p.x > 100 && p.y > 100 && p.x < box.width - 300 && p.y < box.height - 150;
        });
      const node = inView.sort((a, b) => b.renderedWidth() - a.renderedWidth())[0]!;
      const p = node.renderedPosition();
      return { id: node.id().slice(2), x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 90, y + 70, { steps: 6 });
    await page.mouse.up();
    await layerReady();
    const organization = dataset.organizations.find((o) => o.id === id);
    await expect
      .poll(async () => (await layerColourAt(id))?.rgba.slice(0, 3))
      .toEqual(hex(sectorColor(organization?.sector ?? null)));
  });

  it('paints the selected organisation in its colour where Cytoscape rings it, before and after a layout change', async () => {
    const search = page.getByTestId('search-input');
    await search.fill('Coop');
    await page.getByTestId('search-suggestions').waitFor();
    await search.press('Enter');
    const graph = page.getByTestId('graph');
    await expect.poll(() => graph.getAttribute('data-selected')).not.toBe('');
    const selected = (await graph.getAttribute('data-selected')) ?? '';
    const organization = dataset.organizations.find((o) => o.id === selected);
    expect(organization).toBeDefined();
    // Its ego network only: no neighbour's disc can lie over its centre by chance.
    await page.getByTestId('ego-steps').getByRole('radio').nth(1).check();
    const expected = hex(sectorColor(organization?.sector ?? null));
    // Moving the organisations and fitting the view restyles none of them (a fit used to write
    // the core's scratch, which makes Cytoscape restyle every element: 0.3 s at 5,000).
    await page.evaluate(() => {
      type Registered = { _cyreg?: { cy?: { on(events: string, f: () => void): void } } };
      const element = document.querySelector('[data-testid="graph"]') as Registered | null;
      const counts = window as unknown as { __restyled: number };
      counts.__restyled = 0;
      element?._cyreg?.cy?.on('style', () => {
        counts.__restyled += 1;
      });
    });
    for (const layout of ['force', 'sector'] as const) {
      if (layout !== 'force') {
        await page.getByTestId('layout-select').selectOption(layout);
        await graph.and(page.locator(`[data-layout="${layout}"]`)).waitFor({ timeout: 60_000 });
      }
      await expect
        .poll(
          async () => {
            await layerReady();
            const seen = await layerColourAt(selected);
            return seen?.inside ? seen.rgba : null;
          },
          { timeout: 30_000 },
        )
        .toEqual([...expected, 255]);
    }
    const restyled = await page.evaluate(
      () => (window as unknown as { __restyled: number }).__restyled,
    );
    expect(restyled).toBeLessThan(500);
    await page.getByTestId('ego-steps').getByRole('radio').nth(0).check();
  });

  it('is drawn on the page itself where OffscreenCanvas is missing (no worker drawing)', async () => {
    const small = networkToCsv(generateNetwork({ organizations: 2_100, links: 6_000, seed: 12 }));
    const other = await app.open('?lang=es');
    try {
      await other.addInitScript(() => {
        delete (window as { OffscreenCanvas?: unknown }).OffscreenCanvas;
      });
      await other.reload();
      await other.getByTestId('graph').and(other.locator('[data-ready="true"]')).waitFor();
      expect(await other.evaluate(() => typeof OffscreenCanvas)).toBe('undefined');
      await other.getByTestId('import-input').setInputFiles([
        {
          name: 'organizations.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(small.organizations),
        },
        { name: 'links.csv', mimeType: 'text/csv', buffer: Buffer.from(small.links) },
      ]);
      const here = other.getByTestId('network-layer');
      await expect
        .poll(() => here.getAttribute('data-alliances'), { timeout: 60_000 })
        .toBe('6000');
      await expect.poll(() => here.getAttribute('data-organizations')).toBe('2100');
      expect(await ink(other)).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });

  it('logged no console error and asked no other host for anything', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
