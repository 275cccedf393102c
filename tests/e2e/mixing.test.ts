import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { atlasJson, ILLUSTRATIVE } from './commandLine';
import type {
  ReportMixing,
  ReportOrganization,
  ReportSector,
} from '../../src/core/report/reportTypes';
import { formatCount, formatMeasure } from '../../src/ui/analyse/format';
import { startApp, waitForGraph, type AppSession } from './harness';

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** What `atlas analyze --json` says of the illustrative network. */
function commandLineReport() {
  return atlasJson<{
    mixing: ReportMixing;
    sectors: ReportSector[];
    organizations: Pick<ReportOrganization, 'sector' | 'brokerage' | 'degree'>[];
  }>(['analyze', ...ILLUSTRATIVE, '--json']);
}

/** The labels of the heatmap's cells as drawn, row by row. */
async function cellLabels(page: Page): Promise<string[]> {
  return page
    .getByTestId('mixing-heatmap')
    .locator('svg .cell-labels text')
    .evaluateAll((texts) => texts.map((text) => text.textContent ?? ''));
}

async function openMixing(lang: string): Promise<Page> {
  const page = await app.open(`?lang=${lang}`);
  await waitForGraph(page);
  await page
    .getByTestId('analysis-status')
    .and(page.locator('[data-status="done"]'))
    .waitFor({ timeout: 60_000 });
  await page.getByTestId('area-analyse').click();
  await page.getByTestId('analyse-tab-mixing').click();
  await page.getByTestId('mixing-heatmap').locator('svg').first().waitFor();
  return page;
}

const SECTOR_NAMES: Record<string, string> = {
  es: 'Cooperativa',
  fr: 'Coopérative',
};

describe('the Sector mixing section', () => {
  it.each(['es', 'fr'])(
    'draws the command line’s mixing and E-I index, and saves them as SVG and PNG (%s)',
    async (lang) => {
      const report = await commandLineReport();
      const page = await openMixing(lang);
      const n = report.mixing.sectors.length;
      expect(n).toBeGreaterThan(2);

      // Observed ties, cell by cell, drawn and in the text alternative.
      const observed = report.mixing.observed.flat().map((v) => formatCount(v, lang));
      await expect.poll(() => cellLabels(page)).toEqual(observed);
      expect(await page.getByTestId(`mixing-cell-0-${n - 1}`).textContent()).toBe(observed[n - 1]);

      // Observed ÷ expected.
      await page.getByTestId('mixing-mode-ratio').click();
      const ratios = report.mixing.observed.flatMap((row, i) =>
        row.map((value, j) => {
          const expected = report.mixing.expected[i]![j]!;
          return formatMeasure(expected > 0 ? value / expected : null, lang);
        }),
      );
      await expect.poll(() => cellLabels(page)).toEqual(ratios);
      expect(await page.getByTestId('mixing-mode-ratio').getAttribute('aria-pressed')).toBe('true');

      // The E-I bars: one per sector, the command line's values.
      const rows = page.getByTestId('mixing-ei').getByTestId('mixing-ei-row');
      expect(await rows.count()).toBe(report.sectors.length);
      for (const [i, sector] of report.sectors.entries()) {
        const row = rows.nth(i);
        if (sector.ei_index === null) {
          expect(await row.getAttribute('data-value')).toBeNull();
        } else {
          expect(Number(await row.getAttribute('data-value'))).toBeCloseTo(sector.ei_index, 12);
        }
        expect(await row.locator('td').textContent()).toBe(formatMeasure(sector.ei_index, lang));
      }
      const eiLabels = await page
        .getByTestId('mixing-ei')
        .locator('svg .ei-labels text')
        .evaluateAll((texts) => texts.map((text) => text.textContent ?? ''));
      expect([...eiLabels].sort()).toEqual(
        report.sectors.map((sector) => formatMeasure(sector.ei_index, lang)).sort(),
      );
      expect(await page.getByTestId('mixing-ei').locator('svg rect').count()).toBeGreaterThan(0);

      // The brokerage of government and international organisations, summed per role.
      for (const sector of ['government', 'international']) {
        const row = page.getByTestId(`mixing-brokerage-${sector}`);
        for (const role of ['coordinator', 'consultant', 'representative', 'liaison'] as const) {
          const sum = report.organizations
            .filter((organization) => organization.sector === sector)
            .reduce((total, organization) => total + (organization.brokerage?.[role] ?? 0), 0);
          expect(await row.locator(`[data-role="${role}"]`).textContent(), role).toBe(
            formatCount(sum, lang),
          );
        }
      }

      // The degree histogram counts every organisation once.
      const counts = await page
        .getByTestId('mixing-degrees')
        .locator('tbody td:nth-child(2)')
        .allTextContents();
      const counted = counts.reduce((total, text) => total + Number(text.replace(/\D/g, '')), 0);
      expect(counted).toBe(report.organizations.length);

      // Every chart takes keyboard focus and is named.
      for (const id of ['mixing-heatmap', 'mixing-ei', 'mixing-brokerage', 'mixing-degrees']) {
        const figure = page.getByTestId(id);
        expect(await figure.getAttribute('tabindex')).toBe('0');
        expect((await figure.locator('figcaption').textContent())!.length).toBeGreaterThan(5);
        expect(await figure.locator('.visually-hidden table').count()).toBe(1);
      }

      // Saved as SVG: its text is text, sector names in the reader's language.
      const [svgFile] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('mixing-heatmap-export-svg').click(),
      ]);
      expect(svgFile.suggestedFilename()).toMatch(/\.svg$/);
      const svg = readFileSync((await svgFile.path())!, 'utf8');
      expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).toContain(`>${SECTOR_NAMES[lang]}<`);

      // Saved as PNG: a PNG file, twice the drawing's size.
      const [pngFile] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('mixing-heatmap-export-png').click(),
      ]);
      expect(pngFile.suggestedFilename()).toMatch(/\.png$/);
      const png = readFileSync((await pngFile.path())!);
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const width = png.readUInt32BE(16);
      const drawn = await page
        .getByTestId('mixing-heatmap')
        .locator('svg')
        .first()
        .evaluate((element) => (element as SVGSVGElement).width.baseVal.value);
      expect(width).toBe(Math.ceil(drawn * 2));

      await page.close();
    },
  );

  it('logged no console error and asked no other host for anything', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
