import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/core/model/importDataset';
import { startApp, waitForGraph, type AppSession } from './harness';

let app: AppSession;
const dataset = importDataset([
  { name: 'organizations.csv', bytes: readFileSync('datasets/illustrative/organizations.csv') },
  { name: 'links.csv', bytes: readFileSync('datasets/illustrative/links.csv') },
]);

function layer(scope: string) {
  const links = dataset.links.filter((l) => l.scope === scope);
  const organizations = new Set(links.flatMap((l) => [l.source, l.target]));
  return { organizations: organizations.size, links: links.length };
}

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('the scope layers', () => {
  it('show each layer’s links and the organisations they touch, visible of total', async () => {
    const page = await app.open('?lang=en');
    await waitForGraph(page);
    const graph = page.getByTestId('graph');
    const stats = page.getByTestId('graph-stats');
    const total = `${dataset.organizations.length} organisations`;
    for (const scope of ['local', 'national', 'regional', 'international']) {
      const expected = layer(scope);
      const button = page.getByTestId('scope-switch').locator(`[data-scope="${scope}"]`);
      await button.click();
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      await expect
        .poll(() => stats.innerText())
        .toBe(
          `${expected.organizations} of ${total} · ${expected.links} of ${dataset.links.length} alliances`,
        );
      expect(await graph.getAttribute('data-visible-nodes')).toBe(String(expected.organizations));
      expect(await graph.getAttribute('data-visible-edges')).toBe(String(expected.links));
    }
    await page.getByTestId('scope-switch').locator('[data-scope="all"]').click();
    await expect.poll(() => stats.innerText()).toBe(`${total} · ${dataset.links.length} alliances`);
    await page.close();
  });

  it('names its buttons in the reader’s language and works from the keyboard', async () => {
    const page = await app.open('?lang=es');
    await waitForGraph(page);
    const names = await page.getByTestId('scope-switch').getByRole('button').allInnerTexts();
    expect(names).toEqual(['Todas', 'Local', 'Nacional', 'Regional', 'Internacional']);
    await page.getByTestId('scope-switch').locator('[data-scope="regional"]').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('graph').getAttribute('data-visible-edges'))
      .toBe(String(layer('regional').links));
    await page.close();
  });

  it('logged no console error and asked no other host for anything', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
