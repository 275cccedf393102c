/**
 * The browser half of `npm run bench` (needs `npm run build` first): in headless Chromium, the
 * time from choosing the files of a generated 5,000/25,000 network to its first drawing and to
 * the end of the analysis, the longest main-thread task meanwhile, recorded by a
 * PerformanceObserver (budget: 100 ms, README, the budgets), and the frame rate while panning and zooming the
 * drawn network with the mouse (bench/panning.ts; README, the budgets: "pan and zoom smoothly").
 */
import { generateNetwork, networkToCsv } from '../datasets/generator/network';
import { startApp, waitForGraph } from '../tests/e2e/harness';
import { importGenerated, longestTask, watchLongTasks } from './pageTasks';
import { formatViewMovement, measureViewMovement, type ViewMovementFigures } from './panning';

export interface LargeNetworkFigures {
  /** Files chosen → the network drawn (`data-ready` true with every organisation), ms. */
  drawnMs: number;
  /** Files chosen → analysis done, ms. */
  analysedMs: number;
  longestTaskWhileDrawingMs: number;
  longestTaskWhileAnalysingMs: number;
  /** Pan and zoom, measured once the analysis is done. */
  view: ViewMovementFigures;
  longestTaskWhileMovingMs: number;
  /** Changes of the view after that: layouts and colours, each timed to its drawing. */
  changes: ViewChangeFigures[];
  errors: string[];
}

export interface ViewChangeFigures {
  change: string;
  /** The choice made → organisations placed and the alliance layer drawn, ms. */
  drawnMs: number;
  /** The longest main-thread task meanwhile (budget: 100 ms, README, the budgets), ms. */
  longestTaskMs: number;
}

export async function measureLargeNetwork(
  organizations: number,
  links: number,
  seed: number,
): Promise<LargeNetworkFigures> {
  const csv = networkToCsv(generateNetwork({ organizations, links, seed }));
  const app = await startApp();
  try {
    const page = await app.open('?lang=en');
    await waitForGraph(page);
    await page.getByTestId('analysis-status').and(page.locator('[data-status="done"]')).waitFor();
    await watchLongTasks(page);
    const start = Date.now();
    const drawnMs = await importGenerated(page, csv, organizations);
    const longestTaskWhileDrawingMs = await longestTask(page);
    await page
      .getByTestId('analysis-status')
      .and(page.locator('[data-status="done"]'))
      .waitFor({ timeout: 600_000 });
    const analysedMs = Date.now() - start;
    const longestTaskWhileAnalysingMs = await longestTask(page);
    const view = await measureViewMovement(page);
    const longestTaskWhileMovingMs = await longestTask(page);
    const changes: ViewChangeFigures[] = [];
    const graph = page.getByTestId('graph');
    // Large networks are drawn on a layer of their own (NetworkLayer).
    // Returns the ms spent waiting for the layer to take up the change, not part of the figure.
    const alliancesDrawn = async (): Promise<number> => {
      const layer = page.getByTestId('network-layer');
      if ((await layer.count()) === 0) return 0;
      await page.waitForTimeout(200);
      await layer.and(page.locator('[data-ready="true"]')).waitFor({ timeout: 120_000 });
      return 200;
    };
    for (const layout of ['sector', 'concentric', 'geographic'] as const) {
      const begun = Date.now();
      await page.getByTestId('layout-select').selectOption(layout);
      await graph.and(page.locator(`[data-layout="${layout}"]`)).waitFor({ timeout: 120_000 });
      const waited = await alliancesDrawn();
      changes.push({
        change: `layout → ${layout}`,
        drawnMs: Date.now() - begun - waited,
        longestTaskMs: await longestTask(page),
      });
    }
    for (const colour of ['community', 'scope'] as const) {
      const begun = Date.now();
      await page.getByTestId('colour-by').selectOption(colour);
      await graph.and(page.locator(`[data-colour-by="${colour}"]`)).waitFor({ timeout: 120_000 });
      // Colours are set in one effect; the frame that draws them follows.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      const waited = await alliancesDrawn();
      changes.push({
        change: `colour → ${colour}`,
        drawnMs: Date.now() - begun - waited,
        longestTaskMs: await longestTask(page),
      });
    }
    return {
      drawnMs,
      analysedMs,
      longestTaskWhileDrawingMs,
      longestTaskWhileAnalysingMs,
      view,
      longestTaskWhileMovingMs,
      changes,
      errors: [...app.errors],
    };
  } finally {
    await app.close();
  }
}

export async function browserBench(
  organizations: number,
  links: number,
  seed: number,
): Promise<void> {
  const figures = await measureLargeNetwork(organizations, links, seed);
  const label = `${organizations.toLocaleString('en')}/${links.toLocaleString('en')}`;
  console.log(`\nIn headless Chromium (software drawing), ${label}:`);
  console.log(`  files chosen → first drawing        ${(figures.drawnMs / 1000).toFixed(2)} s`);
  console.log(`  files chosen → analysis done        ${(figures.analysedMs / 1000).toFixed(2)} s`);
  console.log(
    `  longest main-thread task, import and drawing   ${figures.longestTaskWhileDrawingMs.toFixed(0)} ms`,
  );
  console.log(
    `  longest main-thread task, analysis after that  ${figures.longestTaskWhileAnalysingMs.toFixed(0)} ms (budget 100 ms)`,
  );
  console.log('  moving the view, after the analysis:');
  for (const line of formatViewMovement(figures.view)) console.log(`  ${line}`);
  console.log(
    `    longest main-thread task while moving      ${figures.longestTaskWhileMovingMs.toFixed(0)} ms`,
  );
  console.log('  changing the view (time to drawn, longest main-thread task):');
  for (const line of formatViewChanges(figures.changes)) console.log(`  ${line}`);
  if (figures.errors.length > 0) console.log(`  console errors: ${figures.errors.join(' | ')}`);
}

export function formatViewChanges(changes: ViewChangeFigures[]): string[] {
  return changes.map(
    (c) =>
      `  ${c.change.padEnd(22)} ${(c.drawnMs / 1000).toFixed(2)} s, longest task ${c.longestTaskMs.toFixed(0)} ms`,
  );
}
