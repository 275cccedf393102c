/**
 * The app's Import files button with the other formats: a Kumu workbook written by SheetJS here,
 * Gephi's Les Misérables sample (GEXF), and a project file saved by the command line — each
 * opened with the organisations and alliances the command line finds in it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../src/cli/run';
import { KUMU_CONNECTIONS, KUMU_ELEMENTS, workbook } from '../fixtures/formats/workbooks';
import { atlasJson } from './commandLine';
import { startApp, waitForGraph, type AppSession } from './harness';

let app: AppSession;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

interface Counts {
  summary: { organizations: number; links: number };
}

async function opened(file: { name: string; buffer: Buffer }, expected: Counts) {
  const page = await app.open('?lang=en');
  await waitForGraph(page);
  await page
    .getByTestId('import-input')
    .setInputFiles([{ ...file, mimeType: 'application/octet-stream' }]);
  await page
    .getByTestId('graph')
    .and(
      page.locator(
        `[data-nodes="${expected.summary.organizations}"][data-edges="${expected.summary.links}"]`,
      ),
    )
    .waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('import-error').count()).toBe(0);
  await page.close();
}

describe('Import files with other formats', () => {
  it('opens a Kumu workbook', async () => {
    const bytes = Buffer.from(workbook({ Elements: KUMU_ELEMENTS, Connections: KUMU_CONNECTIONS }));
    const dir = mkdtempSync(join(tmpdir(), 'atlas-kumu-'));
    writeFileSync(join(dir, 'mapa.xlsx'), bytes);
    const expected = await atlasJson<Counts>(['analyze', join(dir, 'mapa.xlsx'), '--json']);
    await opened({ name: 'mapa.xlsx', buffer: bytes }, expected);
  });

  it('opens Gephi’s Les Misérables sample', async () => {
    const path = 'tests/fixtures/formats/les-miserables.gexf';
    const expected = await atlasJson<Counts>(['analyze', path, '--json']);
    expect(expected.summary).toMatchObject({ organizations: 77, links: 254 });
    await opened({ name: 'les-miserables.gexf', buffer: readFileSync(path) }, expected);
  });

  it('opens a project file the command line saved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-project-'));
    const out = join(dir, 'tiny.json');
    const io: CliIo = {
      stdout: () => undefined,
      stderr: () => undefined,
      readFile: (p) => readFileSync(p),
      writeFile: (p, bytes) => writeFileSync(p, bytes),
    };
    const status = await run(
      [
        'export',
        'datasets/tiny/organizations.csv',
        'datasets/tiny/links.csv',
        '--format',
        'json',
        '--out',
        out,
      ],
      io,
    );
    expect(status).toBe(0);
    const expected = await atlasJson<Counts>(['analyze', out, '--json']);
    await opened({ name: 'tiny.json', buffer: readFileSync(out) }, expected);
  });

  it('logged no console error and asked no other host for anything', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
