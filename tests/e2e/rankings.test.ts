import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { atlasJson, ILLUSTRATIVE } from './commandLine';
import { ORGANIZATION_MEASURES, descriptorOf } from '../../src/core/metrics/registry';
import { formatCount, formatMeasure } from '../../src/ui/analyse/format';
import { measureName } from '../../src/state/selectors/metricInfo';
import { startApp, waitForGraph, type AppSession } from './harness';

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

type Row = Record<string, unknown> & { id: string; name: string; sector: string | null };

/** What `atlas analyze --json` says of the illustrative network's organisations. */
async function commandLineOrganizations(): Promise<Row[]> {
  return (await atlasJson<{ organizations: Row[] }>(['analyze', ...ILLUSTRATIVE, '--json']))
    .organizations;
}

async function openRankings(page: Page) {
  await waitForGraph(page);
  await page
    .getByTestId('analysis-status')
    .and(page.locator('[data-status="done"]'))
    .waitFor({ timeout: 60_000 });
  await page.getByTestId('area-analyse').click();
  await page.getByTestId('analyse-tab-rankings').click();
  const table = page.getByTestId('rankings-table');
  await table.and(page.locator('[data-rows]')).waitFor();
  return table;
}

/** The text of a row's cell in a column. */
function cell(page: Page, at: number, column: string) {
  return page.getByTestId('rankings-row').nth(at).locator(`td[data-column="${column}"]`);
}

describe('the rankings table', () => {
  it('ranks the illustrative network as the command line does, drawing only the rows in view', async () => {
    const organizations = await commandLineOrganizations();
    const page = await app.open('?lang=es');
    const table = await openRankings(page);
    expect(Number(await table.getAttribute('data-rows'))).toBe(212);
    expect(organizations).toHaveLength(212);
    const drawn = await page.getByTestId('rankings-row').count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(80);

    // Sorting by betweenness (highest first) puts first the organisation the command line
    // finds the most between; the keyboard sorts too.
    const sort = page.getByTestId('rankings-sort-betweenness');
    await sort.click();
    const th = page.locator('th[data-column="betweenness"]');
    expect(await th.getAttribute('aria-sort')).toBe('descending');
    const byBetweenness = [...organizations].sort(
      (a, b) => (b.betweenness as number) - (a.betweenness as number),
    );
    const top = byBetweenness[0]!;
    const first = page.getByTestId('rankings-row').first();
    expect(await first.getAttribute('data-id')).toBe(top.id);
    await sort.focus();
    await sort.press('Enter');
    expect(await th.getAttribute('aria-sort')).toBe('ascending');
    await sort.press('Enter');
    expect(await th.getAttribute('aria-sort')).toBe('descending');
    // The definition shows on keyboard focus.
    await expect
      .poll(() => page.locator('#rankings-definition-betweenness').isVisible())
      .toBe(true);
    expect(await page.locator('#rankings-definition-betweenness').innerText()).toContain(
      'betweenness_centrality',
    );
    expect(await th.locator('button').innerText()).toContain(measureName('betweenness', 'es'));

    // Every number of the first rows is the command line's, formatted, beside its rank.
    for (let at = 0; at < 3; at++) {
      const expected = byBetweenness[at]!;
      expect(await page.getByTestId('rankings-row').nth(at).getAttribute('data-id')).toBe(
        expected.id,
      );
      for (const metric of ORGANIZATION_MEASURES) {
        const value = expected[metric] as number | null;
        const shown = await cell(page, at, metric).innerText();
        if (value === null) {
          expect(shown, metric).toBe('—');
          continue;
        }
        const rank =
          organizations.filter((o) => o[metric] !== null && (o[metric] as number) > value).length +
          1;
        const integer = descriptorOf(metric)?.outputs[0]?.type === 'integer';
        const number = integer ? formatCount(value, 'es') : formatMeasure(value, 'es');
        expect(shown, `${expected.id} ${metric}`).toBe(`${number} · #${formatCount(rank, 'es')}`);
      }
    }

    // Filtering by a sector leaves that sector only.
    await page.getByTestId('rankings-sector').selectOption('cooperative');
    const cooperatives = organizations.filter((o) => o.sector === 'cooperative').length;
    await expect.poll(() => table.getAttribute('data-rows')).toBe(String(cooperatives));
    const sectors = await page
      .getByTestId('rankings-row')
      .locator('td[data-column="sector"]')
      .allInnerTexts();
    expect(new Set(sectors)).toEqual(new Set(['Cooperativa']));
    // The text box filters by name or id.
    await page
      .getByTestId('rankings-filter')
      .fill(byBetweenness.find((o) => o.sector === 'cooperative')!.id);
    await expect.poll(() => table.getAttribute('data-rows')).toBe('1');
    await page.getByTestId('rankings-filter').fill('');
    await page.getByTestId('rankings-sector').selectOption('');
    await expect.poll(() => table.getAttribute('data-rows')).toBe('212');

    // A row click opens the organisation's details.
    const fifth = byBetweenness[4]!;
    await cell(page, 4, 'name').click();
    const details = page.getByTestId('details-panel');
    await details.waitFor();
    expect(await details.locator('#details-title').innerText()).toBe(fifth.name);
    expect(await page.locator(`tr[data-id="${fifth.id}"]`).getAttribute('aria-selected')).toBe(
      'true',
    );
    // Enter on a focused row selects it too; ↓ moves to the next row.
    await page.locator(`tr[data-id="${fifth.id}"]`).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => details.locator('#details-title').innerText())
      .toBe(byBetweenness[5]!.name);

    // A selection in the network (here, by the search box) scrolls the table to its row.
    const last = byBetweenness.at(-1)!;
    await page.getByTestId('search-input').fill(last.name);
    await page.getByTestId('search-input').press('Enter');
    const selected = page.locator(`tr[data-id="${last.id}"]`);
    await expect.poll(() => selected.getAttribute('aria-selected')).toBe('true');
    expect(await selected.isVisible()).toBe(true);
    await page.close();
  }, 120_000);

  it('exports the rows and columns shown, numbers in full, formulas neutralised', async () => {
    const organizations = readFileSync('datasets/tiny/organizations.csv', 'utf8').replace(
      'Cooperativa de Consumo La Milpa',
      '=HYPERLINK("http://example.invalid")',
    );
    const links = readFileSync('datasets/tiny/links.csv', 'utf8');
    const page = await app.open('?lang=en');
    await waitForGraph(page);
    await page.getByTestId('import-input').setInputFiles([
      { name: 'organizations.csv', mimeType: 'text/csv', buffer: Buffer.from(organizations) },
      { name: 'links.csv', mimeType: 'text/csv', buffer: Buffer.from(links) },
    ]);
    await expect.poll(() => page.getByTestId('graph').getAttribute('data-nodes')).toBe('10');
    const table = await openRankings(page);
    await page.getByTestId('rankings-sort-degree').click();
    const shown = Number(await table.getAttribute('data-rows'));
    expect(shown).toBe(10);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('rankings-export').click(),
    ]);
    const path = await download.path();
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    const lines = Papa.parse<string[]>(text.trimEnd(), { skipEmptyLines: true }).data;
    const headers = await page.locator('thead th button').allInnerTexts();
    expect(lines[0]).toEqual(headers.map((h) => h.replace(/[▲▼]$/, '').trim()));
    expect(lines).toHaveLength(shown + 1);
    // The rows in the order shown, each name as shown but neutralised.
    const names = await page
      .getByTestId('rankings-row')
      .locator('td[data-column="name"]')
      .allInnerTexts();
    expect(lines.slice(1).map((line) => line[0])).toEqual(
      names.map((name) => (name.startsWith('=') ? `'${name}` : name)),
    );
    expect(text).toContain(`"'=HYPERLINK(""http://example.invalid"")"`);
    // Numbers at full precision: more digits than the three shown.
    expect(text).toMatch(/,0\.\d{6,}/);
    await page.close();
  }, 120_000);

  it('logged no console error and asked no other host for anything', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
