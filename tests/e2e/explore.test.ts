/**
 * The Explore area on the illustrative dataset: filters and chips, encodings and clickable
 * legends, ego network, introductions, layouts — in English, Spanish and French, by keyboard.
 * Expected figures come from the CSV rows counted plainly, or from networkx (fixtures).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, waitForGraph, type AppSession } from './harness';
import { illustrativeRows } from './expected';

let app: AppSession;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const { organizations, links } = illustrativeRows();
const sectorOf = new Map(organizations.map((o) => [o.id!, o.sector!]));
const countryOf = new Map(organizations.map((o) => [o.id!, o.country!]));
const reference = JSON.parse(readFileSync('tests/fixtures/explore/illustrative.json', 'utf8')) as {
  paths: { from: string; to: string; distance: number; total: number; organizations: string[] }[];
  egos: { center: string; steps: number; organizations: string[] }[];
};

/**
 * What Cytoscape draws: the organisations and alliances visible in it, not what the store says
 * should be (a drawing that ignored a filter would fail).
 */
async function visible(page: Page): Promise<{ nodes: number; edges: number }> {
  return page.evaluate(() => {
    type Collection = { filter(selector: string): { length: number } };
    type Registered = { _cyreg: { cy: { nodes(): Collection; edges(): Collection } } };
    const element = document.querySelector('[data-testid="graph"]') as unknown as Registered;
    const { cy } = element._cyreg;
    return {
      nodes: cy.nodes().filter(':visible').length,
      edges: cy.edges().filter(':visible').length,
    };
  });
}

async function analysed(page: Page): Promise<void> {
  await page
    .getByTestId('analysis-status')
    .and(page.locator('[data-status="done"]'))
    .waitFor({ timeout: 30_000 });
}

async function select(page: Page, name: string): Promise<void> {
  const search = page.getByTestId('search-input');
  await search.fill(name);
  await page.getByTestId('search-suggestions').waitFor();
  await search.press('Enter');
  await page.getByTestId('details-panel').waitFor();
}

describe('filters', () => {
  it('combine OR within a kind and AND across kinds, show as chips, clear in one click (es)', async () => {
    const page = await app.open('?lang=es');
    await waitForGraph(page);
    await page.getByTestId('filters-toggle').click();
    const panel = page.getByTestId('filter-panel');
    await panel.getByRole('checkbox', { name: /^Sindicato/ }).check();
    await panel.getByRole('checkbox', { name: /^Cooperativa\b/ }).check();
    const chosen = new Set(['union', 'cooperative']);
    const inSectors = (id: string) => chosen.has(sectorOf.get(id)!);
    await expect
      .poll(async () => (await visible(page)).nodes)
      .toBe(organizations.filter((o) => inSectors(o.id!)).length);
    expect((await visible(page)).edges).toBe(
      links.filter((l) => inSectors(l.source!) && inSectors(l.target!)).length,
    );
    // AND across kinds: only those in Mexico.
    await panel
      .locator('fieldset[data-filter="countries"]')
      .getByRole('checkbox', { name: /^México/ })
      .check();
    const inBoth = (id: string) => inSectors(id) && countryOf.get(id) === 'MX';
    await expect
      .poll(async () => (await visible(page)).nodes)
      .toBe(organizations.filter((o) => inBoth(o.id!)).length);
    const chips = page.getByTestId('filter-chip');
    expect(await chips.count()).toBe(3);
    expect(await page.getByTestId('filter-chips').innerText()).toMatch(/Sector: Sindicato/);
    expect(await page.getByTestId('graph-stats').innerText()).toMatch(/ de 212 organizaciones/);
    await page.getByTestId('clear-filters').click();
    await expect.poll(async () => (await visible(page)).nodes).toBe(organizations.length);
    expect(await chips.count()).toBe(0);
    await page.close();
  });

  it('years, minimum weight and minimum partners by keyboard (fr)', async () => {
    const page = await app.open('?lang=fr');
    await waitForGraph(page);
    const toggle = page.getByTestId('filters-toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    const from = page.getByTestId('years-from');
    await from.focus();
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
    // 2015 + 5: alliances still active in 2020 or later.
    await expect
      .poll(() => page.getByTestId('filter-chips').innerText())
      .toMatch(/Années 2020–2025/);
    const year = (v: string | undefined) => (v ? Number(v.slice(0, 4)) : null);
    const active = links.filter((l) => {
      const until = year(l.until);
      return until === null || until >= 2020;
    });
    await expect.poll(async () => (await visible(page)).edges).toBe(active.length);
    const weight = page.getByTestId('min-weight');
    await weight.focus();
    await page.keyboard.press('End'); // the heaviest alliances only
    const heavy = active.filter((l) => Number(l.weight) >= 5);
    await expect.poll(async () => (await visible(page)).edges).toBe(heavy.length);
    expect(await page.getByTestId('filter-chips').innerText()).toMatch(/Poids ≥ 5/);
    // Removing a chip by keyboard.
    await page.getByRole('button', { name: /Retirer le filtre «\sPoids/ }).press('Enter');
    await expect.poll(async () => (await visible(page)).edges).toBe(active.length);
    const degree = page.getByTestId('min-degree');
    await degree.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByTestId('filter-chips').innerText()).toMatch(/Partenaires ≥ 2/);
    const left = await visible(page);
    expect(left.nodes).toBeGreaterThan(0);
    expect(left.nodes).toBeLessThan(organizations.length);
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('filter-panel').count()).toBe(0);
    await page.close();
  });
});

describe('encodings and legends', () => {
  it('colour by community with a clickable legend; size by betweenness (fr)', async () => {
    const page = await app.open('?lang=fr');
    await waitForGraph(page);
    await analysed(page);
    await page.getByTestId('colour-by').selectOption('community');
    const legend = page.getByTestId('legend');
    await expect.poll(() => legend.innerText()).toMatch(/Couleur\s:\sCommunauté/i);
    const first = legend.locator('li[data-group] button').first();
    const count = Number(await first.locator('.count').innerText());
    await first.click();
    expect(await first.getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(() => page.getByTestId('graph').getAttribute('data-highlighted'))
      .toBe(String(count));
    await first.click();
    await expect.poll(() => page.getByTestId('graph').getAttribute('data-highlighted')).toBe('0');
    await page.getByTestId('size-by').selectOption('betweenness');
    await expect.poll(() => legend.innerText()).toMatch(/Taille\s:\sintermédiarité/i);
    expect(await page.getByTestId('graph').getAttribute('data-size-by')).toBe('betweenness');
    await page.close();
  });

  it('keys line style by alliance type and highlights a type; colours by scope, country, region, theme (en)', async () => {
    const page = await app.open('?lang=en');
    await waitForGraph(page);
    const legend = page.getByTestId('legend');
    const membership = legend.locator('li[data-link-type="membership"] button');
    await membership.click();
    const touched = new Set(
      links.filter((l) => l.type === 'membership').flatMap((l) => [l.source, l.target]),
    );
    await expect
      .poll(() => page.getByTestId('graph').getAttribute('data-highlighted'))
      .toBe(String(touched.size));
    for (const [encoding, title] of [
      ['scope', /Colour: Scope[\s\S]*Local/i],
      ['country', /Colour: Country[\s\S]*Mexico/i],
      ['worldRegion', /Colour: World region[\s\S]*Latin America and the Caribbean/i],
      ['theme', /Colour: Theme/i],
    ] as const) {
      await page.getByTestId('colour-by').selectOption(encoding);
      await expect.poll(() => legend.innerText()).toMatch(title);
    }
    await page.close();
  });
});

describe('ego network and introductions', () => {
  it('shows the ego network of a union at 1 and 2 steps (networkx ego_graph)', async () => {
    const page = await app.open('?lang=en');
    await waitForGraph(page);
    await select(page, 'mx-sithc');
    const ego = page.getByTestId('ego-steps');
    for (const steps of [1, 2] as const) {
      await ego.getByRole('radio').nth(steps).check();
      const expected = reference.egos.find((e) => e.center === 'mx-sithc' && e.steps === steps)!;
      await expect
        .poll(async () => (await visible(page)).nodes)
        .toBe(expected.organizations.length);
      expect(await page.getByTestId('filter-chips').innerText()).toMatch(/Ego network of/);
    }
    await ego.getByRole('radio').first().check();
    await expect.poll(async () => (await visible(page)).nodes).toBe(organizations.length);
    await page.close();
  });

  it('says who can introduce a cooperative to a university (es, networkx all_shortest_paths)', async () => {
    const page = await app.open('?lang=es');
    await waitForGraph(page);
    await select(page, 'mx-milpa');
    const target = page.getByTestId('path-target');
    await target.fill('agraria del oriente');
    await page.getByTestId('path-target-suggestions').waitFor();
    await target.press('Enter');
    const expected = reference.paths.find((p) => p.from === 'mx-milpa' && p.to === 'mx-uagraria')!;
    const result = page.getByTestId('path-result');
    await result.waitFor();
    expect(await result.innerText()).toContain(
      `${expected.total} cadenas más cortas de ${expected.distance} pasos`,
    );
    expect(await page.getByTestId('path-chain').count()).toBe(expected.total);
    expect(await page.getByTestId('graph').getAttribute('data-path-organizations')).toBe(
      String(expected.organizations.length),
    );
    await page.getByRole('button', { name: 'Borrar el camino' }).click();
    await expect
      .poll(() => page.getByTestId('graph').getAttribute('data-path-organizations'))
      .toBe('0');
    await page.close();
  });
});

describe('layouts', () => {
  it('grouped by sector, concentric by a measure, geographic over the world outline, force again', async () => {
    const page = await app.open('?lang=en');
    await waitForGraph(page);
    await analysed(page);
    const graph = page.getByTestId('graph');
    const choose = async (kind: string) => {
      await page.getByTestId('layout-select').selectOption(kind);
      await graph.and(page.locator(`[data-layout="${kind}"][data-ready="true"]`)).waitFor();
    };
    await choose('sector');
    // Each sector's disc is named, with its count.
    expect(await page.getByTestId('group-captions').innerText()).toMatch(/Union · \d+/);
    await choose('concentric');
    await page.getByTestId('layout-measure').selectOption('betweenness');
    await graph.and(page.locator('[data-layout="concentric"]')).waitFor();
    await choose('geographic');
    await page.getByTestId('world-outline').and(page.locator('[data-ready="true"]')).waitFor();
    await choose('force');
    expect(await page.getByTestId('world-outline').count()).toBe(0);
    await page.close();
  });
});

/** Organisations whose disc or name is drawn past an edge of the graph's area, by Cytoscape. */
async function cutAtTheEdges(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Box = { x1: number; x2: number; y1: number; y2: number };
    type Node = {
      visible(): boolean;
      data(key: string): string;
      renderedBoundingBox(options: object): Box;
    };
    type Registered = {
      _cyreg: { cy: { width(): number; height(): number; nodes(): { toArray(): Node[] } } };
    };
    const element = document.querySelector('[data-testid="graph"]') as unknown as Registered;
    const { cy } = element._cyreg;
    const [width, height] = [cy.width(), cy.height()];
    return cy
      .nodes()
      .toArray()
      .filter((node) => node.visible())
      .filter((node) => {
        const box = node.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
        return box.x1 < 0 || box.y1 < 0 || box.x2 > width || box.y2 > height;
      })
      .map((node) => node.data('name'));
  });
}

describe('fitting', () => {
  it.each(['geographic', 'force', 'sector', 'concentric'])(
    'keeps every disc and every name inside the graph’s area (%s)',
    async (kind) => {
      const page = await app.open('?lang=en');
      await waitForGraph(page);
      const graph = page.getByTestId('graph');
      if (kind !== 'force') {
        await page.getByTestId('layout-select').selectOption(kind);
        await graph.and(page.locator(`[data-layout="${kind}"][data-ready="true"]`)).waitFor();
      }
      // The names are placed shortly after the fit.
      await page.waitForTimeout(600);
      expect(await cutAtTheEdges(page)).toEqual([]);
      await page.close();
    },
  );
});

describe('by keyboard alone', () => {
  it('colours, highlights from the legend, changes layout and asks for an introduction (es)', async () => {
    const page = await app.open('?lang=es');
    await waitForGraph(page);
    const graph = page.getByTestId('graph');
    // Colour by world region from the select, with arrow keys.
    await page.getByTestId('colour-by').focus();
    await page.getByTestId('colour-by').selectOption('worldRegion');
    const legend = page.getByTestId('legend');
    await expect.poll(() => legend.innerText()).toMatch(/América Latina y el Caribe/);
    // Tab to the first legend group and press Enter: it is highlighted.
    const first = legend.locator('li[data-group] button').first();
    await first.focus();
    await page.keyboard.press('Enter');
    expect(await first.getAttribute('aria-pressed')).toBe('true');
    expect(await first.innerText()).toMatch(/América Latina y el Caribe/);
    const count = await first.locator('.count').innerText();
    await expect.poll(() => graph.getAttribute('data-highlighted')).toBe(count);
    await page.keyboard.press('Space');
    expect(await first.getAttribute('aria-pressed')).toBe('false');
    // Layout from the keyboard.
    await page.getByTestId('layout-select').focus();
    await page.getByTestId('layout-select').selectOption('sector');
    await graph.and(page.locator('[data-layout="sector"][data-ready="true"]')).waitFor();
    // Search, then the introduction, with typing, arrows and Enter only.
    await page.getByTestId('search-input').focus();
    await page.keyboard.type('tejedoras');
    await page.getByTestId('search-suggestions').waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('details-panel').waitFor();
    await page.getByTestId('path-target').focus();
    await page.keyboard.type('estudios cooperativos');
    await page.getByTestId('path-target-suggestions').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    const expected = reference.paths.find((p) => p.from === 'mx-tejedoras' && p.to === 'mx-cecos')!;
    await expect
      .poll(() => page.getByTestId('path-result').innerText())
      .toContain(`${expected.total} cadenas más cortas de ${expected.distance} pasos`);
    await page.close();
  });
});

describe('trust', () => {
  it('logged no console error and asked no other host for anything', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
