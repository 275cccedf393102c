/**
 * Present: views saved under a title, stepped through by the keyboard alone as a presentation
 * clicker sends it (→, Page Down, space, ←, Page Up), each with its title over the network, in
 * high contrast with the panels hidden; Escape ends it; the views are kept with the workspace.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, waitForGraph, type AppSession } from './harness';

let app: AppSession;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const graph = (page: Page, attribute: string) =>
  page.getByTestId('graph').getAttribute(`data-${attribute}`);
const title = (page: Page) => page.getByTestId('story-title').textContent();

async function saveView(page: Page, name: string) {
  await page.getByTestId('view-title').fill(name);
  await page.getByTestId('save-view').click();
}

describe('present', () => {
  it('steps through a three-view story by keyboard alone, and keeps the views', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => app.errors.push(`page: ${error.message}`));
    await page.goto(`${app.origin}/?lang=es`);
    await waitForGraph(page);
    await page.getByTestId('area-present').click();
    await saveView(page, 'Toda la red');
    await page.getByTestId('colour-by').selectOption('country');
    await saveView(page, 'Por país');
    await page.getByTestId('layout-select').selectOption('sector');
    await expect.poll(() => graph(page, 'layout')).toBe('sector');
    await saveView(page, 'Por sector');
    expect(await page.getByTestId('saved-views').locator('li').count()).toBe(3);

    await page.getByTestId('present-start').click();
    await page.getByTestId('present-mode').waitFor();
    await expect.poll(() => title(page)).toBe('Toda la red');
    expect(await graph(page, 'theme')).toBe('high-contrast');
    await expect.poll(() => graph(page, 'layout')).toBe('force');
    expect(await graph(page, 'colour-by')).toBe('sector');
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    // The projector's black shows behind the network (the container over it is see-through).
    const background = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await background('.graph-area')).toBe('rgb(0, 0, 0)');
    expect(await background('[data-testid="graph"]')).toBe('rgba(0, 0, 0, 0)');

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => title(page)).toBe('Por país');
    expect(await graph(page, 'colour-by')).toBe('country');
    await page.keyboard.press('PageDown');
    await expect.poll(() => title(page)).toBe('Por sector');
    await expect.poll(() => graph(page, 'layout')).toBe('sector');
    // The last view stays the last.
    await page.keyboard.press(' ');
    expect(await title(page)).toBe('Por sector');
    await page.keyboard.press('PageUp');
    await expect.poll(() => title(page)).toBe('Por país');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => title(page)).toBe('Toda la red');
    // The theme stays the projector's through the story.
    expect(await graph(page, 'theme')).toBe('high-contrast');

    await page.keyboard.press('Escape');
    await page.getByTestId('present-mode').waitFor({ state: 'detached' });
    expect(await graph(page, 'theme')).toBe('default');
    expect(await page.locator('.app-header').isVisible()).toBe(true);

    await page.reload();
    await page.getByTestId('restore-continue').click();
    await page.getByTestId('saved-views').waitFor();
    const titles = await page
      .getByTestId('saved-views')
      .locator('.view-name')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(titles).toEqual(['Toda la red', 'Por país', 'Por sector']);
    expect(app.errors).toEqual([]);
    await context.close();
  });
});
