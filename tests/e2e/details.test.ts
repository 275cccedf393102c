/**
 * The details panel as it reads: where the bullets of the partner lists stand beside names that
 * wrap; themes named in the reader's language there and wherever else they show.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, waitForGraph, type AppSession } from './harness';

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

async function openDetails(page: Page, query: string): Promise<void> {
  const search = page.getByTestId('search-input');
  await search.fill(query);
  await page.getByTestId('search-suggestions').waitFor();
  await search.press('Enter');
  await page.getByTestId('details-panel').waitFor();
}

interface BulletPlace {
  name: string;
  /** The lines the name takes. */
  lines: number;
  /** The first line of the name, in the page's pixels. */
  firstTop: number;
  firstBottom: number;
  /** The baseline the bullet stands on (a list marker sits on its item's first line box). */
  baseline: number;
}

/**
 * Where each partner's bullet stands, for the names that wrap. The marker is not in the DOM: a
 * zero-size box put at the start of the item stands on the same baseline, and is taken out again.
 */
function bulletPlaces(page: Page): Promise<BulletPlace[]> {
  return page.getByTestId('details-panel').evaluate((panel) => {
    const places: BulletPlace[] = [];
    for (const item of Array.from(panel.querySelectorAll('.partner-group li'))) {
      const button = item.querySelector('button');
      if (!button) continue;
      const range = document.createRange();
      range.selectNodeContents(button);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      const tops = [...new Set(rects.map((r) => Math.round(r.top)))];
      if (tops.length < 2) continue;
      const first = rects[0]!;
      const probe = document.createElement('span');
      probe.style.cssText = 'display:inline-block;width:0;height:0;vertical-align:baseline';
      item.insertBefore(probe, item.firstChild);
      const baseline = probe.getBoundingClientRect().bottom;
      probe.remove();
      places.push({
        name: button.textContent ?? '',
        lines: tops.length,
        firstTop: first.top,
        firstBottom: first.bottom,
        baseline,
      });
    }
    return places;
  });
}

describe('the details panel', () => {
  it('puts the bullet of a partner whose name wraps beside its first line', async () => {
    const page = await app.open('?lang=en');
    await waitForGraph(page);
    // Several of its partners have names that take two lines in the panel.
    await openDetails(page, 'federacion nacional de coop');
    const places = await bulletPlaces(page);
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) {
      expect(place.baseline, place.name).toBeGreaterThan(place.firstTop);
      expect(place.baseline, place.name).toBeLessThanOrEqual(place.firstBottom + 1);
    }
    await page.close();
  });

  it.each([
    ['es', 'Compras públicas', 'Finanzas solidarias', 'Temas', 'Tema'],
    ['fr', 'Commande publique', 'Finance solidaire', 'Thèmes', 'Thème'],
  ])(
    'names the themes in the reader’s language: panel, filters, chips, legend (%s)',
    async (lang, procurement, finance, themes, theme) => {
      const page = await app.open(`?lang=${lang}`);
      await waitForGraph(page);
      // mx-dgess: public_procurement;solidarity_finance;covid_recovery
      await openDetails(page, 'direccion general de economia social y solidaria de la ciudad');
      const panel = page.getByTestId('details-panel');
      const fact = panel.locator('dl > div').filter({ hasText: themes });
      expect(await fact.innerText()).toContain(`${procurement}, ${finance}`);
      expect(await panel.innerText()).not.toMatch(/public_procurement|solidarity_finance/);

      // The legend keys the themes of what is shown: every theme before a filter.
      await page.getByTestId('colour-by').selectOption('theme');
      const legend = page.getByTestId('legend');
      await expect.poll(() => legend.innerText()).toContain(finance);
      expect(await legend.innerText()).toMatch(new RegExp(theme, 'i'));
      expect(await legend.innerText()).not.toMatch(/food_sovereignty|public_procurement/);

      await page.getByTestId('filters-toggle').click();
      const filters = page.getByTestId('filter-panel').locator('fieldset[data-filter="themes"]');
      await filters.getByRole('checkbox', { name: new RegExp(`^${procurement}`) }).check();
      expect(await filters.innerText()).not.toMatch(/_/);
      expect(await page.getByTestId('filter-chips').innerText()).toContain(procurement);
      await expect.poll(() => legend.innerText()).toContain(procurement);
      await page.close();
    },
  );

  it('shows a theme the app does not know as written', async () => {
    const page = await app.open('?lang=es');
    await waitForGraph(page);
    const organizations = readFileSync('datasets/tiny/organizations.csv', 'utf8').replace(
      'gender_equity;fair_trade',
      'agroecología_urbana;fair_trade',
    );
    await page.getByTestId('import-input').setInputFiles([
      { name: 'organizations.csv', mimeType: 'text/csv', buffer: Buffer.from(organizations) },
      {
        name: 'links.csv',
        mimeType: 'text/csv',
        buffer: readFileSync('datasets/tiny/links.csv'),
      },
    ]);
    await expect.poll(() => page.getByTestId('graph-stats').innerText()).toContain('10 organ');
    await openDetails(page, 'tejedoras');
    const fact = page.getByTestId('details-panel').locator('dl > div').filter({ hasText: 'Temas' });
    expect(await fact.innerText()).toContain('agroecología_urbana, Comercio justo');
    await page.close();
  });

  it('logged no console error and asked no other host for anything', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
