/**
 * Once loaded, the built app works with no network at all: its service worker (vite.config.ts)
 * has cached every file of the build, and with the server stopped and the browser offline the
 * page reloads onto the illustrative network, imports a CSV pair, draws every layout with the
 * world outline and exports a workbook. A new version is announced and waits for the reader.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { illustrativeCounts } from './expected';
import { startApp, waitForGraph, type AppSession } from './harness';

let app: AppSession;
/** The server on the app's origin, while one runs: the harness's, then this file's own. */
let server: PreviewServer | null = null;
let nextBuild: string | null = null;
beforeAll(async () => {
  app = await startApp();
  server = app.server;
});
afterAll(async () => {
  await app?.browser.close();
  await stopServer();
  if (nextBuild) rmSync(nextBuild, { recursive: true, force: true });
});

async function stopServer() {
  await server?.close();
  server = null;
}

/** Serves a build on the app's origin, in place of what served it (a redeploy). */
async function serve(outDir: string) {
  await stopServer();
  server = await preview({
    logLevel: 'silent',
    build: { outDir },
    preview: { port: Number(new URL(app.origin).port), strictPort: true, host: '127.0.0.1' },
  });
}

/** Waits until the service worker is active (every file cached); whether it controls the page. */
function serviceWorkerReady(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

/** The paths of the build the service worker's caches hold, without workbox's revision. */
function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths = new Set<string>();
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        paths.add(new URL(request.url).pathname.slice(1));
      }
    }
    return [...paths].sort();
  });
}

/** Every file written to dist/ but the service worker's own scripts. */
function builtFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative('dist', path).split('\\').join('/'));
    }
  };
  walk('dist');
  return files.filter((file) => file !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(file)).sort();
}

/** The script of a service worker waiting to take over, if one is. */
function waitingScript(page: Page): Promise<string | null> {
  return page.evaluate(
    async () => (await navigator.serviceWorker.getRegistration())?.waiting?.scriptURL ?? null,
  );
}

const graph = (page: Page) => page.getByTestId('graph');

async function chooseLayout(page: Page, layout: string) {
  await page.getByTestId('layout-select').selectOption(layout);
  await graph(page)
    .and(page.locator(`[data-layout="${layout}"][data-ready="true"]`))
    .waitFor({ timeout: 30_000 });
}

describe('the built app with no network', () => {
  it('caches every file of the build, then reloads, imports, lays out and exports offline (en)', async () => {
    const page = await app.open('?lang=en');
    await waitForGraph(page);
    // The first visit is not taken over: the service worker serves the next load.
    expect(await serviceWorkerReady(page)).toBe(false);
    await page.getByTestId('offline-ready').waitFor();
    expect(await page.getByTestId('offline-ready').innerText()).toBe('Ready to work offline');
    expect(await cachedPaths(page)).toEqual(builtFiles());

    // No network at all: the server is gone and the browser is offline.
    await stopServer();
    await page.context().setOffline(true);
    await page.reload();
    expect(await waitForGraph(page)).toEqual({
      nodes: illustrativeCounts().organizations,
      edges: illustrativeCounts().links,
    });
    expect(await serviceWorkerReady(page)).toBe(true);
    // Nothing but the cache answers: a file that is not in the build cannot be had (the browser
    // logs the failed request, and only it).
    const logged = app.errors.length;
    expect(
      await page.evaluate(() =>
        fetch('/not-in-the-build.txt').then(
          () => 'answered',
          () => 'failed',
        ),
      ),
    ).toBe('failed');
    await expect.poll(() => app.errors.length).toBe(logged + 1);
    expect(app.errors.splice(logged)).toEqual([
      'console: Failed to load resource: net::ERR_INTERNET_DISCONNECTED',
    ]);

    // The import worker, and the analysis workers after it.
    await page.getByTestId('import-input').setInputFiles([
      {
        name: 'organizations.csv',
        mimeType: 'text/csv',
        buffer: readFileSync('datasets/tiny/organizations.csv'),
      },
      { name: 'links.csv', mimeType: 'text/csv', buffer: readFileSync('datasets/tiny/links.csv') },
    ]);
    await graph(page).and(page.locator('[data-nodes="10"][data-ready="true"]')).waitFor();
    expect(await page.getByTestId('graph-stats').innerText()).toContain(
      '10 organisations · 14 alliances',
    );
    await page
      .getByTestId('analysis-status')
      .and(page.locator('[data-status="done"]'))
      .waitFor({ timeout: 60_000 });

    // Every layout; the geographic one over the world outline, loaded only now.
    for (const layout of ['sector', 'concentric', 'geographic']) await chooseLayout(page, layout);
    await page.getByTestId('world-outline').and(page.locator('[data-ready="true"]')).waitFor();
    expect((await page.locator('.world-outline-land').getAttribute('d'))?.length).toBeGreaterThan(
      1_000,
    );
    await chooseLayout(page, 'force');

    // An export: the export worker and the workbook's code, loaded on demand.
    const download = page.waitForEvent('download');
    await page.getByTestId('export-menu').click();
    await page.getByTestId('export-xlsx').click();
    const file = await (await download).path();
    const book = XLSX.read(readFileSync(file), { type: 'buffer' });
    expect(XLSX.utils.sheet_to_json(book.Sheets['Elements']!).length).toBe(10);
    expect(XLSX.utils.sheet_to_json(book.Sheets['Connections']!).length).toBe(14);

    expect(await page.getByTestId('notice').count()).toBe(0);
    await page.close();
  }, 120_000);
});

describe('a new version', () => {
  it('is announced and waits until the reader reloads into it (fr)', async () => {
    await serve(resolve('dist'));
    const page = await app.open('?lang=fr');
    await waitForGraph(page);
    await serviceWorkerReady(page);
    await page.reload();
    await waitForGraph(page);
    expect(await serviceWorkerReady(page)).toBe(true);
    await page.evaluate(() => Object.assign(window, { sameSession: true }));

    // The next build is served: its service worker differs from the one running.
    nextBuild = mkdtempSync(join(tmpdir(), 'atlas-next-'));
    cpSync('dist', nextBuild, { recursive: true });
    appendFileSync(join(nextBuild, 'sw.js'), '\n// the next build\n');
    await serve(nextBuild);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const notice = page.getByTestId('app-update');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/Une nouvelle version est prête — rechargez quand/);
    // Announced, not applied: the same page, under the same service worker, still working.
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => 'sameSession' in window)).toBe(true);
    expect(await waitingScript(page)).not.toBeNull();
    await chooseLayout(page, 'sector');

    // Later: the notice goes, the new version keeps waiting, and is said again on the next load.
    await notice.getByRole('button', { name: 'Plus tard' }).click();
    expect(await notice.count()).toBe(0);
    expect(await waitingScript(page)).not.toBeNull();
    await page.reload();
    await waitForGraph(page);
    await notice.waitFor();

    // Reload: the new version takes over and the page reloads into it.
    await page.evaluate(() => Object.assign(window, { sameSession: true }));
    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Recharger' }).click();
    await reloaded;
    await waitForGraph(page);
    expect(await page.evaluate(() => 'sameSession' in window)).toBe(false);
    expect(await waitingScript(page)).toBeNull();
    expect(await serviceWorkerReady(page)).toBe(true);
    expect(await notice.count()).toBe(0);
    await page.close();
  }, 120_000);
});

describe('trust', () => {
  it('threw nothing, logged no error and asked no other host', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
