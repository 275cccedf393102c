/**
 * The work kept between visits: an imported network and its view come back after a reload and
 * after the tab is closed (continue where you left off), start fresh keeps the old work in the
 * workspace menu, two workspaces stay apart, and storage that is full or missing is said in a
 * sentence while the app goes on.
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

const ORGANIZATIONS = [
  'id,name,sector,country',
  'a,Cooperativa Alfa,cooperative,MX',
  'b,Banco Beta,solidarity_finance,MX',
  'c,Colectivo Gamma,movement,AR',
  'd,Red Delta,network,CO',
].join('\n');
const LINKS = ['source,target,type', 'a,b,funding', 'b,c,partnership', 'c,d,network'].join('\n');
const OTHER = ['source,target', 'x,y', 'y,z'].join('\n');

async function importPair(page: Page, organizations = ORGANIZATIONS, links = LINKS) {
  await page.getByTestId('import-input').setInputFiles([
    { name: 'orgs.csv', mimeType: 'text/csv', buffer: Buffer.from(organizations) },
    { name: 'links.csv', mimeType: 'text/csv', buffer: Buffer.from(links) },
  ]);
}

const nodes = (page: Page) => page.getByTestId('graph').getAttribute('data-nodes');
const datasetName = (page: Page) => page.getByTestId('dataset-name').textContent();

/** The saves of the workspace are written a moment after each change. */
async function saved(page: Page) {
  await page.waitForTimeout(600);
}

async function workspaceNames(page: Page): Promise<string[]> {
  await page.getByTestId('workspace-menu').click();
  const names = await page
    .getByTestId('workspace-switch')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-workspace') ?? ''));
  await page.keyboard.press('Escape');
  return names;
}

describe('workspaces', () => {
  it('brings an imported network, the files added to it and its view back after a reload and after the tab is closed', async () => {
    // A browser profile of its own, so that a tab can be closed and another opened in it.
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => app.errors.push(`page: ${error.message}`));
    await page.goto(`${app.origin}/?lang=es`);
    await waitForGraph(page);
    await expect.poll(() => workspaceNames(page)).toEqual(['Espacio de trabajo 1']);
    await importPair(page);
    await expect.poll(() => nodes(page)).toBe('4');
    // Files added to it are kept too, and added again in the same order.
    await page.getByTestId('append-input').setInputFiles([
      {
        name: 'more-orgs.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('id,name,sector\ne,Empresa Épsilon,social_enterprise'),
      },
      { name: 'more-links.csv', mimeType: 'text/csv', buffer: Buffer.from('source,target\nd,e') },
    ]);
    await expect.poll(() => nodes(page)).toBe('5');
    await page.getByTestId('layout-select').selectOption('sector');
    await page.getByTestId('colour-by').selectOption('country');
    await saved(page);

    await page.reload();
    const offer = page.getByTestId('restore-continue');
    await offer.waitFor();
    expect(await page.locator('.restore-choice').textContent()).toContain('orgs.csv + links.csv');
    // Nothing is lost while the reader decides: the illustrative network is behind the offer.
    await waitForGraph(page);
    await offer.click();
    await expect.poll(() => nodes(page)).toBe('5');
    expect(await page.getByTestId('graph').getAttribute('data-edges')).toBe('4');
    await expect.poll(() => datasetName(page)).toBe('orgs.csv + links.csv');
    await expect.poll(() => page.getByTestId('layout-select').inputValue()).toBe('sector');
    expect(await page.getByTestId('colour-by').inputValue()).toBe('country');

    // The tab closed (a new one in the same browser profile, the old one gone).
    const url = page.url();
    const reopened = await context.newPage();
    await page.close();
    await reopened.goto(url);
    await reopened.getByTestId('restore-continue').click();
    await expect.poll(() => nodes(reopened)).toBe('5');
    expect(await reopened.getByTestId('colour-by').inputValue()).toBe('country');
    expect(app.errors).toEqual([]);
    await context.close();
  });

  it('starts fresh without losing the work, and keeps two workspaces apart', async () => {
    const page = await app.open('?lang=en');
    await waitForGraph(page);
    await importPair(page);
    await expect.poll(() => nodes(page)).toBe('4');
    await saved(page);
    await page.reload();
    await page.getByTestId('restore-fresh').click();
    await expect.poll(() => datasetName(page)).toMatch(/^Illustrative/);
    await expect.poll(() => workspaceNames(page)).toEqual(['Workspace 1', 'Workspace 2']);

    // The second workspace gets a network of its own.
    await importPair(page, 'id,name\nx,Equis\ny,Ye\nz,Zeta', OTHER);
    await expect.poll(() => nodes(page)).toBe('3');
    await saved(page);
    await page.getByTestId('workspace-menu').click();
    await page.locator('[data-testid="workspace-switch"][data-workspace="Workspace 1"]').click();
    await expect.poll(() => nodes(page)).toBe('4');
    await page.getByTestId('workspace-menu').click();
    await page.locator('[data-testid="workspace-switch"][data-workspace="Workspace 2"]').click();
    await expect.poll(() => nodes(page)).toBe('3');

    // Renamed, duplicated, and the copy deleted (asked first).
    await page.getByTestId('workspace-menu').click();
    await page.getByTestId('workspace-rename').nth(1).click();
    await page.getByTestId('workspace-name').fill('Forum <b>2026</b>');
    await page.keyboard.press('Enter');
    await page.getByTestId('workspace-duplicate').nth(1).click();
    await page.keyboard.press('Escape');
    await expect
      .poll(() => workspaceNames(page))
      .toEqual(['Workspace 1', 'Forum <b>2026</b>', 'Forum <b>2026</b> (copy)']);
    await page.getByTestId('workspace-menu').click();
    await page.getByTestId('workspace-delete').nth(2).click();
    await page.getByTestId('workspace-confirm-delete').click();
    await page.keyboard.press('Escape');
    await expect.poll(() => workspaceNames(page)).toEqual(['Workspace 1', 'Forum <b>2026</b>']);
    expect(await page.locator('b').count()).toBe(0);

    // Back on the first after a reload? The one in use is offered: the renamed second.
    await saved(page);
    await page.reload();
    await page.getByTestId('restore-continue').click();
    await expect.poll(() => nodes(page)).toBe('3');
    expect(app.errors).toEqual([]);
    await page.close();
  });

  it('says so when the storage is full, and goes on with the network on screen', async () => {
    const page = await app.open('?lang=fr', {
      prepare: async (p) => {
        await p.addInitScript(() => {
          const put = IDBObjectStore.prototype.put;
          let writes = 0;
          IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
            // The first workspace is written; the files of the import find the storage full.
            writes++;
            if (writes > 3)
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            return put.apply(this, args);
          };
        });
      },
    });
    await waitForGraph(page);
    await importPair(page);
    await expect.poll(() => nodes(page)).toBe('4');
    const notice = page.locator('[data-testid="notice"][data-notice="storageFull"]');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/plein/);
    await page.close();
  });

  it('says so when the browser keeps nothing (a private window), and opens as usual', async () => {
    const page = await app.open('?lang=en', {
      prepare: async (p) => {
        await p.addInitScript(() => {
          Object.defineProperty(window, 'indexedDB', { value: undefined });
        });
      },
    });
    const { nodes: count } = await waitForGraph(page);
    expect(count).toBeGreaterThan(150);
    const notice = page.locator('[data-testid="notice"][data-notice="storageUnavailable"]');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/private window/);
    await page.close();
  });

  it('says so when the database never answers (blocked by another tab), and opens as usual', async () => {
    const page = await app.open('?lang=es', {
      prepare: async (p) => {
        await p.addInitScript(() => {
          // A request that never succeeds nor fails, as while another tab holds an upgrade.
          IDBFactory.prototype.open = function () {
            const pending = { result: undefined, error: null, readyState: 'pending' };
            return pending as unknown as IDBOpenDBRequest;
          };
        });
      },
    });
    const { nodes: count } = await waitForGraph(page);
    expect(count).toBeGreaterThan(150);
    const notice = page.locator('[data-testid="notice"][data-notice="storageBlocked"]');
    // Taken for blocked after ten seconds without an answer.
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toMatch(/pestaña|bloque/i);
    expect(await page.getByTestId('restore-continue').count()).toBe(0);
    await page.close();
  });
});
