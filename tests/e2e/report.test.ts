/**
 * The Gap report on the illustrative network, in Spanish and French: what it shows equals
 * `analyze --json` (formatted as the app formats it); printed, it is alone on the page, and
 * Chromium makes an A4 PDF of a few pages from it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atlasJson, ILLUSTRATIVE } from './commandLine';
import type { AnalysisReport } from '../../src/core/report/reportTypes';
import { es } from '../../src/i18n/es';
import { fr } from '../../src/i18n/fr';
import { formatCount, formatMeasure } from '../../src/ui/analyse/format';
import { startApp, waitForGraph, type AppSession } from './harness';

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

function commandLineReport(): Promise<AnalysisReport> {
  return atlasJson(['analyze', ...ILLUSTRATIVE, '--json']);
}

const catalogues = { es, fr };
const COUNTS = new Set(['organizations', 'links', 'components']);

describe('the Gap report', () => {
  it.each(['es', 'fr'] as const)(
    'shows the figures, the first gap and the heatmap, and prints to A4 (%s)',
    async (lang) => {
      const report = await commandLineReport();
      const page = await app.open(`?lang=${lang}`);
      await waitForGraph(page);
      await page
        .getByTestId('analysis-status')
        .and(page.locator('[data-status="done"]'))
        .waitFor({ timeout: 60_000 });
      await page.getByTestId('area-analyse').click();
      await page.getByTestId('analyse-tab-report').click();
      expect(await page.getByTestId('analyse-tab-report').innerText()).toBe(
        catalogues[lang].analyse.section.report,
      );
      const gapReport = page.getByTestId('gap-report');
      await gapReport.waitFor();

      // The title names the dataset.
      const name = await page.evaluate(
        () => document.querySelector('[data-testid="report-dataset"]')?.textContent ?? '',
      );
      expect(name).toBe(catalogues[lang].dataset.illustrative);
      expect(await gapReport.locator('h2').innerText()).toContain(catalogues[lang].report.title);

      // The headline figures, as the command line computes them.
      const summary = report.summary as unknown as Record<string, number | null>;
      const figures: Record<string, number | null> = {
        organizations: summary['organizations'] ?? null,
        links: summary['links'] ?? null,
        density: summary['density'] ?? null,
        components: summary['components'] ?? null,
        ei_index: summary['ei_index'] ?? null,
        modularity: summary['modularity'] ?? null,
      };
      for (const [key, expected] of Object.entries(figures)) {
        const value = gapReport.getByTestId(`summary-${key}`);
        const format = COUNTS.has(key) ? formatCount : formatMeasure;
        expect(await value.innerText(), key).toBe(format(expected, lang));
      }

      // The first sector pair below expectation, its sectors named in the language shown.
      const first = report.gaps.sector_pairs[0]!;
      const row = gapReport.getByTestId('report-pairs').locator('tr').first();
      expect(await row.getAttribute('data-sectors')).toBe(first.sectors.join(' '));
      const sectorName = (s: string) => catalogues[lang].sector[s as 'cooperative'] ?? s;
      const text = await row.innerText();
      expect(text).toContain(sectorName(first.sectors[0]));
      expect(text).toContain(sectorName(first.sectors[1]));
      expect(text).toContain(formatMeasure(first.expected, lang));

      // The heatmap, drawn.
      await gapReport.getByTestId('report-heatmap').locator('svg').first().waitFor();

      // The suggestions (five at most).
      const suggestions = await gapReport
        .getByTestId('report-suggestions')
        .locator('li.report-suggestion')
        .count();
      expect(suggestions).toBe(Math.min(5, report.suggestions.length));

      // Printed: the report alone.
      await page.emulateMedia({ media: 'print' });
      await expect.poll(() => page.locator('.app-header').isVisible()).toBe(false);
      expect(await page.getByTestId('graph').isVisible()).toBe(false);
      expect(await page.getByTestId('analyse-tab-report').isVisible()).toBe(false);
      expect(await page.getByTestId('report-print').isVisible()).toBe(false);
      expect(await gapReport.isVisible()).toBe(true);

      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(4);
      await page.close();
    },
  );

  it('logged no console error and asked no other host for anything', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
