/**
 * Takes a screenshot of the built app, to look at what users see:
 *   npm run build && npx tsx scripts/screenshot.ts "?lang=es" /tmp/atlas.png
 */
import { startApp, waitForGraph } from '../tests/e2e/harness';

const [query = '?lang=en', out = 'atlas.png'] = process.argv.slice(2);
const app = await startApp();
try {
  const page = await app.open(query);
  await waitForGraph(page);
  // The footer shows the analysis' figures once it is done; a picture of progress is fine too.
  await page
    .getByTestId('analysis-status')
    .and(page.locator('[data-status="done"]'))
    .waitFor({ timeout: 20_000 })
    .catch(() => undefined);
  await page.waitForTimeout(500);
  await page.screenshot({ path: out });
  console.log(`${out} written; console errors: ${app.errors.length}`);
  for (const error of app.errors) console.log(`  ${error}`);
  for (const url of app.foreignRequests) console.log(`  request to another host: ${url}`);
} finally {
  await app.close();
}
