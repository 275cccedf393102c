import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { generateNetwork, networkToCsv } from '../../datasets/generator/network';
import { runMetricSuite } from '../../src/core/metrics/suite';
import { buildAnalysisInput } from '../../src/core/metrics/input';
import { importDataset } from '../../src/core/model/importDataset';
import { startApp, waitForGraph, type AppSession } from './harness';

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('the analysis in workers', () => {
  it('reports what one thread computes for the illustrative network', async () => {
    const dataset = importDataset([
      { name: 'organizations.csv', bytes: readFileSync('datasets/illustrative/organizations.csv') },
      { name: 'links.csv', bytes: readFileSync('datasets/illustrative/links.csv') },
    ]);
    const suite = runMetricSuite(buildAnalysisInput(dataset), { seed: 1 });
    const page = await app.open('?lang=en');
    await waitForGraph(page);
    const status = page.getByTestId('analysis-status');
    await status.and(page.locator('[data-status="done"]')).waitFor({ timeout: 30_000 });
    const text = await status.innerText();
    expect(text).toContain(`${suite.summary.communities} communities`);
    expect(text).toContain(`modularity ${Number(suite.summary.modularity!.toFixed(3))}`);
    await page.close();
  });

  it('shows progress on a 5,000/25,000 network, keeps the page responsive, and can be cancelled', async () => {
    const csv = networkToCsv(generateNetwork({ organizations: 5_000, links: 25_000, seed: 5 }));
    const page = await app.open('?lang=en');
    await waitForGraph(page);
    await page.getByTestId('import-input').setInputFiles([
      { name: 'organizations.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.organizations) },
      { name: 'links.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.links) },
    ]);
    await page.getByTestId('analysis-progress').waitFor({ timeout: 60_000 });
    await page
      .getByTestId('analysis-status')
      .and(page.locator('[data-status="done"]'))
      .waitFor({ timeout: 120_000 });
    // The network is drawn: analyse it again with weighted paths (Dijkstra, the slower sweep),
    // so that what follows happens while the workers compute and the page has nothing else to do.
    await page.getByRole('checkbox', { name: 'Weighted' }).check();
    const progress = page.getByTestId('analysis-progress');
    await progress.waitFor({ timeout: 60_000 });
    const seen = new Set<string>();
    for (let i = 0; i < 40 && seen.size < 3; i += 1) {
      const value = await progress.getAttribute('value', { timeout: 1_000 }).catch(() => null);
      if (value !== null) seen.add(value);
      await page.waitForTimeout(100);
    }
    expect(seen.size).toBeGreaterThanOrEqual(2); // progress advances

    // The page answers while the workers compute: typing in the search box gives suggestions,
    // and the language changes at once.
    await page.getByTestId('search-input').fill('coop');
    await page.getByTestId('search-suggestions').waitFor({ timeout: 5_000 });
    expect(await page.getByTestId('analysis-status').getAttribute('data-status')).toBe('running');
    await page.getByTestId('language-select').selectOption('es');
    await expect
      .poll(() => page.getByTestId('graph-stats').innerText())
      .toContain('organizaciones');

    await page.getByRole('button', { name: 'Cancelar' }).click();
    await page
      .getByTestId('analysis-status')
      .and(page.locator('[data-status="cancelled"]'))
      .waitFor({ timeout: 10_000 });
    await page.close();
  }, 120_000);

  it('logged no console error and asked no other host for anything', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
