import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atlasJson, ILLUSTRATIVE } from './commandLine';
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
  return atlasJson<{ summary: Record<string, number | null | Record<string, number>> }>([
    'analyze',
    ...ILLUSTRATIVE,
    '--json',
  ]);
}

const COUNTS = new Set([
  'organizations',
  'links',
  'ties',
  'components',
  'largest_component',
  'communities',
  'diameter',
]);

describe('the Analyse area', () => {
  it.each(['es', 'en', 'fr'])(
    'shows every summary figure as the command line computes it (%s)',
    async (lang) => {
      const report = await commandLineReport();
      const page = await app.open(`?lang=${lang}`);
      await waitForGraph(page);
      await page
        .getByTestId('analysis-status')
        .and(page.locator('[data-status="done"]'))
        .waitFor({ timeout: 60_000 });
      await page.getByTestId('area-analyse').click();
      const summary = page.getByTestId('network-summary');
      await summary.waitFor();
      const figures = Object.entries(report.summary).filter(
        (entry): entry is [string, number | null] =>
          typeof entry[1] !== 'object' || entry[1] === null,
      );
      expect(figures.length).toBeGreaterThanOrEqual(14);
      for (const [key, expected] of figures) {
        const value = summary.getByTestId(`summary-${key}`);
        const shown = await value.innerText();
        const format = COUNTS.has(key) ? formatCount : formatMeasure;
        expect(shown, key).toBe(format(expected, lang));
        if (expected !== null) {
          expect(Number(await value.getAttribute('data-value')), key).toBeCloseTo(expected, 12);
        }
      }
      const scopes = report.summary['scopes'] as Record<string, number>;
      for (const [scope, count] of Object.entries(scopes)) {
        expect(await summary.getByTestId(`summary-scope-${scope}`).innerText()).toBe(
          formatCount(count, lang),
        );
      }
      // Each figure's definition, from the metric descriptors, opens on keyboard focus.
      const density = summary.locator('[data-figure="density"]');
      await density.locator('.figure-name').focus();
      await expect.poll(() => density.locator('.definition').isVisible()).toBe(true);
      expect(await density.locator('.definition').innerText()).toContain('density(G)');
      await page.close();
    },
  );

  it('measures the network the layer and filters keep, as the command line does with the same options', async () => {
    const options = ['--layer', 'national', '--sector', 'cooperative', '--sector', 'government'];
    const report = await atlasJson<{
      summary: Record<string, number | null | Record<string, number>>;
      organizations: { id: string }[];
    }>(['analyze', ...ILLUSTRATIVE, '--json', ...options]);
    const page = await app.open('?lang=fr');
    await waitForGraph(page);
    await page.getByTestId('scope-switch').locator('[data-scope="national"]').click();
    await page.getByTestId('filters-toggle').click();
    const panel = page.getByTestId('filter-panel');
    await panel.getByRole('checkbox', { name: /^Coopérative\b/ }).check();
    await panel.getByRole('checkbox', { name: /^Pouvoirs publics/ }).check();
    await page.getByTestId('filters-toggle').click();
    await page.getByTestId('area-analyse').click();
    const analysed = page.getByTestId('analysed-network');
    await expect
      .poll(() => analysed.innerText())
      .toContain(`${report.organizations.length} organisations sur 212`);
    expect(await analysed.locator('code').innerText()).toContain(options.join(' '));
    await page
      .getByTestId('analysis-status')
      .and(page.locator('[data-status="done"]'))
      .waitFor({ timeout: 60_000 });
    const summary = page.getByTestId('network-summary');
    for (const [key, expected] of Object.entries(report.summary)) {
      if (typeof expected === 'object' && expected !== null) continue;
      const format = COUNTS.has(key) ? formatCount : formatMeasure;
      await expect
        .poll(() => summary.getByTestId(`summary-${key}`).innerText(), { message: key })
        .toBe(format(expected, 'fr'));
    }
    await page.getByTestId('analyse-tab-rankings').click();
    await expect
      .poll(() => page.getByTestId('rankings-table').getAttribute('aria-rowcount'))
      .toBe(String(report.organizations.length + 1));
    // Back to the whole network in one click: the figures follow.
    await analysed.getByRole('button').click();
    const whole = await commandLineReport();
    await page.getByTestId('analyse-tab-summary').click();
    await expect
      .poll(() => page.getByTestId('summary-organizations').innerText(), { timeout: 30_000 })
      .toBe(formatCount(whole.summary['organizations'] as number, 'fr'));
    await page.close();
  });

  it('keeps the network on screen beside it, and goes back to Explore', async () => {
    const page = await app.open('?lang=en');
    await waitForGraph(page);
    await page.getByTestId('area-analyse').click();
    await page.getByTestId('analyse-area').waitFor();
    const graph = await page.getByTestId('graph').boundingBox();
    const area = await page.getByTestId('analyse-area').boundingBox();
    expect(graph!.width).toBeGreaterThan(400);
    expect(area!.x).toBeGreaterThanOrEqual(graph!.x + graph!.width - 1);
    await page.getByTestId('area-explore').click();
    await expect.poll(() => page.getByTestId('analyse-area').count()).toBe(0);
    expect(await page.getByTestId('area-explore').getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('logged no console error and asked no other host for anything', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
