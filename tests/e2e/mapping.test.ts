import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, waitForGraph, type AppSession } from './harness';

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

// Headers the alias tables do not know (a registry export, say): the reader maps them by hand.
const members = [
  'codigo;denominacion;rubro;pais',
  'c1;Cooperativa Uno;cooperativa;MX',
  'c2;Red Dos;red;CO',
  'c3;Sindicato Tres;sindicato;FR',
].join('\n');

describe('the column-mapping step', () => {
  it('offers to name the columns of a file it cannot match, then imports it', async () => {
    const page = await app.open('?lang=en');
    await waitForGraph(page);
    await page
      .getByTestId('import-input')
      .setInputFiles([
        { name: 'miembros.csv', mimeType: 'text/csv', buffer: Buffer.from(members, 'utf8') },
      ]);
    const form = page.getByTestId('column-mapping');
    await form.waitFor();
    expect(await form.innerText()).toContain('miembros.csv');
    const apply = form.getByRole('button', { name: /Import with these columns/ });
    expect(await apply.isDisabled()).toBe(true); // no id column yet

    await form.getByLabel('codigo').selectOption('id');
    await form.getByLabel('denominacion').selectOption('name');
    await form.getByLabel('rubro').selectOption('sector');
    await apply.click();

    await expect
      .poll(() => page.getByTestId('graph-stats').innerText())
      .toContain('3 organisations · 0 alliances');
    expect(await form.count()).toBe(0);
    expect(await page.getByTestId('import-error').count()).toBe(0);
    expect(await page.getByTestId('legend').innerText()).toMatch(/Union/);
    await page.close();
  });

  it.each([
    ['es', 'Identificador (único)', 'Región del mundo'],
    ['fr', 'Identifiant (unique)', 'Région du monde'],
  ])(
    'names the fields in the reader’s language and isolates the file’s headers (%s)',
    async (lang, id, worldRegion) => {
      const page = await app.open(`?lang=${lang}`);
      await waitForGraph(page);
      await page
        .getByTestId('import-input')
        .setInputFiles([
          { name: 'miembros.csv', mimeType: 'text/csv', buffer: Buffer.from(members, 'utf8') },
        ]);
      const form = page.getByTestId('column-mapping');
      await form.waitFor();
      const select = form.getByLabel('codigo');
      const options = await select.locator('option').allInnerTexts();
      expect(options).toContain(id);
      expect(options).toContain(worldRegion);
      expect(options.join(' ')).not.toMatch(/\b(world_region|lat|lon|themes)\b/);
      // What is still needed, named the same way.
      expect(await form.locator('.note').innerText()).toMatch(
        new RegExp(`: ${id.replace(/[()]/g, '\\$&')}\\.$`),
      );
      // The file's headers and its name are its own text, isolated from the app's words.
      const headers = await form.locator('tbody label bdi.user-text').allInnerTexts();
      expect(headers).toEqual(['codigo', 'denominacion', 'rubro', 'pais']);
      expect(await form.locator('h2').innerText()).toContain('\u2068miembros.csv\u2069');

      await select.selectOption({ label: id });
      await form.getByLabel('denominacion').selectOption('name');
      await form.getByRole('button', { name: /Importar|Importer/ }).click();
      await expect.poll(() => page.getByTestId('graph-stats').innerText()).toMatch(/^3 organ/);
      await page.close();
    },
  );

  it('clears the previous import’s messages when a new import begins', async () => {
    const page = await app.open('?lang=en');
    await waitForGraph(page);
    // An import that leaves messages behind (the same id twice)...
    const duplicated = ['id,name,sector', 'a1,Uno,cooperative', 'a1,Otra,network'].join('\n');
    await page
      .getByTestId('import-input')
      .setInputFiles([
        { name: 'dobles.csv', mimeType: 'text/csv', buffer: Buffer.from(duplicated, 'utf8') },
      ]);
    await page.getByTestId('import-messages').waitFor();
    // ...then one that needs its columns named: what is above the step concerns this file only.
    await page
      .getByTestId('import-input')
      .setInputFiles([
        { name: 'miembros.csv', mimeType: 'text/csv', buffer: Buffer.from(members, 'utf8') },
      ]);
    await page.getByTestId('column-mapping').waitFor();
    expect(await page.getByTestId('import-messages').count()).toBe(0);
    await page.close();
  });

  it('logged no console error and asked no other host for anything', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
