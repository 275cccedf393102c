import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, waitForGraph, type AppSession } from './harness';

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('search', () => {
  it('suggests as you type, without regard to accents or case, and selects by keyboard', async () => {
    const page = await app.open('?lang=es');
    await waitForGraph(page);
    const search = page.getByTestId('search-input');
    await search.fill('FEDERACION NACIONAL DE COOP');
    const suggestions = page.getByTestId('search-suggestions');
    await suggestions.waitFor();
    expect(await suggestions.innerText()).toContain('Federación Nacional de Cooperativas');
    await search.press('Enter');
    await expect
      .poll(() => page.getByTestId('graph').getAttribute('data-selected'))
      .toBe('mx-fenacoop');
    expect(await search.inputValue()).toContain('Federación Nacional');
    await page.close();
  });

  it('logged no console error and asked no other host for anything', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
