/**
 * A 50 MB links file (a million rows): read by the import worker with a progress bar and a
 * cancel that works, while the page keeps answering; every row arrives. How long it takes, the
 * longest main-thread task and the peak memory are measured by `npm run bench`, not here.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, waitForGraph, type AppSession } from './harness';
import { writeLargeImport, type LargeImportFiles } from './largeFiles';

const ORGANIZATIONS = 20_000;
const LINKS = 1_000_000;

let app: AppSession;
let files: LargeImportFiles;

beforeAll(async () => {
  files = writeLargeImport(ORGANIZATIONS, LINKS, 9);
  app = await startApp();
}, 180_000);
afterAll(async () => {
  await app?.close();
  if (files) rmSync(files.dir, { recursive: true, force: true });
});

async function progressValue(page: import('playwright-core').Page): Promise<number> {
  const bar = page.getByTestId('import-progress').locator('progress');
  if ((await bar.count()) === 0) return NaN;
  return Number(await bar.getAttribute('value'));
}

describe('a 50 MB links file', () => {
  it('is about 50 MB', () => {
    expect(files.bytes).toBeGreaterThan(45e6);
  });

  it('shows how far the import has gone, and a cancel keeps the network on screen', async () => {
    const page = await app.open('?lang=en');
    const before = await waitForGraph(page);
    const stats = await page.getByTestId('graph-stats').innerText();
    await page.getByTestId('import-input').setInputFiles([files.organizations, files.links]);
    await expect.poll(() => progressValue(page), { timeout: 60_000 }).toBeGreaterThan(0.05);
    await page.getByTestId('import-progress').getByRole('button').click();
    await page.getByText('Import cancelled').waitFor();
    expect(await page.getByTestId('import-progress').count()).toBe(0);
    expect(await waitForGraph(page)).toEqual(before);
    expect(await page.getByTestId('graph-stats').innerText()).toBe(stats);
    await page.close();
  }, 120_000);

  it('reads every row in the worker while the page keeps answering', async () => {
    const page = await app.open('?lang=en');
    await waitForGraph(page);
    const box = () => page.getByTestId('graph').boundingBox();
    const before = await box();
    await page.getByTestId('import-input').setInputFiles([files.organizations, files.links]);
    await page.getByTestId('import-progress').waitFor();
    // The progress bar takes no room from the network: redrawing it would block the page.
    expect(await box()).toEqual(before);
    // While the worker parses, the page answers and the bar moves forward.
    const seen: number[] = [];
    for (let i = 0; i < 200; i++) {
      const value = await progressValue(page);
      if (value >= 0.9 || (Number.isNaN(value) && seen.length > 0)) break;
      if (!Number.isNaN(value) && value !== seen.at(-1)) seen.push(value);
      await page.waitForTimeout(100);
    }
    expect(seen.length).toBeGreaterThan(5);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    await page
      .getByTestId('graph-stats')
      .filter({ hasText: `${ORGANIZATIONS.toLocaleString('en')} organisations` })
      .filter({ hasText: `${LINKS.toLocaleString('en')} alliances` })
      .waitFor({ timeout: 300_000 });
    await page.close();
  }, 420_000);

  it('logged no console error and asked no other host for anything', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
