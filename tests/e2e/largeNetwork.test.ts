/**
 * A large network (5,000 organisations, 25,000 alliances): Cytoscape holds the organisations, and
 * the alliances are drawn apart, in a worker, on the alliance layer under them. These tests read
 * what the layer shows (its count and its pixels) as the layer, a legend pick, the camera and the
 * layout change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateNetwork, networkToCsv } from '../../datasets/generator/network';
import { importDataset } from '../../src/core/model/importDataset';
import { startApp, type AppSession } from './harness';

let app: AppSession;
let page: Page;
const csv = networkToCsv(generateNetwork({ organizations: 5_000, links: 25_000, seed: 11 }));
const dataset = importDataset([
  { name: 'organizations.csv', bytes: Buffer.from(csv.organizations) },
  { name: 'links.csv', bytes: Buffer.from(csv.links) },
]);

/** The opacity summed over the layer's pixels: how much alliance ink is on screen. */
function ink(): Promise<number> {
  return page.getByTestId('alliance-layer').evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
    let sum = 0;
    for (let i = 3; i < (data?.length ?? 0); i += 4) sum += data?.[i] ?? 0;
    return sum;
  });
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The box around the ink of the alliance layer and of Cytoscape's canvases, in page pixels. */
function inkBox(on: Page): Promise<{ alliances: Box | null; organizations: Box | null }> {
  return on.evaluate(() => {
    const boxOf = (canvases: HTMLCanvasElement[]): Box | null => {
      let box: Box | null = null;
      for (const canvas of canvases) {
        const place = canvas.getBoundingClientRect();
        const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
        if (!data || canvas.width === 0) continue;
        const sx = place.width / canvas.width;
        const sy = place.height / canvas.height;
        for (let i = 3; i < data.length; i += 4) {
          if ((data[i] ?? 0) < 8) continue;
          const p = (i - 3) / 4;
          const x = place.left + (p % canvas.width) * sx;
          const y = place.top + Math.floor(p / canvas.width) * sy;
          box = box
            ? {
                left: Math.min(box.left, x),
                top: Math.min(box.top, y),
                right: Math.max(box.right, x),
                bottom: Math.max(box.bottom, y),
              }
            : { left: x, top: y, right: x, bottom: y };
        }
      }
      return box;
    };
    return {
      alliances: boxOf([
        ...document.querySelectorAll<HTMLCanvasElement>('[data-testid="alliance-layer"]'),
      ]),
      organizations: boxOf([
        ...document.querySelectorAll<HTMLCanvasElement>('[data-testid="graph"] canvas'),
      ]),
    };
  });
}

const layer = () => page.getByTestId('alliance-layer');
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
}, 180_000);
afterAll(async () => {
  await app?.close();
});

describe('the alliances of a large network', () => {
  it('are drawn on their own layer, every one of them, under the organisations', async () => {
    await expect.poll(() => layer().getAttribute('data-shown'), { timeout: 60_000 }).toBe('25000');
    await layerReady();
    expect(await page.getByTestId('graph').getAttribute('data-edges')).toBe('25000');
    expect(await ink()).toBeGreaterThan(0);
    // The organisations' canvas lets the alliances show through.
    const background = await page
      .getByTestId('graph')
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe('rgba(0, 0, 0, 0)');
  });

  it('follows the scope layer: only local alliances are drawn, as many as the status bar says', async () => {
    const local = dataset.links.filter((l) => l.scope === 'local').length;
    expect(local).toBeGreaterThan(0);
    expect(local).toBeLessThan(25_000);
    const before = await ink();
    await page.getByTestId('scope-switch').locator('[data-scope="local"]').click();
    await expect.poll(() => layer().getAttribute('data-shown')).toBe(String(local));
    await layerReady();
    expect(await page.getByTestId('graph').getAttribute('data-visible-edges')).toBe(String(local));
    expect(await page.getByTestId('graph-stats').innerText()).toContain(local.toLocaleString('en'));
    expect(await ink()).toBeLessThan(before);
    await page.getByTestId('scope-switch').locator('[data-scope="all"]').click();
    await expect.poll(() => layer().getAttribute('data-shown')).toBe('25000');
  });

  it('fades all but the alliances among the sector picked in the legend', async () => {
    await layerReady();
    const before = await ink();
    await page.getByTestId('legend').locator('li[data-sector="union"] button').click();
    const unions = new Set(
      dataset.organizations.filter((o) => o.sector === 'union').map((o) => o.id),
    );
    await expect
      .poll(() => page.getByTestId('graph').getAttribute('data-highlighted'))
      .toBe(String(unions.size));
    // Most alliances step back to a faint trace: far less ink once the layer has redrawn.
    await expect.poll(ink, { timeout: 30_000 }).toBeLessThan(before * 0.6);
    await page.getByTestId('legend').locator('li[data-sector="union"] button').click();
    await expect.poll(ink, { timeout: 30_000 }).toBeGreaterThan(before * 0.9);
  });

  it('moves with the camera while it pans, and is drawn afresh once it rests', async () => {
    await layerReady();
    const box = await page.getByTestId('graph').boundingBox();
    if (!box) throw new Error('no graph box');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 60, y + 40, { steps: 4 });
    const moving = await layer().evaluate((canvas) => canvas.style.transform);
    expect(moving).toMatch(/translate\(60px, 40px\)/);
    await page.mouse.up();
    await expect.poll(() => layer().evaluate((canvas) => canvas.style.transform)).toBe('');
    await layerReady();
  });

  it('is drawn again where the organisations go when the layout changes', async () => {
    await layerReady();
    const before = await inkBox(page);
    // Moving the organisations and fitting the view restyles none of them (a fit used to write
    // the core's scratch, which makes Cytoscape restyle every element: 0.3 s at 5,000).
    await page.evaluate(() => {
      type Registered = { _cyreg?: { cy?: { on(events: string, f: () => void): void } } };
      const graph = document.querySelector('[data-testid="graph"]') as Registered | null;
      const counts = window as unknown as { __restyled: number };
      counts.__restyled = 0;
      graph?._cyreg?.cy?.on('style', () => {
        counts.__restyled += 1;
      });
    });
    await page.getByTestId('layout-select').selectOption('sector');
    await page
      .getByTestId('graph')
      .and(page.locator('[data-layout="sector"]'))
      .waitFor({ timeout: 60_000 });
    await expect.poll(() => inkBox(page), { timeout: 30_000 }).not.toEqual(before);
    await layerReady();
    const restyled = await page.evaluate(
      () => (window as unknown as { __restyled: number }).__restyled,
    );
    // Only the names that come and go with the new view are restyled.
    expect(restyled).toBeLessThan(500);
    const { alliances, organizations } = await inkBox(page);
    // Alliances run from disc centre to disc centre: when both layers agree on the camera, their
    // ink lies within the organisations' ink (which also holds the names) and spans most of it.
    expect(alliances).not.toBeNull();
    expect(organizations).not.toBeNull();
    if (!alliances || !organizations) return;
    expect(alliances.left).toBeGreaterThanOrEqual(organizations.left - 2);
    expect(alliances.top).toBeGreaterThanOrEqual(organizations.top - 2);
    expect(alliances.right).toBeLessThanOrEqual(organizations.right + 2);
    expect(alliances.bottom).toBeLessThanOrEqual(organizations.bottom + 2);
    const span = (box: Box) => [box.right - box.left, box.bottom - box.top];
    const [width = 0, height = 0] = span(alliances);
    const [outerWidth = 1, outerHeight = 1] = span(organizations);
    expect(width / outerWidth).toBeGreaterThan(0.75);
    expect(height / outerHeight).toBeGreaterThan(0.75);
    expect(await layer().getAttribute('data-shown')).toBe('25000');
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
      const layerHere = other.getByTestId('alliance-layer');
      await expect
        .poll(() => layerHere.getAttribute('data-shown'), { timeout: 60_000 })
        .toBe('6000');
      const inkHere = await layerHere.evaluate((canvas: HTMLCanvasElement) => {
        const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
        let sum = 0;
        for (let i = 3; i < (data?.length ?? 0); i += 4) sum += data?.[i] ?? 0;
        return sum;
      });
      expect(inkHere).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });

  it('logged no console error and asked no other host for anything', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
