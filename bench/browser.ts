/**
 * The browser half of `npm run bench` (needs `npm run build` first): in headless Chromium, the
 * time from choosing the files of a generated 5,000/25,000 network to its first drawing and to
 * the end of the analysis, and the longest main-thread task meanwhile, recorded by a
 * PerformanceObserver (budget: 100 ms, SPEC 6).
 */
import { generateNetwork, networkToCsv } from '../datasets/generator/network';
import { startApp, waitForGraph } from '../tests/e2e/harness';

export async function browserBench(
  organizations: number,
  links: number,
  seed: number,
): Promise<void> {
  const csv = networkToCsv(generateNetwork({ organizations, links, seed }));
  const app = await startApp();
  try {
    const page = await app.open('?lang=en');
    await waitForGraph(page);
    await page.getByTestId('analysis-status').and(page.locator('[data-status="done"]')).waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
      }).observe({ type: 'longtask' });
    });
    const start = Date.now();
    await page.getByTestId('import-input').setInputFiles([
      { name: 'organizations.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.organizations) },
      { name: 'links.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.links) },
    ]);
    await page
      .getByTestId('graph')
      .and(page.locator(`[data-nodes="${organizations}"][data-ready="true"]`))
      .waitFor({ timeout: 300_000 });
    const drawn = Date.now() - start;
    const longestWhileDrawing = await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      const longest = w.__longest;
      w.__longest = 0;
      return longest;
    });
    await page
      .getByTestId('analysis-status')
      .and(page.locator('[data-status="done"]'))
      .waitFor({ timeout: 600_000 });
    const analysed = Date.now() - start;
    const longest = await page.evaluate(
      () => (window as unknown as { __longest: number }).__longest,
    );
    const label = `${organizations.toLocaleString('en')}/${links.toLocaleString('en')}`;
    console.log(`\nIn headless Chromium (software drawing), ${label}:`);
    console.log(`  files chosen → first drawing        ${(drawn / 1000).toFixed(2)} s`);
    console.log(`  files chosen → analysis done        ${(analysed / 1000).toFixed(2)} s`);
    console.log(
      `  longest main-thread task, import and drawing   ${longestWhileDrawing.toFixed(0)} ms`,
    );
    console.log(
      `  longest main-thread task, analysis after that  ${longest.toFixed(0)} ms (budget 100 ms)`,
    );
    if (app.errors.length > 0) console.log(`  console errors: ${app.errors.join(' | ')}`);
  } finally {
    await app.close();
  }
}
