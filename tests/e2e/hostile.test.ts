/**
 * Every view of the app on hostile data (hostileData.ts): the illustrative network plus
 * organisations and alliances whose names, sectors, alliance types, themes, countries, world
 * regions, scopes and extra columns are markup, the names of built-in object properties, a name
 * with a right-to-left override in the middle, and a 10,000-character word; imported through the
 * file chooser as two CSV files. Nothing may run, blank the page, log an error or open a dialog;
 * every organisation and alliance is counted; the override reorders nothing around it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startApp, waitForGraph, type AppSession } from './harness';
import {
  EXTRA_COLUMNS,
  HOSTILE,
  IMG,
  LONG_NAME,
  PROTOTYPE_NAMES,
  RTL_NAME,
  SCRIPT,
  hostileFiles,
} from './hostileData';

let app: AppSession;
let page: Page;
const dialogs: string[] = [];
const files = hostileFiles();
const { organizations, links } = files.counts;

beforeAll(async () => {
  app = await startApp();
  page = await app.open('?lang=en');
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await waitForGraph(page);
  await page.getByTestId('import-input').setInputFiles([
    { name: 'organizations.csv', mimeType: 'text/csv', buffer: Buffer.from(files.organizations) },
    { name: 'links.csv', mimeType: 'text/csv', buffer: Buffer.from(files.links) },
  ]);
  await graph()
    .and(page.locator(`[data-nodes="${organizations}"][data-ready="true"]`))
    .waitFor({ timeout: 60_000 });
}, 120_000);
afterAll(async () => {
  await app?.close();
});

const graph = () => page.getByTestId('graph');
const legend = () => page.getByTestId('legend');

async function visible(): Promise<{ nodes: number; edges: number }> {
  return {
    nodes: Number(await graph().getAttribute('data-visible-nodes')),
    edges: Number(await graph().getAttribute('data-visible-edges')),
  };
}

/** Nothing ran: no dialog, no flag set by an injected handler, no image from the markup. */
async function nothingRan(): Promise<void> {
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('body script').count()).toBe(0);
  expect(app.errors).toEqual([]);
}

/** The text's direction cannot leak: the element holding it isolates it. */
async function isolated(holder: Locator): Promise<void> {
  expect(await holder.evaluate((element) => getComputedStyle(element).unicodeBidi)).toBe('isolate');
}

/** The innermost element under `scope` whose own text is exactly `text`. */
function holding(scope: Locator, text: string): Locator {
  return scope.locator('bdi').filter({ hasText: text }).last();
}

/** A checkbox of the filter panel, found by its value (which CSS would have to escape). */
async function filterBox(kind: string, value: string): Promise<Locator> {
  const boxes = page.locator(`[data-filter="${kind}"] input[type="checkbox"]`);
  const values = await boxes.evaluateAll((inputs) =>
    inputs.map((input) => (input as HTMLInputElement).value),
  );
  const index = values.indexOf(value);
  expect(index, `${kind} offers “${value.slice(0, 40)}”`).toBeGreaterThanOrEqual(0);
  return boxes.nth(index);
}

/** The label Cytoscape draws for an organisation (through the registry on its container). */
function drawnLabel(id: string): Promise<string> {
  return page.evaluate((organization) => {
    type Cy = { getElementById(id: string): { data(key: string): unknown } };
    const container = document.querySelector('[data-testid="graph"]') as { _cyreg?: { cy?: Cy } };
    return String(container._cyreg?.cy?.getElementById(`o:${organization}`).data('label'));
  }, id);
}

async function select(id: string, query: string): Promise<void> {
  const search = page.getByTestId('search-input');
  await search.fill(query);
  const suggestion = page
    .getByTestId('search-suggestions')
    .locator(`[data-organization="${id.replace(/"/g, '\\"')}"]`);
  await suggestion.click();
  await page.getByTestId('details-panel').waitFor();
}

/** What is typed to find an organisation (a Map: the ids include `constructor`). */
const queries = new Map([
  ['hostile-script', 'script document body'],
  ['hostile-img', 'img src x onerror'],
  ['hostile-rtl', 'Cooperativa el Sur 42'],
  ['hostile-long', 'LongnameLongname'],
]);

describe('hostile data', () => {
  it('imports every organisation and alliance, and says what it kept as it was', async () => {
    await expect
      .poll(() => page.getByTestId('graph-stats').innerText())
      .toBe(`${organizations} organisations · ${links} alliances`);
    expect(await graph().getAttribute('data-edges')).toBe(String(links));
    const messages = page.getByTestId('import-message');
    await expect.poll(() => messages.count()).toBeGreaterThan(0);
    // The values a message names are isolated inside its sentence.
    const rows = await messages.allInnerTexts();
    expect(rows.some((row) => row.includes(`\u2068${RTL_NAME}\u2069`))).toBe(true);
    expect(rows.some((row) => row.includes(SCRIPT))).toBe(true);
    await page
      .getByTestId('analysis-status')
      .and(page.locator('[data-status="done"]'))
      .waitFor({ timeout: 60_000 });
    await nothingRan();
  });

  it('colours by every encoding, with a legend for each', async () => {
    for (const [encoding, title] of [
      ['community', /Colour: Community/i],
      ['scope', /Colour: Scope/i],
      ['country', /Colour: Country/i],
      ['worldRegion', /Colour: World region/i],
      ['theme', /Colour: Theme/i],
      ['sector', /Colour: Sector/i],
    ] as const) {
      await page.getByTestId('colour-by').selectOption(encoding);
      await expect.poll(() => legend().innerText()).toMatch(title);
      expect(await graph().getAttribute('data-colour-by')).toBe(encoding);
    }
    for (const measure of ['betweenness', 'pagerank', 'degree']) {
      await page.getByTestId('size-by').selectOption(measure);
      expect(await graph().getAttribute('data-size-by')).toBe(measure);
    }
    await nothingRan();
  });

  it('highlights each hostile alliance type from the legend, named in isolation', async () => {
    for (const { id, value } of HOSTILE) {
      const key = legend()
        .locator('[data-link-type]')
        .filter({ has: page.locator(`bdi[title="${value.replace(/"/g, '\\"')}"]`) })
        .getByRole('button');
      await key.click();
      expect(await key.getAttribute('aria-pressed')).toBe('true');
      // The type's two alliances: the organisation, its anchor and the next hostile one.
      await expect.poll(() => graph().getAttribute('data-highlighted'), { message: id }).toBe('3');
      await key.click();
      await expect.poll(() => graph().getAttribute('data-highlighted')).toBe('0');
    }
    const rtl = holding(legend(), RTL_NAME);
    await isolated(rtl);
    // Shortened in the legend, whole in its title.
    const long = legend().locator(`bdi[title="${LONG_NAME}"]`);
    expect((await long.innerText()).length).toBeLessThan(100);
    // The community legend too.
    await page.getByTestId('colour-by').selectOption('community');
    const first = legend().locator('li[data-group] button').first();
    await first.click();
    expect(Number(await graph().getAttribute('data-highlighted'))).toBeGreaterThan(0);
    await first.click();
    await page.getByTestId('colour-by').selectOption('sector');
    await nothingRan();
  });

  it('filters by every kind, hostile values included, with chips that isolate them', async () => {
    await page.getByTestId('filters-toggle').click();
    const panel = page.getByTestId('filter-panel');
    for (const [kind, value] of [
      ['sectors', '__proto__'],
      ['sectors', RTL_NAME],
      ['themes', 'constructor'],
      ['themes', LONG_NAME],
      ['linkTypes', 'toString'],
      ['linkTypes', IMG],
      ['countries', ''],
      ['worldRegions', ''],
    ] as const) {
      const box = await filterBox(kind, value);
      await box.check();
      await expect.poll(async () => (await visible()).nodes).toBeGreaterThan(0);
      await box.uncheck();
    }
    await (await filterBox('sectors', RTL_NAME)).check();
    const chips = page.getByTestId('filter-chips');
    await isolated(holding(chips, RTL_NAME));
    await isolated(holding(panel, RTL_NAME));
    await expect.poll(async () => (await visible()).nodes).toBe(1);
    await (await filterBox('sectors', RTL_NAME)).uncheck();
    // Years, minimum weight and minimum partners, by keyboard.
    await page.getByTestId('years-from').focus();
    await page.keyboard.press('ArrowRight');
    await page.getByTestId('min-weight').focus();
    await page.keyboard.press('ArrowRight');
    await page.getByTestId('min-degree').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('filter-chip').count()).toBe(3);
    await page.getByTestId('clear-filters').click();
    await expect.poll(async () => (await visible()).nodes).toBe(organizations);
    await page.getByTestId('filters-toggle').click();
    await nothingRan();
  });

  it('finds every hostile organisation and shows its details as text, inside the panel', async () => {
    for (const { id, value } of HOSTILE) {
      await select(id, queries.get(id) ?? value);
      const panel = page.getByTestId('details-panel');
      const title = page.locator('#details-title');
      expect(await title.innerText()).toBe(value);
      await isolated(title.locator('bdi'));
      // The extra columns are listed, their names and values as text.
      const attributes = await panel.locator('[data-fact="attribute"] dt').allInnerTexts();
      expect(attributes).toEqual(expect.arrayContaining([...EXTRA_COLUMNS]));
      // Nothing runs out of the panel, however long.
      const overflow = await panel.evaluate((element) => element.scrollWidth - element.clientWidth);
      expect(overflow, id).toBeLessThanOrEqual(0);
      expect(await graph().getAttribute('data-selected')).toBe(id);
    }
    // The search box's suggestions isolate and shorten names too.
    await page.getByTestId('search-input').fill('LongnameLongname');
    const suggestion = page
      .getByTestId('search-suggestions')
      .locator('[data-organization="hostile-long"]');
    expect((await suggestion.innerText()).length).toBeLessThan(100);
    await page.getByTestId('search-input').fill('Cooperativa el Sur');
    await isolated(holding(page.getByTestId('search-suggestions'), RTL_NAME));
    await page.getByTestId('search-input').press('Escape');
    await nothingRan();
  });

  it('draws each name on the canvas isolated (U+2068 … U+2069), long ones shortened', async () => {
    expect(await drawnLabel('hostile-rtl')).toBe(`\u2068${RTL_NAME}\u2069`);
    const long = await drawnLabel('hostile-long');
    expect(long.startsWith('\u2068Longname') && long.endsWith('…\u2069')).toBe(true);
    for (const name of PROTOTYPE_NAMES) expect(await drawnLabel(name)).toBe(`\u2068${name}\u2069`);
  });

  it('shows the ego network and introductions of organisations named like built-ins', async () => {
    await select('constructor', 'constructor');
    const ego = page.getByTestId('ego-steps');
    await ego.getByRole('radio').nth(1).check();
    // Its anchor, the hostile organisation before it and the one after.
    await expect.poll(async () => (await visible()).nodes).toBe(4);
    expect(await page.getByTestId('filter-chips').innerText()).toContain(
      'Ego network of \u2068constructor\u2069, 1 step',
    );
    await ego.getByRole('radio').nth(2).check();
    await expect.poll(async () => (await visible()).nodes).toBeGreaterThan(4);
    await ego.getByRole('radio').first().check();
    await expect.poll(async () => (await visible()).nodes).toBe(organizations);

    await select('__proto__', '__proto__');
    const target = page.getByTestId('path-target');
    await target.fill('hasOwnProperty');
    await page
      .getByTestId('path-target-suggestions')
      .locator('[data-organization="hasOwnProperty"]')
      .click();
    const result = page.getByTestId('path-result');
    await result.waitFor();
    expect(await page.getByTestId('path-chain').count()).toBeGreaterThan(0);
    expect(await result.innerText()).toContain('hasOwnProperty');
    expect(Number(await graph().getAttribute('data-path-organizations'))).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Clear the path' }).click();
    await page.getByRole('button', { name: 'Close the details' }).click();
    await nothingRan();
  });

  it('lays out by force, by sector, by a measure and on the world map', async () => {
    const choose = async (kind: string) => {
      await page.getByTestId('layout-select').selectOption(kind);
      await graph()
        .and(page.locator(`[data-layout="${kind}"][data-ready="true"]`))
        .waitFor({ timeout: 30_000 });
    };
    await choose('sector');
    const captions = page.getByTestId('group-captions');
    expect(await captions.innerText()).toContain('constructor · 1');
    await isolated(holding(captions, RTL_NAME));
    await choose('concentric');
    await page.getByTestId('layout-measure').selectOption('closeness');
    await graph().and(page.locator('[data-layout="concentric"][data-ready="true"]')).waitFor();
    await choose('geographic');
    await page.getByTestId('world-outline').and(page.locator('[data-ready="true"]')).waitFor();
    await choose('force');
    expect(await graph().getAttribute('data-nodes')).toBe(String(organizations));
    await nothingRan();
  });

  it('shows each scope layer, visible of total', async () => {
    for (const scope of ['local', 'national', 'regional', 'international', 'all']) {
      await page.getByTestId('scope-switch').locator(`[data-scope="${scope}"]`).click();
      const stats = page.getByTestId('graph-stats');
      if (scope === 'all') {
        await expect
          .poll(() => stats.innerText())
          .toBe(`${organizations} organisations · ${links} alliances`);
      } else {
        await expect
          .poll(() => stats.innerText())
          .toMatch(
            new RegExp(`^\\d+ of ${organizations} organisations · \\d+ of ${links} alliances$`),
          );
      }
    }
    await nothingRan();
  });

  it('logged no console error, threw nothing, opened no dialog and asked no other host', async () => {
    await nothingRan();
    expect(app.foreignRequests).toEqual([]);
  });
});
