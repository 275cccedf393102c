import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, waitForGraph, type AppSession } from './harness';

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** What the graph says of the view (GraphAttributes writes it from the store). */
async function viewOf(page: Page) {
  const graph = page.getByTestId('graph');
  const read = (name: string) => graph.getAttribute(`data-${name}`);
  return {
    scopeLayer: await read('scope-layer'),
    visibleNodes: await read('visible-nodes'),
    visibleEdges: await read('visible-edges'),
    colourBy: await read('colour-by'),
    layout: await read('layout'),
    selected: await read('selected'),
    camera: await read('camera'),
  };
}

/** The URL once the view has rested and been written. */
async function urlHolding(page: Page, part: string): Promise<string> {
  await expect
    .poll(() => decodeURIComponent(new URL(page.url()).hash), { timeout: 5_000 })
    .toContain(part);
  return page.url();
}

describe('the view in the URL', () => {
  it('opens the same view from its link in another window, and steps through views with Back and Forward', async () => {
    const page = await app.open('?lang=en');
    await waitForGraph(page);
    const graph = page.getByTestId('graph');
    expect(new URL(page.url()).hash).toBe('');

    await page.getByTestId('scope-switch').locator('[data-scope="national"]').click();
    await urlHolding(page, 'layer=national');

    await page.getByTestId('filters-toggle').click();
    await page
      .getByTestId('filter-panel')
      .getByRole('checkbox', { name: /^Cooperative\b/ })
      .check();
    await page.keyboard.press('Escape');
    await urlHolding(page, 'sector=cooperative');

    await page.getByTestId('colour-by').selectOption('country');
    await urlHolding(page, 'colour=country');

    await page.getByTestId('layout-select').selectOption('sector');
    await expect.poll(() => graph.getAttribute('data-layout')).toBe('sector');
    await urlHolding(page, 'layout=sector');
    const grouped = await viewOf(page);

    const search = page.getByTestId('search-input');
    await search.fill('Federación Nacional de Coop');
    await page.getByTestId('search-suggestions').waitFor();
    await search.press('Enter');
    await page.getByTestId('details-panel').waitFor();
    await expect.poll(() => graph.getAttribute('data-selected')).not.toBe('');
    await urlHolding(page, 'selected=');

    // Zoom in with the wheel: a camera move, kept in the same step of the history.
    const box = (await graph.boundingBox())!;
    // Off the centre: the wheel zooms about the pointer, so the camera looks elsewhere too.
    await page.mouse.move(box.x + box.width * 0.35, box.y + box.height * 0.4);
    // The search centred the organisation with an animation: the camera first comes to rest there
    // (read too early, that move would pass for the wheel's).
    let centred = await graph.getAttribute('data-camera');
    await expect
      .poll(
        async () => {
          const now = await graph.getAttribute('data-camera');
          const resting = now === centred;
          centred = now;
          return resting;
        },
        { interval: 500 },
      )
      .toBe(true);
    await page.mouse.wheel(0, -400);
    await expect.poll(() => graph.getAttribute('data-camera')).not.toBe(centred);
    const camera = (await graph.getAttribute('data-camera'))!;
    expect(camera).toMatch(/^-?[\d.]+,-?[\d.]+,[\d.]+$/);
    expect(camera).not.toMatch(/^0,0,/);
    const link = await urlHolding(page, `camera=${camera}`);
    const view = await viewOf(page);
    expect(view).toMatchObject({ scopeLayer: 'national', colourBy: 'country', layout: 'sector' });
    expect(link).toContain('?lang=en#v=1&');

    // The link in another browser context, in a window of another size.
    const other = await app.open(link.slice(app.origin.length + 1), {
      viewport: { width: 1100, height: 760 },
    });
    await waitForGraph(other);
    await expect.poll(() => viewOf(other), { timeout: 15_000 }).toEqual(view);
    // Once it rests, the camera stays the link's (no fit moves it afterwards).
    await other.waitForTimeout(1_500);
    expect(await viewOf(other)).toEqual(view);
    expect(other.url()).toBe(link);
    await other.close();

    // Back: the view before the selection; again: before the grouped layout; Forward: grouped.
    await page.goBack();
    await expect.poll(() => graph.getAttribute('data-selected')).toBe('');
    await expect.poll(() => viewOf(page)).toEqual(grouped);
    await page.goBack();
    await expect.poll(() => graph.getAttribute('data-layout')).toBe('force');
    expect(await graph.getAttribute('data-colour-by')).toBe('country');
    await page.goForward();
    await expect.poll(() => viewOf(page)).toEqual(grouped);
    await page.goForward();
    await expect.poll(() => viewOf(page)).toEqual(view);
    await page.close();
  });

  it('opens a link naming an organisation this network lacks, without it and with a notice', async () => {
    const page = await app.open('?lang=en#v=1&colour=scope&selected=not-in-this-network');
    await waitForGraph(page);
    await page
      .getByTestId('notice')
      .and(page.locator('[data-notice="viewOrganizations"]'))
      .waitFor();
    const graph = page.getByTestId('graph');
    await expect.poll(() => graph.getAttribute('data-colour-by')).toBe('scope');
    expect(await graph.getAttribute('data-selected')).toBe('');
    await expect.poll(() => new URL(page.url()).hash).toBe('#v=1&colour=scope');
    expect(new URL(page.url()).search).toBe('?lang=en');
    await page.close();
  });

  it('logged no console error and asked no other host for anything', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
