/**
 * The Export menu: each format downloaded from the app and opened again — CSV and the project
 * file by the app's own import, the workbook by SheetJS, GEXF and GraphML by networkx where
 * /usr/bin/python3 has it — with the command line's measures and, with a filter set, only the
 * network on screen.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProjectFile } from '../../src/core/export/projectFile';
import { importDataset } from '../../src/core/model/importDataset';
import { atlasJson, ILLUSTRATIVE } from './commandLine';
import { startApp, waitForGraph, type AppSession } from './harness';

let app: AppSession;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const PYTHON = '/usr/bin/python3';
const HAS_NETWORKX = (() => {
  try {
    execFileSync(PYTHON, ['-c', 'import networkx'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

interface Report {
  organizations: { id: string; degree: number; betweenness: number }[];
  links: unknown[];
}

async function ready(page: Page) {
  await waitForGraph(page);
  await page
    .getByTestId('analysis-status')
    .and(page.locator('[data-status="done"]'))
    .waitFor({ timeout: 60_000 });
}

/** Chooses a format in the Export menu; the files it downloads, by name. */
async function exported(page: Page, format: string, count = 1): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const onDownload = (download: Download) => {
    void download
      .path()
      .then((path) => files.set(download.suggestedFilename(), readFileSync(path)));
  };
  page.on('download', onDownload);
  await page.getByTestId('export-menu').click();
  await page.getByTestId(`export-${format}`).click();
  await expect.poll(() => files.size, { timeout: 60_000 }).toBe(count);
  page.off('download', onDownload);
  await expect
    .poll(() => page.getByTestId('export-status').getAttribute('data-status'))
    .toBe('done');
  return files;
}

function networkxRead(
  path: string,
  text: Buffer,
): { nodes: number; edges: number; node: Record<string, unknown> } {
  const script = `
import json, sys, tempfile
import networkx as nx
from networkx.readwrite.gexf import GEXF
data = sys.stdin.buffer.read()
kind = sys.argv[1]
with tempfile.NamedTemporaryFile(suffix='.' + kind) as f:
    f.write(data); f.flush()
    if kind == 'gexf':
        if '1.3' not in GEXF.versions:
            GEXF.versions['1.3'] = dict(GEXF.versions['1.2draft'], NS_GEXF='http://gexf.net/1.3', NS_VIZ='http://gexf.net/1.3/viz', VERSION='1.3')
        g = nx.read_gexf(f.name, version='1.3')
    else:
        g = nx.read_graphml(f.name)
print(json.dumps({'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'node': dict(g.nodes['mx-dgess'])}, default=str))
`;
  return JSON.parse(execFileSync(PYTHON, ['-c', script, path], { input: text, encoding: 'utf8' }));
}

describe('the Export menu', () => {
  it('saves the two CSV files with every measure, and the app reads them back (en)', async () => {
    const report = await atlasJson<Report>(['analyze', ...ILLUSTRATIVE, '--json']);
    const page = await app.open('?lang=en');
    await ready(page);
    const files = await exported(page, 'csv', 2);
    const names = [...files.keys()].sort();
    expect(names.length).toBe(2);
    const dataset = importDataset(
      names.map((name) => ({ name, bytes: new Uint8Array(files.get(name)!) })),
    );
    expect(dataset.organizations.length).toBe(report.organizations.length);
    expect(dataset.links.length).toBe(report.links.length);
    // The measures are in the file, as the command line computes them, and not read back.
    const orgsFile = names.find((n) => /organi/i.test(n))!;
    const text = files.get(orgsFile)!.toString('utf8');
    const header = text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0]!
      .split(',');
    const degreeAt = header.indexOf('atlas_degree');
    expect(degreeAt).toBeGreaterThan(0);
    const dgess = text.split(/\r?\n/).find((line) => line.startsWith('mx-dgess,'))!;
    expect(Number(dgess.split(',')[degreeAt])).toBe(
      report.organizations.find((o) => o.id === 'mx-dgess')!.degree,
    );
    expect(dataset.organizations[0]!.attributes['atlas_degree']).toBeUndefined();
    await page.close();
  });

  it('saves the network on screen only when a filter is set, in an Excel workbook (es)', async () => {
    const report = await atlasJson<Report>([
      'analyze',
      ...ILLUSTRATIVE,
      '--json',
      '--layer',
      'international',
    ]);
    const page = await app.open('?lang=es');
    await ready(page);
    await page.getByTestId('scope-switch').locator('[data-scope="international"]').click();
    await page.getByTestId('area-analyse').click();
    await page
      .getByTestId('analysed-network')
      .and(page.locator('.narrowed'))
      .waitFor({ timeout: 30_000 });
    await page.getByTestId('export-menu').click();
    expect(await page.locator('.export-choices .note').first().innerText()).toContain(
      `${report.organizations.length} organizaciones`,
    );
    await page.keyboard.press('Escape');
    const files = await exported(page, 'xlsx');
    const [name, bytes] = [...files][0]!;
    expect(name).toMatch(/\.xlsx$/);
    const book = XLSX.read(bytes, { type: 'buffer' });
    expect(book.SheetNames).toEqual(['Elements', 'Connections']);
    const elements = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Elements']!);
    const connections = XLSX.utils.sheet_to_json(book.Sheets['Connections']!);
    expect(elements.length).toBe(report.organizations.length);
    expect(connections.length).toBe(report.links.length);
    await page.close();
  });

  it.skipIf(!HAS_NETWORKX)(
    'saves GEXF and GraphML that networkx reads, with the drawn positions (fr)',
    async () => {
      const report = await atlasJson<Report>(['analyze', ...ILLUSTRATIVE, '--json']);
      const page = await app.open('?lang=fr');
      await ready(page);
      for (const format of ['gexf', 'graphml']) {
        const [name, bytes] = [...(await exported(page, format))][0]!;
        // Named after the network as the header shows it.
        expect(name).toMatch(new RegExp(`^Réseau ESS illustratif.*\\.${format}$`));
        const read = networkxRead(format, bytes);
        expect(read.nodes).toBe(report.organizations.length);
        expect(read.node['sector']).toBe('government');
        if (format === 'gexf') {
          expect(bytes.toString('utf8')).toMatch(/<viz:position x="-?[0-9.]+" y="-?[0-9.]+"/);
        }
      }
      await page.close();
    },
  );

  it('saves the project file, which opens with the same data and settings', async () => {
    const page = await app.open('?lang=en');
    await ready(page);
    await page.getByTestId('colour-by').selectOption('community');
    const [name, bytes] = [...(await exported(page, 'json'))][0]!;
    const { project } = readProjectFile(bytes.toString('utf8'), name);
    expect(project.dataset.organizations.length).toBe(212);
    expect(project.settings['colourBy']).toBe('community');
    await page.close();
  });

  it('logged no console error and asked no other host for anything', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
