/**
 * Present: views saved under a title, stepped through by the keyboard alone as a presentation
 * clicker sends it (→, Page Down, space, ←, Page Up), each with its title over the network, in
 * high contrast with the panels hidden; Escape ends it; the views are kept with the workspace.
 * A facilitator's session without the mouse: the guiding questions' story built, an organisation
 * found by its acronym and put in the spotlight with its partners, an alliance captured, kept
 * after a reload and undone. The projector's names are large and whole, its colours at AAA
 * contrast (computed styles and the canvas's pixels), in forced colours and at 150 % zoom too.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, waitForGraph, type AppSession } from './harness';

let app: AppSession;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const graph = (page: Page, attribute: string) =>
  page.getByTestId('graph').getAttribute(`data-${attribute}`);
const title = (page: Page) => page.getByTestId('story-title').textContent();

async function saveView(page: Page, name: string) {
  await page.getByTestId('view-title').fill(name);
  await page.getByTestId('save-view').click();
}

describe('present', () => {
  it('steps through a three-view story by keyboard alone, and keeps the views', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => app.errors.push(`page: ${error.message}`));
    await page.goto(`${app.origin}/?lang=es`);
    await waitForGraph(page);
    await page.getByTestId('area-present').click();
    await saveView(page, 'Toda la red');
    await page.getByTestId('colour-by').selectOption('country');
    await saveView(page, 'Por país');
    await page.getByTestId('layout-select').selectOption('sector');
    await expect.poll(() => graph(page, 'layout')).toBe('sector');
    await saveView(page, 'Por sector');
    expect(await page.getByTestId('saved-views').locator('li').count()).toBe(3);

    await page.getByTestId('present-start').click();
    await page.getByTestId('present-mode').waitFor();
    await expect.poll(() => title(page)).toBe('Toda la red');
    expect(await graph(page, 'theme')).toBe('high-contrast');
    await expect.poll(() => graph(page, 'layout')).toBe('force');
    expect(await graph(page, 'colour-by')).toBe('sector');
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    // The projector's black shows behind the network (the container over it is see-through).
    const background = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await background('.graph-area')).toBe('rgb(0, 0, 0)');
    expect(await background('[data-testid="graph"]')).toBe('rgba(0, 0, 0, 0)');

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => title(page)).toBe('Por país');
    expect(await graph(page, 'colour-by')).toBe('country');
    await page.keyboard.press('PageDown');
    await expect.poll(() => title(page)).toBe('Por sector');
    await expect.poll(() => graph(page, 'layout')).toBe('sector');
    // The last view stays the last.
    await page.keyboard.press(' ');
    expect(await title(page)).toBe('Por sector');
    await page.keyboard.press('PageUp');
    await expect.poll(() => title(page)).toBe('Por país');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => title(page)).toBe('Toda la red');
    // The theme stays the projector's through the story.
    expect(await graph(page, 'theme')).toBe('high-contrast');

    await page.keyboard.press('Escape');
    await page.getByTestId('present-mode').waitFor({ state: 'detached' });
    expect(await graph(page, 'theme')).toBe('default');
    expect(await page.locator('.app-header').isVisible()).toBe(true);

    await page.reload();
    await page.getByTestId('restore-continue').click();
    await page.getByTestId('saved-views').waitFor();
    const titles = await page
      .getByTestId('saved-views')
      .locator('.view-name')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(titles).toEqual(['Toda la red', 'Por país', 'Por sector']);
    expect(app.errors).toEqual([]);
    await context.close();
  });
});

/** Presses a control as the keyboard reaches it: Tab until it has the focus, then Enter. */
async function press(page: Page, testId: string) {
  const focused = () =>
    page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
  for (let presses = 0; (await focused()) !== testId; presses++) {
    if (presses > 300) throw new Error(`Tab never reaches ${testId}`);
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
}

type Cy = {
  zoom(): number;
  width(): number;
  height(): number;
  nodes(selector?: string): {
    map<T>(f: (n: CyNode) => T): T[];
  };
  getElementById(id: string): CyNode;
};
type CyNode = {
  id(): string;
  data(key: string): unknown;
  style(name: string): string;
  numericStyle(name: string): number;
  hasClass(name: string): boolean;
  renderedPosition(): { x: number; y: number };
  renderedWidth(): number;
  renderedBoundingBox(options: object): { x1: number; x2: number; y1: number; y2: number };
};

/** Each organisation named on the graph: its name, size on screen, wrapping and where it is. */
function namesOnScreen(page: Page) {
  return page.evaluate(() => {
    const element = document.querySelector('[data-testid="graph"]') as unknown as {
      _cyreg: { cy: Cy };
    };
    const cy = element._cyreg.cy;
    const box = (element as unknown as HTMLElement).getBoundingClientRect();
    return cy.nodes('.named').map((n) => {
      const b = n.renderedBoundingBox({
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
      });
      return {
        label: String(n.data('label')),
        px: n.numericStyle('font-size') * cy.zoom(),
        wrap: n.style('text-wrap'),
        box: {
          left: box.left + b.x1,
          right: box.left + b.x2,
          top: box.top + b.y1,
          bottom: box.top + b.y2,
        },
      };
    });
  });
}

/** WCAG's contrast ratio of two sRGB colours given as [r, g, b] from 0 to 255. */
function contrast(a: number[], b: number[]): number {
  const luminance = (c: number[]) => {
    const [r, g, bl] = c.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);

describe('a facilitator without the mouse', () => {
  it('builds the guiding story, finds the ILO by its acronym, captures an alliance that a reload keeps and an undo takes back', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => app.errors.push(`page: ${error.message}`));
    await page.goto(`${app.origin}/?lang=es`);
    await waitForGraph(page);
    const organizations = Number(await graph(page, 'nodes'));
    const alliances = Number(await graph(page, 'edges'));
    await expect
      .poll(() => page.getByTestId('analysis-status').getAttribute('data-status'))
      .toBe('done');

    await press(page, 'area-present');
    await press(page, 'guiding-story');
    const titles = await page
      .getByTestId('saved-views')
      .locator('.view-name')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    // A view per question the data answers (the crisis in two periods, the scope in four layers).
    expect(titles.length).toBe(14);
    expect(titles[0]).toBe(
      '¿Cómo han funcionado hasta ahora las alianzas de la ESS? ¿Deberían cambiar?',
    );
    expect(titles).toContain(
      '¿Qué organizaciones clave deberían impulsar la creación de alianzas?',
    );
    expect(titles.filter((t) => t.startsWith('¿Qué pueden aportar los ecosistemas'))).toEqual([
      '¿Qué pueden aportar los ecosistemas de la ESS a nivel internacional, nacional y local? — Local',
      '¿Qué pueden aportar los ecosistemas de la ESS a nivel internacional, nacional y local? — Nacional',
      '¿Qué pueden aportar los ecosistemas de la ESS a nivel internacional, nacional y local? — Regional',
      '¿Qué pueden aportar los ecosistemas de la ESS a nivel internacional, nacional y local? — Internacional',
    ]);

    await press(page, 'present-start');
    await page.getByTestId('present-mode').waitFor();
    await expect.poll(() => title(page)).toBe(titles[0]);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => title(page)).toBe(titles[2]);
    // The government's role: the legend pick of the sector stands out.
    expect(await graph(page, 'size-by')).toBe('betweenness');
    const governmentStandsOut = Number(await graph(page, 'highlighted'));
    expect(governmentStandsOut).toBeGreaterThan(0);
    const cameraBefore = await graph(page, 'camera');

    // A speaker names the ILO by its Spanish acronym.
    await page.keyboard.press('/');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('present-search');
    await page.keyboard.type('OIT');
    await page.getByTestId('present-search-suggestions').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => graph(page, 'selected')).toBe('int-ilo');
    const spotlight = page.getByTestId('spotlight');
    expect(await spotlight.textContent()).toContain('International Labour Organization (ILO)');
    const partners = Number((await spotlight.textContent())!.match(/y (\d+) socios/)![1]);
    expect(partners).toBeGreaterThan(2);
    // It and its partners stand out, the rest fades, and the camera frames them.
    await expect.poll(() => graph(page, 'highlighted')).toBe(String(partners + 1));
    await expect.poll(() => graph(page, 'camera')).not.toBe(cameraBefore);
    // Arrows step to its partners; Enter follows one; Escape is back to the story's view.
    await page.keyboard.press('ArrowDown');
    const partner = await graph(page, 'selected');
    expect(partner).not.toBe('int-ilo');
    expect(await page.getByTestId('spotlight-partner').textContent()).not.toBe('');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => graph(page, 'selected')).toBe('int-ilo');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('spotlight').locator('strong').first().textContent())
      .not.toContain('ILO');
    await page.keyboard.press('Escape');
    await expect.poll(() => spotlight.count()).toBe(0);
    expect(await title(page)).toBe(titles[2]);
    await expect.poll(() => graph(page, 'highlighted')).toBe(String(governmentStandsOut));
    expect(await graph(page, 'selected')).toBe('');
    await page.getByTestId('present-mode').waitFor();

    // A participant mentions an alliance of the ILO with a cooperative not in the data.
    await page.keyboard.press('+');
    const form = page.getByTestId('capture-form');
    await form.waitFor();
    await page.keyboard.type('OIT');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Cooperativa Textil del Sur');
    await page.getByTestId('capture-target-new').waitFor();
    await page.keyboard.press('Tab');
    await page.getByTestId('capture-target-sector').selectOption('cooperative');
    await page.getByTestId('capture-target-city').focus();
    await page.keyboard.type('Oaxaca');
    await page.keyboard.press('Tab');
    await page.keyboard.type('México');
    await page.getByTestId('capture-type').selectOption('research');
    await page.getByTestId('capture-year').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2026');
    await page.keyboard.press('Enter');
    await expect.poll(() => graph(page, 'edges')).toBe(String(alliances + 1));
    expect(await graph(page, 'nodes')).toBe(String(organizations + 1));
    expect(await page.getByTestId('capture-status').textContent()).toContain(
      'Cooperativa Textil del Sur',
    );
    const listed = await page.getByTestId('capture-list').locator('li').allTextContents();
    expect(listed).toHaveLength(2);
    expect(listed[1]).toContain(
      'International Labour Organization (ILO) — Cooperativa Textil del Sur',
    );
    // The form is empty again, the cursor in its first field, for the next one.
    expect(await page.getByTestId('capture-source').inputValue()).toBe('');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('capture-source');
    // Back to the two CSV files, the capture in them.
    const files = new Map<string, string>();
    page.on('download', (download) => {
      void download.path().then((path) => files.set(download.suggestedFilename(), path));
    });
    await press(page, 'capture-export');
    await expect.poll(() => files.size).toBe(2);
    const { readFileSync } = await import('node:fs');
    const links = readFileSync([...files].find(([name]) => name.endsWith('links.csv'))![1], 'utf8');
    const organizationsFile = readFileSync(
      [...files].find(([name]) => name.endsWith('organizations.csv'))![1],
      'utf8',
    );
    expect(organizationsFile).toContain('Cooperativa Textil del Sur');
    expect(
      links
        .split('\n')
        .some(
          (row) => row.startsWith('int-ilo,') && row.includes('research') && row.includes('2026'),
        ),
    ).toBe(true);

    // The tab closed at once and opened again: nothing typed is lost.
    const stored = await context.newPage();
    await page.close({ runBeforeUnload: false });
    await stored.goto(`${app.origin}/?lang=es`);
    await stored.getByTestId('restore-continue').click();
    await expect.poll(() => graph(stored, 'edges')).toBe(String(alliances + 1));
    expect(await graph(stored, 'nodes')).toBe(String(organizations + 1));
    await stored.getByTestId('area-present').click();
    await expect.poll(() => stored.getByTestId('saved-views').locator('li').count()).toBe(14);
    // And one undo takes back the alliance with the organisation it brought.
    await stored.keyboard.press('Control+z');
    await expect.poll(() => graph(stored, 'edges')).toBe(String(alliances));
    expect(await graph(stored, 'nodes')).toBe(String(organizations));
    expect(app.errors).toEqual([]);
    await context.close();
  });
});

describe('the projector', () => {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    it(`names organisations at 24 px or more, never cut short, at AAA contrast (${viewport.width}×${viewport.height})`, async () => {
      const context = await app.browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${app.origin}/?lang=fr`);
      await waitForGraph(page);
      await page.getByTestId('area-present').click();
      await saveView(page, 'Tout le réseau');
      await page.getByTestId('present-start').click();
      await page.getByTestId('present-mode').waitFor();
      await expect.poll(async () => (await namesOnScreen(page)).length).toBeGreaterThan(3);
      await page.waitForTimeout(500);
      const names = await namesOnScreen(page);
      const dataset = await page.evaluate(() =>
        Array.from(document.querySelectorAll('[data-graph-overlay]')).map((e) => {
          const r = e.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        }),
      );
      const overlaps = (
        a: { left: number; right: number; top: number; bottom: number },
        b: typeof a,
      ) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      for (const name of names) {
        expect(name.px, name.label).toBeGreaterThanOrEqual(24);
        // Whole: wrapped onto lines, never ended with "…", inside the window, under no panel.
        expect(name.wrap, name.label).toBe('wrap');
        expect(name.box.left, name.label).toBeGreaterThanOrEqual(0);
        expect(name.box.top, name.label).toBeGreaterThanOrEqual(0);
        expect(name.box.right, name.label).toBeLessThanOrEqual(viewport.width);
        expect(name.box.bottom, name.label).toBeLessThanOrEqual(viewport.height);
        for (const panel of dataset) expect(overlaps(name.box, panel), name.label).toBe(false);
      }

      // Text against what is behind it, from computed styles: AAA (7:1) or better.
      const pairs = await page.evaluate(() => {
        const colourOf = (e: Element) => getComputedStyle(e).color;
        const backgroundOf = (e: Element | null): string => {
          for (let at = e; at; at = at.parentElement) {
            const bg = getComputedStyle(at).backgroundColor;
            if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
          }
          return 'rgb(255, 255, 255)';
        };
        const texts = [
          '.story-title',
          '.story-position',
          '.legend .name',
          '.legend .count',
          '.legend h2',
          '.scope-switch button',
        ];
        return texts.flatMap((selector) =>
          Array.from(document.querySelectorAll(selector)).map((e) => ({
            selector,
            colour: colourOf(e),
            background: backgroundOf(e),
          })),
        );
      });
      expect(pairs.length).toBeGreaterThan(5);
      for (const pair of pairs) {
        // A background seen through (the bar's black at 85 % over the projector's black) is black.
        expect(
          contrast(rgb(pair.colour), rgb(pair.background)),
          pair.selector,
        ).toBeGreaterThanOrEqual(7);
      }

      // From the canvas's pixels: each organisation standing out, and the names, against black.
      const discs = await page.evaluate(() => {
        const element = document.querySelector('[data-testid="graph"]') as unknown as {
          _cyreg: { cy: Cy };
        };
        const cy = element._cyreg.cy;
        const box = (element as unknown as HTMLElement).getBoundingClientRect();
        return cy
          .nodes()
          .map((n) => ({
            ...n.renderedPosition(),
            r: n.renderedWidth() / 2,
            named: n.hasClass('named'),
          }))
          .filter(
            (d) =>
              d.r >= 6 && d.x > 20 && d.y > 200 && d.x < cy.width() - 400 && d.y < cy.height() - 80,
          )
          .map((d) => ({
            x: Math.round(box.left + d.x),
            y: Math.round(box.top + d.y),
            named: d.named,
          }));
      });
      const png = await page.screenshot();
      const pixels = await page.evaluate(
        async ({ data, points }) => {
          const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
          const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          const canvas = new OffscreenCanvas(image.width, image.height);
          const context = canvas.getContext('2d')!;
          context.drawImage(image, 0, 0);
          const at = (x: number, y: number) =>
            Array.from(context.getImageData(x, y, 1, 1).data).slice(0, 3);
          return { discs: points.map((p) => at(p.x, p.y)), corner: at(5, image.height - 5) };
        },
        { data: png.toString('base64'), points: discs },
      );
      expect(pixels.corner).toEqual([0, 0, 0]);
      // A disc's centre may lie under a line or another disc: most, not all, show their colour.
      const clear = pixels.discs.filter((c) => contrast(c, [0, 0, 0]) >= 7);
      expect(clear.length / pixels.discs.length).toBeGreaterThan(0.8);
      // The names: their brightest pixel is the theme's white.
      const named = await namesOnScreen(page);
      const brightest = await page.evaluate(
        async ({ data, boxes }) => {
          const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
          const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          const canvas = new OffscreenCanvas(image.width, image.height);
          const context = canvas.getContext('2d')!;
          context.drawImage(image, 0, 0);
          return boxes.map((b) => {
            const { data: d } = context.getImageData(
              b.left,
              b.top,
              Math.max(1, b.right - b.left),
              Math.max(1, b.bottom - b.top),
            );
            let best = [0, 0, 0];
            for (let i = 0; i < d.length; i += 4)
              if (d[i]! + d[i + 1]! + d[i + 2]! > best[0]! + best[1]! + best[2]!)
                best = [d[i]!, d[i + 1]!, d[i + 2]!];
            return best;
          });
        },
        { data: png.toString('base64'), boxes: named.map((n) => n.box) },
      );
      for (const colour of brightest) expect(contrast(colour, [0, 0, 0])).toBeGreaterThanOrEqual(7);
      await context.close();
    });
  }

  it('keeps the legend whole and its keys coloured at 150 % zoom in forced colours', async () => {
    // 150 % of a 1920 × 1080 screen: a 1280 × 720 window of CSS pixels, each 1.5 device pixels.
    const context = await app.browser.newContext({
      viewport: { width: 1280, height: 720 },
      deviceScaleFactor: 1.5,
    });
    const page = await context.newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${app.origin}/?lang=es`);
    await waitForGraph(page);
    await page.getByTestId('area-present').click();
    await saveView(page, 'Toda la red');
    await page.getByTestId('present-start').click();
    await page.getByTestId('present-mode').waitFor();
    const legend = page.locator('.legend');
    const box = (await legend.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    // What does not fit scrolls: every key can be reached.
    const fits = await legend.evaluate(
      (e) => e.scrollHeight <= e.clientHeight || getComputedStyle(e).overflowY === 'auto',
    );
    expect(fits).toBe(true);
    // The keys keep their colours (forced colours would paint them the page's background).
    const swatches = await legend
      .locator('.groups .swatch')
      .evaluateAll((es) =>
        es.map((e) => [getComputedStyle(e).backgroundColor, (e as HTMLElement).style.background]),
      );
    expect(swatches.length).toBeGreaterThan(5);
    for (const [computed, own] of swatches) {
      expect(computed).not.toBe('rgba(0, 0, 0, 0)');
      expect(rgb(computed!)).toEqual(rgb(own!));
    }
    // And the network keeps the projector's black behind it.
    expect(
      await page.locator('.graph-area').evaluate((e) => getComputedStyle(e).backgroundColor),
    ).toBe('rgb(0, 0, 0)');
    await context.close();
  });
});
