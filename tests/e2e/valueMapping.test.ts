/**
 * The value-mapping step: a sector the vocabulary does not know is read as the reader chooses,
 * the files read again, and the choice remembered for the next import of the same values.
 */
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
  'id,name,sector,country',
  'a,Cooperativa Uno,Co-operative,MX',
  'b,Colectivo Dos,Economía popular,MX',
  'c,Colectivo Tres,Economía popular,MX',
].join('\n');
const LINKS = ['source,target,type', 'a,b,Convenio', 'b,c,partnership'].join('\n');
const FILES = [
  { name: 'orgs.csv', mimeType: 'text/csv', buffer: Buffer.from(ORGANIZATIONS) },
  { name: 'links.csv', mimeType: 'text/csv', buffer: Buffer.from(LINKS) },
];

describe('the value-mapping step', () => {
  it('reads a custom sector as the reader chooses, and remembers it (es)', async () => {
    const page = await app.open('?lang=es');
    await waitForGraph(page);
    await page.getByTestId('import-input').setInputFiles(FILES);
    await page.getByTestId('graph').and(page.locator('[data-nodes="3"]')).waitFor();
    await page.getByTestId('value-mapping-open').click();
    const step = page.getByTestId('value-mapping');
    const sectors = step.locator('table[data-vocabulary="sector"]');
    // The registry wording is known; the other is kept as written.
    expect(await sectors.locator('tr[data-raw="Co-operative"] select').inputValue()).toBe(
      'cooperative',
    );
    const popular = sectors.locator('tr[data-raw="Economía popular"]');
    expect(await popular.locator('td').nth(1).innerText()).toBe('2');
    expect(await popular.locator('select').inputValue()).toBe('');
    await popular.locator('select').selectOption('movement');
    await step
      .locator('table[data-vocabulary="linkType"] tr[data-raw="Convenio"] select')
      .selectOption('partnership');
    await page.getByTestId('value-mapping-apply').click();
    // Read again: three organisations, two of them now movements, in the sector legend.
    await expect
      .poll(() => page.getByTestId('legend').innerText(), { timeout: 30_000 })
      .toMatch(/Movimiento o colectivo\s*2/);
    // The next import of the same files reads them so at once.
    await page.getByTestId('import-input').setInputFiles(FILES);
    await page.getByTestId('graph').and(page.locator('[data-nodes="3"]')).waitFor();
    await expect
      .poll(() => page.getByTestId('legend').innerText(), { timeout: 30_000 })
      .toMatch(/Movimiento o colectivo\s*2/);
    await page.getByTestId('value-mapping-open').click();
    expect(await popular.locator('select').inputValue()).toBe('movement');
    expect(await popular.innerText()).toContain('su elección anterior');
    await page.close();
  });

  it('logged no console error and asked no other host for anything', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
