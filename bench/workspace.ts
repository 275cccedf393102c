/**
 * A 50,000-organisation workspace kept and reopened in headless Chromium (needs `npm run build`):
 * the time from the import's end to the workspace saved, the size the browser's storage then
 * holds, and the time from "continue where you left off" after a reload to the network on
 * screen again, then one organisation renamed in the edit form and the edit undone, each with
 * the longest main-thread task meanwhile (budget: 100 ms). Printed, never asserted.
 */
import type { Page } from 'playwright-core';
import { generateNetwork, networkToCsv } from '../datasets/generator/network';
import { startApp, waitForGraph } from '../tests/e2e/harness';
import { importGenerated, longestTask, watchLongTasks } from './pageTasks';

/** The organisations of the workspace in use as saved (its summary in IndexedDB). */
function savedOrganizations(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const opening = indexedDB.open('alliance-atlas');
        opening.onerror = () => resolve(-1);
        opening.onsuccess = () => {
          const db = opening.result;
          const read = db.transaction('workspaces').objectStore('workspaces').getAll();
          read.onsuccess = () => {
            const counts = (read.result as { organizations?: number }[]).map(
              (record) => record.organizations ?? 0,
            );
            db.close();
            resolve(Math.max(0, ...counts));
          };
          read.onerror = () => resolve(-1);
        };
      }),
  );
}

/** Renames the organisation named `name` in the edit form, then undoes it: ms and longest tasks. */
async function renameAndUndo(page: Page, name: string) {
  const titled = (text: string) =>
    page.waitForFunction((t) => document.querySelector('#details-title')?.textContent === t, text, {
      timeout: 120_000,
    });
  const search = page.getByTestId('search-input');
  await search.fill(name);
  await page.getByTestId('search-suggestions').waitFor();
  await search.press('Enter');
  await titled(name);
  await page.getByTestId('details-panel').getByTestId('edit-organization').click();
  const renamed = `${name} (renamed)`;
  await page.getByTestId('edit-form').locator('[data-field="name"]').fill(renamed);
  await longestTask(page);
  let start = Date.now();
  await page.getByTestId('edit-save').click();
  await titled(renamed);
  const editMs = Date.now() - start;
  const editTask = await longestTask(page);
  start = Date.now();
  await page.getByTestId('undo').click();
  await titled(name);
  const undoMs = Date.now() - start;
  const undoTask = await longestTask(page);
  return { editMs, editTask, undoMs, undoTask };
}

export async function workspaceBench(organizations: number, links: number, seed: number) {
  const network = generateNetwork({ organizations, links, seed });
  const csv = networkToCsv(network);
  const megabytes = (csv.organizations.length + csv.links.length) / 1e6;
  const app = await startApp();
  try {
    const page = await app.open('?lang=en', { serviceWorkers: 'block' });
    await waitForGraph(page);
    // The same network imported from the file chooser: what the restore is measured against.
    await watchLongTasks(page);
    const importMs = await importGenerated(page, csv, organizations);
    const importTask = await longestTask(page);
    const imported = Date.now();
    while ((await savedOrganizations(page)) !== organizations) await page.waitForTimeout(50);
    const savedMs = Date.now() - imported;
    const saveTask = await longestTask(page);
    const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

    await page.reload();
    await page.getByTestId('restore-continue').waitFor({ timeout: 120_000 });
    await waitForGraph(page);
    await watchLongTasks(page);
    const asked = Date.now();
    await page.getByTestId('restore-continue').click();
    await page
      .getByTestId('graph')
      .and(page.locator(`[data-nodes="${organizations}"][data-ready="true"]`))
      .waitFor({ timeout: 600_000 });
    const restoredMs = Date.now() - asked;
    const restoreTask = await longestTask(page);
    const edit = await renameAndUndo(page, network.organizations[0]!.name);
    console.log(
      `\nWorkspace of ${organizations.toLocaleString('en')} organisations and ${links.toLocaleString('en')} links (${megabytes.toFixed(1)} MB of CSV), headless Chromium:`,
    );
    console.log(
      `  imported from the file chooser (the baseline): ${(importMs / 1000).toFixed(1)} s to the network on screen (longest main-thread task ${Math.round(importTask)} ms)`,
    );
    console.log(
      `  saved ${(savedMs / 1000).toFixed(2)} s after the import's end (longest main-thread task ${Math.round(saveTask)} ms); the browser's storage holds ${(usage / 1e6).toFixed(1)} MB`,
    );
    console.log(
      `  continue where you left off → the network on screen again: ${(restoredMs / 1000).toFixed(1)} s (longest main-thread task ${Math.round(restoreTask)} ms)`,
    );
    console.log(
      `  one organisation renamed in the edit form → on screen: ${edit.editMs} ms (longest main-thread task ${Math.round(edit.editTask)} ms); undone: ${edit.undoMs} ms (${Math.round(edit.undoTask)} ms)`,
    );
    if (app.errors.length > 0) console.log(`  errors: ${app.errors.join('; ')}`);
  } finally {
    await app.close();
  }
}

// `npx tsx bench/workspace.ts [organisations] [links]` runs this part alone.
if (process.argv[1]?.endsWith('workspace.ts')) {
  const [organizations = 50_000, links = 50_000] = process.argv.slice(2).map(Number);
  await workspaceBench(organizations, links, 20211);
}
