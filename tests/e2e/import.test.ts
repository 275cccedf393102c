import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, waitForGraph, type AppSession } from './harness';
import { illustrativeCounts } from './expected';
import { generateNetwork, networkToCsv } from '../../datasets/generator/network';

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const XSS = '<img src=x onerror="document.body.dataset.pwned=1">';

// Four problems, one per kind the user must be told about; everything else must survive.
const organizations = [
  'id,name,sector,country,city',
  'a,Cooperativa Alfa,cooperativa,MX,Ciudad de México',
  'b,Red Beta,network,MX,Puebla',
  'a,Otra Alfa,cooperative,MX,Ciudad de México',
  `c,"${XSS.replace(/"/g, '""')}",civil_society,"${XSS.replace(/"/g, '""')}",`,
].join('\n');
const links = [
  'source,target,type,weight',
  'a,b,partnership,2',
  'a,zz,trade,1',
  'b,c,policy,-3',
].join('\n');

function csv(name: string, text: string) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

async function messageRows(page: Page): Promise<string[]> {
  return page.getByTestId('import-message').allInnerTexts();
}

describe('importing files with problems', () => {
  it('lists each problem with its file, row and column, and draws the rest', async () => {
    const page = await app.open('?lang=en');
    await waitForGraph(page);
    await page
      .getByTestId('import-input')
      .setInputFiles([csv('links.csv', links), csv('organizations.csv', organizations)]);

    await expect
      .poll(() => page.getByTestId('graph-stats').innerText())
      .toContain('4 organisations · 3 alliances');
    const { nodes, edges } = await waitForGraph(page);
    expect([nodes, edges]).toEqual([4, 3]);

    const rows = await messageRows(page);
    const has = (...parts: string[]) => rows.some((row) => parts.every((p) => row.includes(p)));
    expect(has('organizations.csv', '4', 'id')).toBe(true); // duplicate id
    expect(has('organizations.csv', '5', 'country')).toBe(true); // unknown country
    expect(has('links.csv', '3', 'target', 'zz')).toBe(true); // unknown link end
    expect(has('links.csv', '4', 'weight')).toBe(true); // weight that is not positive
    await page.close();
  });

  it('shows names and values as text, never as HTML', async () => {
    const page = await app.open('?lang=en');
    await waitForGraph(page);
    await page
      .getByTestId('import-input')
      .setInputFiles([csv('organizations.csv', organizations), csv('links.csv', links)]);
    await expect.poll(() => messageRows(page).then((rows) => rows.join('\n'))).toContain('<img');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
    await page.close();
  });

  it('explains an unusable file in one sentence and keeps the network on screen', async () => {
    const page = await app.open('?lang=en');
    const before = await waitForGraph(page);
    expect(before.nodes).toBe(illustrativeCounts().organizations);
    await page
      .getByTestId('import-input')
      .setInputFiles([csv('notes.csv', 'just some words\nwithout any id column\n')]);
    const alert = page.getByTestId('import-error');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('notes.csv');
    expect(await waitForGraph(page)).toEqual(before);
    await page.close();
  });

  it('says in the reader’s language why a file is unusable', async () => {
    const page = await app.open('?lang=es');
    const before = await waitForGraph(page);
    await page
      .getByTestId('import-input')
      .setInputFiles([csv('notas.csv', 'solo unas palabras\nsin columna de id\n')]);
    const alert = page.getByTestId('import-error');
    await alert.waitFor();
    // The file's name is isolated in the sentence (U+2068 … U+2069).
    expect(await alert.innerText()).toMatch(
      /\u2068notas\.csv\u2069 .*(organizaciones|vínculos|columnas)/,
    );
    expect(await waitForGraph(page)).toEqual(before);
    await page.close();
  });

  it.each([
    ['es', 'imagen.csv', 'png', /imagen PNG/],
    ['fr', 'image.csv', 'png', /image PNG/],
    ['es', 'notas.csv', 'words', /solo unas palabras.*\(se buscó: id, /],
    ['fr', 'notes.csv', 'words', /solo unas palabras.*\(colonnes cherchées\s: id, /],
  ])('says as much as the English sentence in %s (%s)', async (lang, name, kind, expected) => {
    const page = await app.open(`?lang=${lang}`);
    await waitForGraph(page);
    const bytes =
      kind === 'png'
        ? Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3])
        : Buffer.from('solo unas palabras\nsin columna de id\n', 'utf8');
    await page
      .getByTestId('import-input')
      .setInputFiles([{ name, mimeType: 'text/csv', buffer: bytes }]);
    const alert = page.getByTestId('import-error');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(expected);
    await page.close();
  });

  it.each([
    ['en', /holds only alliances/, 'Import the alliances only', 'Cancel'],
    ['es', /solo contiene alianzas/, 'Importar solo las alianzas', 'Cancelar'],
    ['fr', /ne contient que des alliances/, 'Importer seulement les alliances', 'Annuler'],
  ])(
    'asks before a links file alone replaces the network (%s)',
    async (lang, says, importAnyway, cancel) => {
      const page = await app.open(`?lang=${lang}`);
      const before = await waitForGraph(page);
      const links = 'source,target,type\nred-a,red-b,partnership\nred-b,red-c,trade\n';
      const input = page.getByTestId('import-input');
      await input.setInputFiles([csv('alianzas.csv', links)]);
      const question = page.getByTestId('links-only');
      await question.waitFor();
      expect(await question.innerText()).toMatch(says);
      expect(await question.innerText()).toContain('alianzas.csv');
      // Nothing replaced while the question stands; cancelling keeps the network.
      expect(await waitForGraph(page)).toEqual(before);
      await question.getByRole('button', { name: cancel }).click();
      expect(await question.count()).toBe(0);
      expect(await waitForGraph(page)).toEqual(before);
      // Asked again, and answered yes: the organisations are the three ends named.
      await input.setInputFiles([csv('alianzas.csv', links)]);
      await question.getByRole('button', { name: importAnyway }).click();
      await page
        .getByTestId('graph')
        .and(page.locator('[data-nodes="3"][data-ready="true"]'))
        .waitFor();
      expect(await question.count()).toBe(0);
      await page.close();
    },
  );

  it('shows progress while a large network imports, and its size in the reader’s format', async () => {
    const network = networkToCsv(generateNetwork({ organizations: 5_000, links: 25_000, seed: 3 }));
    const page = await app.open('?lang=fr');
    await waitForGraph(page);
    const progress = page.getByTestId('import-progress').waitFor({ timeout: 30_000 });
    await page
      .getByTestId('import-input')
      .setInputFiles([
        csv('organizations.csv', network.organizations),
        csv('links.csv', network.links),
      ]);
    await progress;
    await page
      .getByTestId('graph')
      .and(page.locator('[data-nodes="5000"][data-ready="true"]'))
      .waitFor({ timeout: 60_000 });
    // French groups thousands with a narrow no-break space: "5 000 organisations".
    await expect
      .poll(() => page.getByTestId('graph-stats').innerText())
      .toMatch(/^5\u202f000 organisations · 25\u202f000 alliances$/);
    await page.close();
  }, 120_000);

  it.each([
    ['es', /fila|Fila/],
    ['fr', /ligne|Ligne/],
  ])('translates the messages into %s', async (lang, rowWord) => {
    const page = await app.open(`?lang=${lang}`);
    await waitForGraph(page);
    await page
      .getByTestId('import-input')
      .setInputFiles([csv('organizations.csv', organizations), csv('links.csv', links)]);
    await expect.poll(() => messageRows(page).then((rows) => rows.length)).toBeGreaterThan(3);
    expect((await messageRows(page)).join('\n')).toMatch(rowWord);
    await page.close();
  });

  it('lists a few hundred of many thousand messages at a time', async () => {
    const page = await app.open('?lang=en');
    await waitForGraph(page);
    // Each unknown country is a message of its own.
    const rows = ['id,name,country'];
    for (let i = 0; i < 1500; i++) rows.push(`o${i},Org ${i},Nowhere ${i}`);
    await page
      .getByTestId('import-input')
      .setInputFiles([csv('organizations.csv', rows.join('\n'))]);
    await page.getByTestId('import-more').waitFor();
    expect(await page.getByTestId('import-message').count()).toBe(200);
    await page.getByTestId('import-more').click();
    await expect.poll(() => page.getByTestId('import-message').count()).toBe(1200);
    expect(await page.getByTestId('import-messages').innerText()).toMatch(
      /1200 of 1[,\u202f ]?500 messages shown/,
    );
    await page.close();
  });

  it('says a notice repeated down a file once, and lists its rows on demand', async () => {
    const page = await app.open('?lang=en');
    await waitForGraph(page);
    const rows = ['source,target,weight'];
    for (let i = 0; i < 300; i++) rows.push(`a${i % 5},b${i % 7},heavy`);
    await page.getByTestId('import-input').setInputFiles([csv('links.csv', rows.join('\n'))]);
    await page.getByRole('button', { name: 'Import the alliances only' }).click();
    const weights = page
      .getByTestId('import-message')
      .filter({ hasText: 'Weights that are not positive numbers' });
    await expect.poll(() => weights.count()).toBe(1);
    expect(await weights.innerText()).toContain('300 rows: 2, 3, 4, 5, 6, …');
    const list = weights.getByTestId('import-message-rows');
    expect(await list.innerText()).toContain('Row 2 and 299 more');
    await list.locator('summary').click();
    await expect.poll(() => list.innerText()).toContain('299, 300, 301');
    await page.close();
  });

  it('says so when the import cannot be loaded (offline), and keeps the network on screen', async () => {
    // No service worker (it would have them cached): the import worker and the page's own
    // fallback cannot be loaded, as offline after a first visit in a browser without one.
    const page = await app.open('?lang=es', { serviceWorkers: 'block' });
    const before = await waitForGraph(page);
    await page.route(/\/assets\/(import\.worker|importDataset)-[^/]*\.js$/, (route) =>
      route.abort(),
    );
    await page
      .getByTestId('import-input')
      .setInputFiles([csv('organizations.csv', organizations), csv('links.csv', links)]);
    const alert = page.getByTestId('import-error');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/No se pudo cargar una parte de la aplicación/);
    await expect.poll(() => page.getByTestId('import-progress').count()).toBe(0);
    expect(await waitForGraph(page)).toEqual(before);
    await page.close();
    // The browser's own word for the requests this test refused; anything else still counts.
    const refused = app.errors.filter((e) => e.includes('net::ERR_FAILED'));
    expect(refused.length).toBeGreaterThan(0);
    app.errors.splice(0, app.errors.length, ...app.errors.filter((e) => !refused.includes(e)));
  });

  it('logged no console error and asked no other host for anything', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
