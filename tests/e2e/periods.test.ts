import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { atlasJson, ILLUSTRATIVE } from './commandLine';
import type { PeriodComparison, PeriodFigures } from '../../src/core/report/comparePeriods';
import { formatCount, formatMeasure, formatPercent } from '../../src/ui/analyse/format';
import { startApp, waitForGraph, type AppSession } from './harness';

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** What `atlas compare --json` says of two periods of the illustrative network. */
function commandLine(years: string, against: string): Promise<PeriodComparison> {
  return atlasJson(['compare', ...ILLUSTRATIVE, '--years', years, '--against', against, '--json']);
}

const COUNTS = ['links', 'begun', 'ended', 'kept', 'ties', 'components'] as const;
const SHARES = ['cross_sector_share', 'international_share'] as const;

async function expectFigures(page: Page, lang: string, report: PeriodComparison) {
  const section = page.getByTestId('period-comparison');
  for (const [i, period] of report.periods.entries()) {
    const at = (figure: string) => section.getByTestId(`period-${i + 1}-${figure}`);
    const years = `${period.years.from}–${period.years.to}`;
    await expect.poll(() => section.getByTestId(`period-header-${i + 1}`).innerText()).toBe(years);
    for (const key of COUNTS) {
      expect(await at(key).innerText(), key).toBe(formatCount(period[key], lang));
    }
    expect(await at('density').innerText()).toBe(formatMeasure(period.density, lang));
    for (const key of SHARES) {
      expect(await at(key).innerText(), key).toBe(formatPercent(period[key], lang));
    }
    const active = await at('active_organizations').innerText();
    expect(active).toContain(formatCount(period.active_organizations, lang));
    expect(active).toContain(formatCount(period.organizations, lang));
    // Its mixing matrix, cell by cell.
    const cells = await section
      .getByTestId(`period-${i + 1}-mixing`)
      .locator('tbody td')
      .evaluateAll((tds) => tds.map((td) => td.textContent ?? ''));
    expect(cells).toEqual(period.mixing.observed.flat().map((n) => formatCount(n, lang)));
  }
  const [first, second] = report.periods as [PeriodFigures, PeriodFigures];
  for (const key of [...COUNTS, 'density', ...SHARES] as const) {
    const a = first[key];
    const b = second[key];
    const shown = await section.getByTestId(`period-change-${key}`).getAttribute('data-value');
    if (a === null || b === null) expect(shown).toBe('');
    else expect(Number(shown), key).toBeCloseTo(b - a, 12);
  }
  // The chart: the two shares' bar labels of each period, as the table says (drawn facet by facet).
  const labels = await section
    .getByTestId('period-chart')
    .locator('svg .bar-labels text')
    .evaluateAll((texts) => texts.map((text) => text.textContent ?? ''));
  expect(labels.sort()).toEqual(
    report.periods
      .flatMap((period) => [
        formatPercent(period.cross_sector_share, lang),
        formatPercent(period.international_share, lang),
      ])
      .sort(),
  );
}

async function openPeriods(lang: string): Promise<Page> {
  const page = await app.open(`?lang=${lang}`);
  await waitForGraph(page);
  await page.getByTestId('area-analyse').click();
  await page.getByTestId('analyse-tab-periods').click();
  await page.getByTestId('period-table').waitFor();
  return page;
}

describe('the Over time section', () => {
  it.each(['es', 'en'])(
    'shows the command line’s figures for the default periods and follows a changed year (%s)',
    async (lang) => {
      const page = await openPeriods(lang);
      const value = (id: string) => page.getByTestId(id).inputValue();
      const years = `${await value('period-1-from')}-${await value('period-1-to')}`;
      const against = `${await value('period-2-from')}-${await value('period-2-to')}`;
      expect(years).toMatch(/^\d{4}-2019$/);
      expect(against).toMatch(/^2020-\d{4}$/);
      await expectFigures(page, lang, await commandLine(years, against));

      // Another year: the figures follow.
      await page.getByTestId('period-2-from').fill('2022');
      const later = await commandLine(years, against.replace('2020', '2022'));
      await expectFigures(page, lang, later);

      // A period ending before it starts gets a sentence, and no table.
      await page.getByTestId('period-1-from').fill('2030');
      await page.getByTestId('period-problem').waitFor();
      expect(await page.getByTestId('period-table').count()).toBe(0);
      await page.getByTestId('period-1-from').fill('');
      await page.getByTestId('period-problem').waitFor();
      await page.close();
    },
  );

  it('logged no console error', () => {
    expect(app.errors).toEqual([]);
  });
});
