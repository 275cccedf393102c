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

  it('logged no console error and asked no other host for anything', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
