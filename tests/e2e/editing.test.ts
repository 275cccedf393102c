/**
 * Editing with undo: organisations and alliances added, changed and removed from the details
 * panel and the rankings table, each edit one step of an undo history (buttons and keys), the
 * network changed in place (nothing placed again), a bad value refused with the import's own
 * message, and the edits and their history kept across a reload and a tab killed at once.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, waitForGraph, type AppSession } from './harness';

let app: AppSession;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const ORGANIZATIONS = [
  'id,name,sector,country,city,web',
  'a,Cooperativa Alfa,cooperative,MX,Puebla,a.example',
  'b,Banco Beta,finance,MX,Puebla,',
  'c,Colectivo Gamma,movement,AR,Rosario,',
  'd,Red Delta,network,CO,Bogotá,',
].join('\n');
const LINKS = ['source,target,type', 'a,b,funding', 'b,c,partnership', 'c,d,network'].join('\n');

async function importPair(page: Page) {
  await page.getByTestId('import-input').setInputFiles([
    { name: 'orgs.csv', mimeType: 'text/csv', buffer: Buffer.from(ORGANIZATIONS) },
    { name: 'links.csv', mimeType: 'text/csv', buffer: Buffer.from(LINKS) },
  ]);
  await expect.poll(() => graph(page, 'nodes')).toBe('4');
  await waitForGraph(page);
}

const graph = (page: Page, attribute: string) =>
  page.getByTestId('graph').getAttribute(`data-${attribute}`);
const form = (page: Page) => page.getByTestId('edit-form');
const field = (page: Page, column: string) => form(page).locator(`[data-field="${column}"]`);

async function select(page: Page, name: string) {
  const search = page.getByTestId('search-input');
  await search.fill(name);
  await page.getByTestId('search-suggestions').waitFor();
  await search.press('Enter');
  await expect.poll(() => page.locator('#details-title').textContent()).toBe(name);
}

/** The organisations of the network as the CSV export writes them (it writes two files). */
async function exportedOrganizations(page: Page): Promise<string> {
  const files = new Map<string, Buffer>();
  const onDownload = (download: Download) => {
    void download
      .path()
      .then((path) => files.set(download.suggestedFilename(), readFileSync(path)));
  };
  page.on('download', onDownload);
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-csv').click();
  await expect.poll(() => files.size).toBe(2);
  page.off('download', onDownload);
  const [organizations] = [...files].filter(([name]) => name.includes('organi'));
  return organizations?.[1].toString('utf8') ?? '';
}

/** Three edits and an undo, as a user makes them. */
async function threeEditsAndAnUndo(page: Page) {
  await select(page, 'Cooperativa Alfa');
  const before = await graph(page, 'selected-position');
  expect(before).not.toBe('');

  // 1. The organisation renamed and given a web address, from the details panel.
  await page.getByTestId('details-panel').getByTestId('edit-organization').click();
  await field(page, 'name').fill('Cooperativa Alfa y Omega');
  await field(page, 'web').fill('alfa-omega.example');
  await page.getByTestId('edit-save').click();
  await form(page).waitFor({ state: 'detached' });
  await expect
    .poll(() => page.locator('#details-title').textContent())
    .toBe('Cooperativa Alfa y Omega');
  expect(await page.getByTestId('edit-mark').textContent()).toBe('Editada');

  // 2. An alliance added from the panel, to an organisation it had none with.
  await page.getByTestId('add-link').click();
  await field(page, 'target').fill('d');
  await field(page, 'type').fill('trade');
  await field(page, 'since').fill('2024');
  await page.getByTestId('edit-save').click();
  await form(page).waitFor({ state: 'detached' });
  await expect.poll(() => graph(page, 'edges')).toBe('4');

  // 3. A new organisation.
  await page.getByTestId('add-organization').click();
  await field(page, 'id').fill('e');
  await field(page, 'name').fill('<b>Empresa</b> Épsilon');
  await field(page, 'country').fill('México');
  await page.getByTestId('edit-save').click();
  await form(page).waitFor({ state: 'detached' });
  await expect.poll(() => graph(page, 'nodes')).toBe('5');

  // In place: the first organisation stands where it stood, the layout not run again.
  await select(page, 'Cooperativa Alfa y Omega');
  expect(await graph(page, 'selected-position')).toBe(before);
  expect(await graph(page, 'ready')).toBe('true');

  // Undone by the keyboard: the new organisation goes, the rest stays.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect.poll(() => graph(page, 'nodes')).toBe('4');
  expect(await graph(page, 'edges')).toBe('4');
  expect(await page.getByTestId('redo').isEnabled()).toBe(true);
}

describe('editing', () => {
  it('three edits and an undo survive a reload, with their history, and leave in the export', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => app.errors.push(`page: ${error.message}`));
    await page.goto(`${app.origin}/?lang=es`);
    await waitForGraph(page);
    await importPair(page);
    await threeEditsAndAnUndo(page);
    expect(await page.getByTestId('edits-review').textContent()).toBe('2 cambios');

    // The view is saved a moment after it rests (the edits at once).
    await page.waitForTimeout(600);
    await page.reload();
    await page.getByTestId('restore-continue').click();
    await expect.poll(() => graph(page, 'edges')).toBe('4');
    expect(await graph(page, 'nodes')).toBe('4');
    // The view came back with it: the organisation selected, no notice of a name it lacks.
    await expect.poll(() => graph(page, 'selected')).toBe('a');
    expect(await page.getByTestId('notice').count()).toBe(0);
    // The history came back: the undone edit can be redone, then undone again.
    await page.getByTestId('redo').click();
    await expect.poll(() => graph(page, 'nodes')).toBe('5');
    await page.getByTestId('undo').click();
    await page.getByTestId('undo').click();
    await expect.poll(() => graph(page, 'edges')).toBe('3');
    await page.getByTestId('redo').click();
    await expect.poll(() => graph(page, 'edges')).toBe('4');

    // The review lists what changed; the export has the file's columns and the edits.
    await page.getByTestId('edits-review').click();
    const listed = await page
      .getByTestId('edits-list')
      .locator('li')
      .evaluateAll((items) => items.map((li) => `${li.dataset.kind}:${li.dataset.mark}`));
    expect(listed).toEqual(['organization:edited', 'link:added']);
    await page.keyboard.press('Escape');
    const csv = await exportedOrganizations(page);
    expect(csv.split('\r\n')[0]).toContain(',web');
    expect(csv).toContain('a,Cooperativa Alfa y Omega,cooperative,MX');
    expect(csv).toContain('alfa-omega.example');
    expect(app.errors).toEqual([]);
    await context.close();
  });

  it('a tab killed right after an edit loses nothing', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => app.errors.push(`page: ${error.message}`));
    await page.goto(`${app.origin}/?lang=en`);
    await waitForGraph(page);
    await importPair(page);
    await select(page, 'Red Delta');
    await page.getByTestId('remove-organization').click();
    await expect.poll(() => graph(page, 'nodes')).toBe('3');
    // Closed at once, without the page's unload handlers: as a crash or a killed tab.
    const url = page.url();
    await page.close({ runBeforeUnload: false });
    const reopened = await context.newPage();
    await reopened.goto(url);
    await reopened.getByTestId('restore-continue').click();
    await expect.poll(() => graph(reopened, 'nodes')).toBe('3');
    expect(await graph(reopened, 'edges')).toBe('2');
    // And undone there: Red Delta and its alliance come back.
    await reopened.getByTestId('undo').click();
    await expect.poll(() => graph(reopened, 'nodes')).toBe('4');
    expect(await graph(reopened, 'edges')).toBe('3');
    expect(app.errors).toEqual([]);
    await context.close();
  });

  it('refuses an edit that would make bad data with the import’s message, and edits from the rankings', async () => {
    const page = await app.open('?lang=fr');
    await waitForGraph(page);
    await importPair(page);
    await page.getByTestId('add-organization').click();
    await field(page, 'id').fill('b');
    await field(page, 'name').fill('Doublon');
    await page.getByTestId('edit-save').click();
    const refused = form(page).locator('[data-code="id_taken"]');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('Banco Beta');
    // A warning is shown first, and saved on the second press.
    await field(page, 'id').fill('f');
    await field(page, 'lat').fill('123');
    await page.getByTestId('edit-save').click();
    await form(page).locator('[data-code="invalid_coordinate"]').waitFor();
    expect(await page.getByTestId('edit-save').textContent()).toBe('Enregistrer quand même');
    await page.getByTestId('edit-save').click();
    await form(page).waitFor({ state: 'detached' });
    await expect.poll(() => graph(page, 'nodes')).toBe('5');

    // From the rankings table: the row's edit opens the same form.
    await page.getByTestId('area-analyse').click();
    await page.getByTestId('analyse-tab-rankings').click();
    const row = page.locator('[data-testid="rankings-row"][data-id="c"]');
    await row.getByTestId('edit-organization').click();
    await field(page, 'sector').fill('coopérative');
    await page.keyboard.press('Enter');
    await form(page).waitFor({ state: 'detached' });
    await expect.poll(() => row.getAttribute('data-mark')).toBe('edited');
    expect(app.errors).toEqual([]);
    await page.close();
  });
});
