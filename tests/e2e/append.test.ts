/**
 * Add files: a second CSV pair added to the illustrative network shown. One new organisation,
 * one whose id the network already has with another name (a conflict: the network's name is
 * kept and the message names the file, row and column of the other), and one new alliance.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, waitForGraph, type AppSession } from './harness';
import { illustrativeCounts, illustrativeRows } from './expected';

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const known = illustrativeRows().organizations[0]!;
const organizations = [
  'id,nombre,sector,país',
  `${known.id},Otra Dirección de Economía Social,${known.sector},${known.country}`,
  'zz-nueva,Cooperativa Nueva del Sur,cooperative,AR',
].join('\n');
const links = ['source,target,type', `zz-nueva,${known.id},partnership`].join('\n');

function csv(name: string, text: string) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

async function addFiles(page: Page) {
  await page
    .getByTestId('append-input')
    .setInputFiles([csv('mas-organizaciones.csv', organizations), csv('mas-vinculos.csv', links)]);
}

/** The message rows with the cells of each, in table order. */
async function messages(page: Page): Promise<string[][]> {
  await page.getByTestId('import-message').first().waitFor();
  return page
    .getByTestId('import-message')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('td'), (td) => td.textContent ?? '')),
    );
}

const { organizations: total, links: alliances } = illustrativeCounts();

describe('Add files', () => {
  it.each([
    [
      'es',
      `${total + 1} organizaciones · ${alliances + 1} alianzas`,
      /La organización «.*» ya tiene «.*» en la columna «.*nombre.*»; no se usó el valor «.*Otra Dirección de Economía Social.*» de esta fila\./,
      /Añadido a la red: 1 organización nueva, 1 fusionada por id y 1 vínculo nuevo\./,
    ],
    [
      'fr',
      `${total + 1} organisations · ${alliances + 1} alliances`,
      /L’organisation « .* » a déjà « .* » dans la colonne « .*nombre.* » ; la valeur « .*Otra Dirección de Economía Social.* » de cette ligne n’a pas été utilisée\./,
      /Ajouté au réseau : 1 nouvelle organisation, 1 fusionnée par identifiant et 1 nouveau lien\./,
    ],
  ])('adds a CSV pair to the network shown, in %s', async (lang, counts, conflict, summary) => {
    const page = await app.open(`?lang=${lang}`);
    await waitForGraph(page);
    const name = await page.getByTestId('dataset-name').innerText();
    expect(await page.getByTestId('append-files').isEnabled()).toBe(true);

    await addFiles(page);
    await expect.poll(() => page.getByTestId('graph-stats').innerText()).toContain(counts);
    expect(await waitForGraph(page)).toEqual({ nodes: total + 1, edges: alliances + 1 });
    // The network keeps its name.
    expect(await page.getByTestId('dataset-name').innerText()).toBe(name);

    // Values from the files are isolated (U+2068 … U+2069); French spaces are no-break ones.
    const normal = (text: string) => text.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ');
    const rows = (await messages(page)).map((cells) => cells.map(normal));
    const conflicts = rows.filter((cells) => conflict.test(cells[4]!));
    expect(conflicts).toHaveLength(1);
    const [, file, row, column, text] = conflicts[0]!;
    expect([file, row, column]).toEqual([
      'mas-organizaciones.csv',
      expect.stringMatching(/ 2$/),
      'nombre',
    ]);
    expect(text).toContain(known.id!);
    expect(text).toContain(known.name!);
    expect(rows.some((cells) => summary.test(cells[4]!))).toBe(true);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await page.close();
  });
});
