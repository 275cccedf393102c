/**
 * Code loaded on demand that cannot be loaded (offline after the first visit, a redeploy): the
 * world map and the placement of the geographic layout, ForceAtlas2 (its worker and the copy
 * that runs on the page), the analysis (its workers, or the suite loaded on the page where
 * workers are missing). Each time the page says so in the reader's language, keeps the view it
 * had, leaves no progress running and throws nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateNetwork, networkToCsv } from '../../datasets/generator/network';
import { illustrativeCounts } from './expected';
import { startApp, waitForGraph, type AppSession, type OpenOptions } from './harness';

let app: AppSession;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/**
 * Every request for a file of the build whose name starts so fails, as offline on a first visit
 * or after a redeploy. Without the app's service worker, which would serve them from its cache
 * (offlineApp.test.ts): a worker's script even to a page it does not control.
 */
function offline(...chunks: string[]): OpenOptions {
  return { serviceWorkers: 'block', prepare: (page) => failing(page, chunks) };
}

async function failing(page: Page, chunks: string[]) {
  for (const chunk of chunks) await page.route(`**/assets/${chunk}-*.js`, (r) => r.abort());
}

/** What the page logged, but the failed requests themselves (the browser logs each). */
function unexpectedErrors(): string[] {
  return app.errors.filter((error) => !/Failed to load resource/.test(error));
}

/** Where Cytoscape has these organisations (through the registry it keeps on its container). */
function positions(page: Page, ids: string[]): Promise<{ x: number; y: number }[]> {
  return page.evaluate((wanted) => {
    type Cy = { getElementById(id: string): { position(): { x: number; y: number } } };
    const graph = document.querySelector('[data-testid="graph"]') as { _cyreg?: { cy?: Cy } };
    const cy = graph?._cyreg?.cy;
    return wanted.map((id) => ({
      ...(cy?.getElementById(`o:${id}`).position() ?? { x: 0, y: 0 }),
    }));
  }, ids);
}

async function watched(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

const graph = (page: Page) => page.getByTestId('graph');
const notice = (page: Page, key: string) =>
  page.locator(`[data-testid="notice"][data-notice="${key}"]`);

describe('the geographic layout without its code', () => {
  it('goes on without the world map, and says so (en)', async () => {
    const page = await app.open('?lang=en', offline('countries-110m'));
    await watched(page);
    await waitForGraph(page);
    await page.getByTestId('layout-select').selectOption('geographic');
    await graph(page).and(page.locator('[data-layout="geographic"][data-ready="true"]')).waitFor();
    await page.getByTestId('world-outline').and(page.locator('[data-ready="failed"]')).waitFor();
    expect(await notice(page, 'worldOutline').innerText()).toMatch(
      /The world map could not be loaded .*; the organisations are placed without it\./,
    );
    expect(await graph(page).getAttribute('data-nodes')).toBe(
      String(illustrativeCounts().organizations),
    );
    // Dismissed, it is gone.
    await notice(page, 'worldOutline').getByRole('button').click();
    expect(await page.getByTestId('notice').count()).toBe(0);
    await page.close();
  });

  it('goes on without the map’s component, and says so (es)', async () => {
    const page = await app.open('?lang=es', offline('WorldOutline'));
    await waitForGraph(page);
    await page.getByTestId('layout-select').selectOption('geographic');
    await graph(page).and(page.locator('[data-layout="geographic"][data-ready="true"]')).waitFor();
    await notice(page, 'worldOutline').waitFor();
    expect(await notice(page, 'worldOutline').innerText()).toMatch(
      /No se pudo cargar el mapa del mundo/,
    );
    expect(await page.getByTestId('world-outline').count()).toBe(0);
    expect(await page.getByTestId('legend').isVisible()).toBe(true);
    await page.close();
  });

  it('keeps the previous layout where the placement cannot be loaded, and says so (fr)', async () => {
    const page = await app.open('?lang=fr', offline('geoPlacement'));
    await waitForGraph(page);
    await page.getByTestId('layout-select').selectOption('sector');
    await graph(page).and(page.locator('[data-layout="sector"][data-ready="true"]')).waitFor();
    const ids = ['mx-dgess', 'mx-cuidados'];
    const before = await positions(page, ids);
    await page.getByTestId('layout-select').selectOption('geographic');
    await notice(page, 'geographic').waitFor();
    expect(await notice(page, 'geographic').innerText()).toMatch(
      /La disposition géographique n’a pas pu être chargée .*la disposition précédente est conservée\./,
    );
    // One notice: the map is moot without the layout.
    expect(await page.getByTestId('notice').count()).toBe(1);
    await graph(page).and(page.locator('[data-layout="sector"][data-ready="true"]')).waitFor();
    expect(await page.getByTestId('layout-select').inputValue()).toBe('sector');
    expect(await positions(page, ids)).toEqual(before);
    expect(await page.getByTestId('group-captions').innerText()).toMatch(/Syndicat · \d+/);
    await page.close();
  });
});

describe('ForceAtlas2 without its code', () => {
  it('leaves a large network in its first placement, and says so (en)', async () => {
    const network = networkToCsv(generateNetwork({ organizations: 2_100, links: 6_000, seed: 5 }));
    const page = await app.open('?lang=en', offline('layout.worker', 'forceAtlas2'));
    await waitForGraph(page);
    await page.getByTestId('import-input').setInputFiles([
      {
        name: 'organizations.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(network.organizations),
      },
      { name: 'links.csv', mimeType: 'text/csv', buffer: Buffer.from(network.links) },
    ]);
    await graph(page)
      .and(page.locator('[data-nodes="2100"][data-ready="true"]'))
      .waitFor({ timeout: 60_000 });
    await graph(page)
      .and(page.locator('[data-force-layout="failed"]'))
      .waitFor({ timeout: 60_000 });
    expect(await notice(page, 'forceLayout').innerText()).toMatch(
      /The layout could not be refined: its code could not be loaded/,
    );
    await expect
      .poll(() => page.getByTestId('graph-stats').innerText())
      .toMatch(/^2,100 organisations/);
    // The network's other views still work.
    await page.getByTestId('layout-select').selectOption('sector');
    await graph(page)
      .and(page.locator('[data-layout="sector"][data-ready="true"]'))
      .waitFor({ timeout: 60_000 });
    await page.close();
  }, 120_000);
});

describe('the analysis without its code', () => {
  it('computes the measures on the page when its workers cannot start (en)', async () => {
    const page = await app.open('?lang=en', offline('analysis.worker'));
    await waitForGraph(page);
    await page
      .getByTestId('analysis-status')
      .and(page.locator('[data-status="done"]'))
      .waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('analysis-progress').count()).toBe(0);
    await page.close();
  }, 90_000);

  it('says the measures could not be computed when neither its workers nor the page can load them (es)', async () => {
    const page = await app.open('?lang=es', offline('analysis.worker', 'analyzeDataset'));
    await waitForGraph(page);
    const status = page.getByTestId('analysis-status');
    await status.and(page.locator('[data-status="unavailable"]')).waitFor({ timeout: 30_000 });
    expect(await status.innerText()).toMatch(/No se pudieron calcular las métricas/);
    expect(await page.getByTestId('analysis-progress').count()).toBe(0);
    expect(await waitForGraph(page)).toEqual({
      nodes: illustrativeCounts().organizations,
      edges: illustrativeCounts().links,
    });
    await page.close();
  });

  it('says so too where workers are missing and the suite cannot be loaded (fr)', async () => {
    const page = await app.open('?lang=fr', {
      serviceWorkers: 'block',
      prepare: async (p) => {
        await p.addInitScript(() => {
          // A browser without Web Workers: everything runs on the page.
          Reflect.deleteProperty(globalThis, 'Worker');
        });
        await failing(p, ['analyzeDataset']);
      },
    });
    await waitForGraph(page);
    const status = page.getByTestId('analysis-status');
    await status.and(page.locator('[data-status="unavailable"]')).waitFor({ timeout: 30_000 });
    expect(await status.innerText()).toMatch(/Les mesures n’ont pas pu être calculées/);
    expect(await page.getByTestId('analysis-progress').count()).toBe(0);
    await page.close();
  });
});

describe('trust', () => {
  it('threw nothing and logged no error but the failed requests; asked no other host', () => {
    expect(unexpectedErrors()).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
