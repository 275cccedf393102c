import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runMetricSuite } from '../../src/core/metrics/suite';
import { buildAnalysisInput } from '../../src/core/metrics/input';
import { importDataset } from '../../src/core/model/importDataset';
import { toAnalysisMetrics } from '../../src/core/report/metricsAdapter';
import { startApp, waitForGraph, type AppSession } from './harness';

/** mx-fenacoop's community (0 = largest) by the analysis the app runs, computed here. */
function fenacoopCommunity(): number {
  const dataset = importDataset([
    { name: 'organizations.csv', bytes: readFileSync('datasets/illustrative/organizations.csv') },
    { name: 'links.csv', bytes: readFileSync('datasets/illustrative/links.csv') },
  ]);
  const input = buildAnalysisInput(dataset);
  const metrics = toAnalysisMetrics(
    runMetricSuite(input, { seed: 1 }),
    dataset.organizations.map((o) => o.id),
    input.sector,
  );
  const community = metrics.organizations?.community?.['mx-fenacoop'];
  if (typeof community !== 'number') throw new Error('mx-fenacoop has no community');
  return community;
}

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('search', () => {
  it('suggests as you type, without regard to accents or case, and selects by keyboard', async () => {
    const page = await app.open('?lang=es');
    await waitForGraph(page);
    const search = page.getByTestId('search-input');
    await search.fill('FEDERACION NACIONAL DE COOP');
    const suggestions = page.getByTestId('search-suggestions');
    await suggestions.waitFor();
    expect(await suggestions.innerText()).toContain('Federación Nacional de Cooperativas');
    await search.press('Enter');
    await expect
      .poll(() => page.getByTestId('graph').getAttribute('data-selected'))
      .toBe('mx-fenacoop');
    expect(await search.inputValue()).toContain('Federación Nacional');
    await page.close();
  });

  it('opens the details panel: attributes, measures with their rank, partners by sector', async () => {
    const page = await app.open('?lang=en');
    await waitForGraph(page);
    await page
      .getByTestId('analysis-status')
      .and(page.locator('[data-status="done"]'))
      .waitFor({ timeout: 30_000 });
    const search = page.getByTestId('search-input');
    await search.fill('federacion nacional de coop');
    await page.getByTestId('search-suggestions').waitFor();
    await search.press('Enter');
    const panel = page.getByTestId('details-panel');
    await panel.waitFor();
    const text = await panel.innerText();
    expect(text).toContain('Federación Nacional de Cooperativas de Trabajo y Consumo');
    // networkx: mx-dgess 0.319, mx-fenacoop 0.263 — the second-highest betweenness of 212.
    expect(text).toMatch(/betweenness 0\.263 — 2nd of 212/);
    expect(text).toMatch(/partners by sector/i); // shown in small capitals
    expect(text).toMatch(/Cooperative \(\d+\)/);
    // Its community, numbered from 1 as in the legend (the same seeded Louvain, run here).
    expect(text).toMatch(new RegExp(`Community\\s+Community ${fenacoopCommunity() + 1}\\b`));
    await panel.getByRole('button', { name: 'Close the details' }).click();
    expect(await panel.count()).toBe(0);
    await page.close();
  });

  it('shows the name of the organisation selected, and empties when the panel closes', async () => {
    const page = await app.open('?lang=en');
    await waitForGraph(page);
    const search = page.getByTestId('search-input');
    await search.fill('federacion nacional de coop');
    await page.getByTestId('search-suggestions').waitFor();
    await search.press('Enter');
    const panel = page.getByTestId('details-panel');
    await panel.waitFor();
    expect(await search.inputValue()).toBe(
      'Federación Nacional de Cooperativas de Trabajo y Consumo',
    );
    // A partner picked in the panel is the one selected now: the box names it.
    const partner = panel.locator('.partner-group button.link').first();
    const partnerName = await partner.innerText();
    await partner.click();
    await expect.poll(() => panel.locator('#details-title').innerText()).toBe(partnerName);
    expect(await search.inputValue()).toBe(partnerName);
    await panel.getByRole('button', { name: 'Close the details' }).click();
    expect(await panel.count()).toBe(0);
    expect(await search.inputValue()).toBe('');
    await page.close();
  });

  it('finds an international body by its acronym in the reader’s language, from the / key', async () => {
    const page = await app.open('?lang=es');
    await waitForGraph(page);
    // "/" anywhere but in a field puts the cursor in the search.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    const search = page.getByTestId('search-input');
    await expect
      .poll(() => search.evaluate((input) => input === document.activeElement))
      .toBe(true);
    await page.keyboard.type('OIT');
    const first = page.getByTestId('search-suggestions').locator('li').first();
    await expect.poll(() => first.getAttribute('data-organization')).toBe('int-ilo');
    // Names are isolated for their direction: their marks are left out here.
    const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');
    expect(plain((await first.textContent()) ?? '')).toContain(
      'International Labour Organization (ILO) · OIT',
    );
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('graph').getAttribute('data-selected'))
      .toBe('int-ilo');
    // Its other names are among its details.
    expect(plain(await page.getByTestId('details-panel').innerText())).toContain('ILO, OIT, BIT');
    // "ILO": the organisation so named before "Hilos", which only contains it.
    await search.fill('ilo');
    await expect.poll(() => first.getAttribute('data-organization')).toBe('int-ilo');
    await page.close();
  });

  it('logged no console error and asked no other host for anything', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
