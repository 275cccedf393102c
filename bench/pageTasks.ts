/**
 * What the browser benchmarks share: the longest main-thread task since the last reading (a
 * PerformanceObserver of long tasks; the budget is 100 ms), and a generated network imported
 * through the file chooser, timed until it is on screen.
 */
import type { Page } from 'playwright-core';
import type { networkToCsv } from '../datasets/generator/network';

/** Starts recording the longest task on the page (once per page). */
export function watchLongTasks(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
}

/** The longest task since the last reading, in ms; the next reading starts from nothing. */
export function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    const longest = w.__longest;
    w.__longest = 0;
    return longest;
  });
}

/** Imports the two files from the file chooser; the ms until the network is laid out on screen. */
export async function importGenerated(
  page: Page,
  csv: ReturnType<typeof networkToCsv>,
  organizations: number,
): Promise<number> {
  const start = Date.now();
  await page.getByTestId('import-input').setInputFiles([
    { name: 'organizations.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.organizations) },
    { name: 'links.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.links) },
  ]);
  await page
    .getByTestId('graph')
    .and(page.locator(`[data-nodes="${organizations}"][data-ready="true"]`))
    .waitFor({ timeout: 300_000 });
  return Date.now() - start;
}
