/**
 * Pictures of the view from the Export menu: the SVG holds what the view shows (every disc, the
 * names Cytoscape shows, the legend's keys with their counts, the title, in the page's language),
 * the PNGs are the same picture at 1×, 2× and 4×, and a pixel of the PNG at an organisation's
 * place has its sector's colour. For a small network (Cytoscape draws it) and a large one (the
 * layer draws it).
 */
import { readFileSync } from 'node:fs';
import { DOMParser, type Element } from '@xmldom/xmldom';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNetwork, networkToCsv } from '../../datasets/generator/network';
import { startApp, waitForGraph, type AppSession } from './harness';

let app: AppSession;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

async function downloaded(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByTestId('export-menu').click();
  const [download] = (await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId(testId).click(),
  ])) as [Download, void];
  const bytes = readFileSync(await download.path());
  await expect
    .poll(() => page.getByTestId('export-status').getAttribute('data-status'))
    .toBe('done');
  return { name: download.suggestedFilename(), bytes };
}

/** Width and height from a PNG's header. */
function pngSize(bytes: Buffer): [number, number] {
  expect([...bytes.subarray(1, 4)]).toEqual([80, 78, 71]);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function parseSvg(bytes: Buffer) {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(bytes.toString('utf8'), 'image/svg+xml');
  expect(errors).toEqual([]);
  const all = (name: string) => Array.from(document.getElementsByTagName(name)) as Element[];
  return { root: document.documentElement!, all };
}

/** The discs: filled paths of full circles (two half arcs each), in the view's transform. */
function discsOf(paths: Element[]) {
  const discs: { fill: string; x: number; y: number }[] = [];
  for (const path of paths) {
    const fill = path.getAttribute('fill');
    const d = path.getAttribute('d') ?? '';
    const transform = /matrix\(([^)]+)\)/.exec(path.getAttribute('transform') ?? '');
    if (!fill || fill === 'none' || !d.includes('A') || !transform) continue;
    const [a, , , , e, f] = transform[1]!.split(' ').map(Number) as number[];
    // M x+r y A r r 0 1 1 x-r y A …: the centre is halfway between the arcs' ends.
    for (const m of d.matchAll(
      /M(-?[\d.]+) (-?[\d.]+)A[\d.]+ [\d.]+ 0 1 1 (-?[\d.]+) (-?[\d.]+)A/g,
    )) {
      const x = (Number(m[1]) + Number(m[3])) / 2;
      const y = (Number(m[2]) + Number(m[4])) / 2;
      discs.push({ fill, x: a! * x + e!, y: a! * y + f! });
    }
  }
  return discs;
}

/** The legend as the page shows it: each key's name and count. */
function legendOnPage(page: Page): Promise<{ name: string; count: string }[]> {
  return page.getByTestId('legend').evaluate((legend) =>
    Array.from(legend.querySelectorAll('.key')).map((key) => ({
      name: key.querySelector('.name')?.textContent ?? '',
      count: key.querySelector('.count')?.textContent ?? '',
    })),
  );
}

/** The names Cytoscape shows, cut as the picture cuts them (an ellipsis at the end). */
function namedOnPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Cy = {
      nodes(selector: string): { map<T>(f: (n: { data(k: string): unknown }) => T): T[] };
    };
    const graph = document.querySelector('[data-testid="graph"]') as { _cyreg?: { cy?: Cy } };
    return graph._cyreg?.cy?.nodes('.named').map((n) => String(n.data('label'))) ?? [];
  });
}

/** The colour of one pixel of a PNG, read by the page's own canvas. */
function pixelOf(page: Page, png: Buffer, x: number, y: number): Promise<number[]> {
  return page.evaluate(
    async ({ data, x, y }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      return [...context.getImageData(Math.round(x), Math.round(y), 1, 1).data];
    },
    { data: png.toString('base64'), x, y },
  );
}

const hex = (colour: string) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));

describe('pictures of the view', () => {
  it('of the illustrative network (drawn by Cytoscape), in French: SVG and PNG at 1×, 2×, 4×', async () => {
    const page = await app.open('?lang=fr');
    const { nodes } = await waitForGraph(page);
    await page
      .getByTestId('analysis-status')
      .and(page.locator('[data-status="done"]'))
      .waitFor({ timeout: 60_000 });

    const svg = await downloaded(page, 'export-svg');
    expect(svg.name).toBe('Réseau ESS illustratif (alliances fictives).svg');
    const { root, all } = parseSvg(svg.bytes);
    const texts = all('text').map((t) => t.textContent ?? '');
    expect(texts[texts.length - 1]).toMatch(/^Alliance Atlas · \d+ décembre 2026$/);
    expect(texts).toContain(await page.getByTestId('dataset-name').textContent());
    expect(texts).toContain(await page.getByTestId('graph-stats').textContent());
    for (const { name, count } of await legendOnPage(page)) {
      expect(texts).toContain(name);
      if (count) expect(texts).toContain(count);
    }
    // The legend's title as the page words it (French spaces its colon).
    expect(await page.getByTestId('legend').locator('h2').textContent()).toMatch(
      /^Couleur\s:\sSecteur$/,
    );
    expect(texts).toContain(await page.getByTestId('legend').locator('h2').textContent());
    const named = await namedOnPage(page);
    expect(named.length).toBeGreaterThan(3);
    for (const name of named) {
      expect(
        texts.some((t) => t === name || (t.endsWith('…') && name.startsWith(t.slice(0, -1)))),
      ).toBe(true);
    }
    const discs = discsOf(all('path'));
    expect(discs).toHaveLength(nodes);

    const width = Number(root.getAttribute('width'));
    const height = Number(root.getAttribute('height'));
    const pngs = new Map<number, Buffer>();
    for (const scale of [1, 2, 4]) {
      const png = await downloaded(page, `export-png-${scale}`);
      expect(png.name).toBe(
        `Réseau ESS illustratif (alliances fictives)${scale > 1 ? `@${scale}x` : ''}.png`,
      );
      expect(pngSize(png.bytes)).toEqual([Math.ceil(width * scale), Math.ceil(height * scale)]);
      pngs.set(scale, png.bytes);
    }
    // A disc's centre, in the PNG at 2×, has the colour the SVG gives it.
    const disc = discs.find((d) => d.fill.startsWith('#') && d.fill !== '#ffffff')!;
    const pixel = await pixelOf(page, pngs.get(2)!, 2 * disc.x, 2 * disc.y);
    for (const [channel, value] of hex(disc.fill).entries()) {
      expect(Math.abs(pixel[channel]! - value)).toBeLessThan(40);
    }
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await page.close();
  });

  it('of a large network (drawn by the layer), in Spanish: every disc, the legend, the 2× PNG', async () => {
    const csv = networkToCsv(generateNetwork({ organizations: 2_500, links: 6_000, seed: 3 }));
    const page = await app.open('?lang=es');
    await waitForGraph(page);
    await page.getByTestId('import-input').setInputFiles([
      { name: 'organizations.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.organizations) },
      { name: 'links.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.links) },
    ]);
    await page
      .getByTestId('graph')
      .and(page.locator('[data-nodes="2500"][data-ready="true"]'))
      .waitFor({ timeout: 60_000 });
    await page
      .getByTestId('network-layer')
      .and(page.locator('[data-ready="true"]'))
      .waitFor({ timeout: 60_000 });

    const svg = await downloaded(page, 'export-svg');
    const { root, all } = parseSvg(svg.bytes);
    const texts = all('text').map((t) => t.textContent ?? '');
    expect(texts).toContain('Color: Sector');
    expect(texts).toContain(await page.getByTestId('legend').locator('h2').textContent());
    for (const { name, count } of await legendOnPage(page)) {
      expect(texts).toContain(name);
      if (count) expect(texts).toContain(count);
    }
    const shownInView = Number(
      await page.getByTestId('network-layer').getAttribute('data-organizations'),
    );
    expect(discsOf(all('path'))).toHaveLength(shownInView);

    const png = await downloaded(page, 'export-png-2');
    expect(pngSize(png.bytes)).toEqual([
      Math.ceil(2 * Number(root.getAttribute('width'))),
      Math.ceil(2 * Number(root.getAttribute('height'))),
    ]);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await page.close();
  });
});
