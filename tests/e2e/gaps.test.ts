/**
 * The Analyse area's gaps and suggestions on a network with planted gaps: four sectors of ten
 * organisations, no tie between cooperatives and universities but unions tied to both (open
 * triads across the gap), two cooperatives apart in Japan and one union without ties. What the
 * page lists, shows in the network and computes in a worker equals `analyze --json`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { atlasJson } from './commandLine';
import type { AnalysisReport } from '../../src/core/report/reportTypes';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { formatMeasure, formatPercent } from '../../src/ui/analyse/format';
import { startApp, waitForGraph, type AppSession } from './harness';

const SECTORS = ['cooperative', 'academia', 'union', 'government'] as const;
const COUNTRIES = ['MX', 'BR', 'ES'];

function plantedNetwork(): { organizations: string; links: string } {
  const orgs = ['id,name,sector,country'];
  const links = ['source,target,type,weight'];
  const id = (sector: string, i: number) => `${sector.slice(0, 3)}${i}`;
  for (const sector of SECTORS) {
    for (let i = 0; i < 10; i += 1) {
      orgs.push(`${id(sector, i)},${sector} ${i},${sector},${COUNTRIES[i % 3]}`);
      // A ring inside each sector.
      links.push(`${id(sector, i)},${id(sector, (i + 1) % 10)},partnership,1`);
    }
  }
  for (let i = 0; i < 10; i += 1) {
    links.push(`${id('cooperative', i)},${id('union', i)},partnership,1`);
    links.push(`${id('cooperative', i)},${id('government', i)},partnership,1`);
    if (i < 5) {
      // Cooperatives and universities share two unions, never a tie: open triads over the gap.
      links.push(`${id('cooperative', i)},${id('union', i + 5)},partnership,1`);
      links.push(`${id('union', i)},${id('academia', i)},partnership,1`);
      links.push(`${id('union', i + 5)},${id('academia', i)},partnership,1`);
    } else links.push(`${id('academia', i)},${id('government', i)},partnership,1`);
  }
  // Apart: two cooperatives in Japan, tied to each other only; a union without ties.
  orgs.push('coop-jp1,Kyodo 1,cooperative,JP', 'coop-jp2,Kyodo 2,cooperative,JP');
  links.push('coop-jp1,coop-jp2,partnership,1');
  orgs.push('uni-alone,Lonely union,union,MX');
  return { organizations: orgs.join('\n') + '\n', links: links.join('\n') + '\n' };
}

const network = plantedNetwork();
const ORGANIZATIONS = 43;

function commandLine(effects: number): Promise<AnalysisReport> {
  const files = { 'organizations.csv': network.organizations, 'links.csv': network.links };
  const args = ['analyze', '--orgs', 'organizations.csv', '--links', 'links.csv', '--json'];
  return atlasJson([...args, '--effects', String(effects)], files);
}

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

async function imported(lang: string): Promise<Page> {
  const page = await app.open(`?lang=${lang}`);
  await waitForGraph(page);
  await page.getByTestId('import-input').setInputFiles([
    {
      name: 'organizations.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(network.organizations),
    },
    { name: 'links.csv', mimeType: 'text/csv', buffer: Buffer.from(network.links) },
  ]);
  await page
    .getByTestId('graph')
    .and(page.locator(`[data-nodes="${ORGANIZATIONS}"][data-ready="true"]`))
    .waitFor({ timeout: 30_000 });
  await page
    .getByTestId('analysis-status')
    .and(page.locator('[data-status="done"]'))
    .waitFor({ timeout: 60_000 });
  return page;
}

/** The organisations Cytoscape draws faded. */
async function faded(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Node = { id(): string; hasClass(name: string): boolean };
    type Registered = { _cyreg: { cy: { nodes(): { toArray(): Node[] } } } };
    const element = document.querySelector('[data-testid="graph"]') as unknown as Registered;
    return element._cyreg.cy
      .nodes()
      .toArray()
      .filter((n) => n.hasClass('look-faded'))
      .map((n) => n.id());
  });
}

const catalogues = { en, es } as const;

describe('gaps and suggestions in the Analyse area', () => {
  it.each(['es', 'en'] as const)(
    'lists the planted gap first, shows it, and the suggestion that closes it with what it would change (%s)',
    async (lang) => {
      const base = await commandLine(0);
      const [gap] = base.gaps.sector_pairs;
      expect(gap).toMatchObject({ observed: 0 });
      expect([...gap!.sectors].sort()).toEqual(['academia', 'cooperative']);

      const page = await imported(lang);
      await page.getByTestId('area-analyse').click();
      await page.getByTestId('analyse-tab-gaps').click();
      const gaps = page.getByTestId('gaps-list');
      await gaps.waitFor();
      // The zero-tie pair heads the list, with its ratio as a share of what sizes predict.
      const first = gaps.getByTestId('gaps-sector-pairs').getByRole('button').first();
      expect(await first.getAttribute('data-sectors')).toBe(gap!.sectors.join(' '));
      const sectorName = (s: string) => catalogues[lang].sector[s as 'cooperative'];
      const firstText = await first.innerText();
      expect(firstText).toContain(sectorName('cooperative'));
      expect(firstText).toContain(sectorName('academia'));
      expect(firstText).toContain(formatPercent(0, lang));
      // The small component (Japan), the union without ties, Japan and Asia apart.
      expect(await gaps.getByTestId('gaps-isolated').innerText()).toContain('Lonely union');
      expect(await gaps.getByTestId('gaps-small-components').innerText()).toContain('Kyodo 1');
      expect(base.gaps.isolated_regions?.map((g) => g.name)).toEqual(['asia', 'JP']);
      expect(await gaps.getByTestId('gaps-isolated-regions').getByRole('button').count()).toBe(2);

      // Choosing the pair makes its two sectors' organisations stand out, the rest fade.
      await first.click();
      const members = new Set(
        network.organizations
          .split('\n')
          .slice(1)
          .filter((row) => /,(cooperative|academia),/.test(row))
          .map((row) => row.split(',')[0]!),
      );
      const graph = page.getByTestId('graph');
      await expect.poll(() => graph.getAttribute('data-highlighted')).toBe(String(members.size));
      await expect.poll(async () => (await faded(page)).length).toBe(ORGANIZATIONS - members.size);
      for (const id of await faded(page)) expect(members.has(id), id).toBe(false);

      // Suggestions, closing sector gaps first: the first joins the gap pair and says so.
      await page.getByTestId('analyse-tab-suggestions').click();
      const list = page.getByTestId('suggestions-list');
      await list.getByTestId('suggestions-order-gaps').click();
      const [best] = base.suggestions_for_gaps;
      expect(best).toBeDefined();
      expect([...best!.sectors].sort()).toEqual(['academia', 'cooperative']);
      const suggestion = list.locator('button.suggested-alliance').first();
      expect(await suggestion.getAttribute('data-source')).toBe(best!.source);
      expect(await suggestion.getAttribute('data-target')).toBe(best!.target);
      const reasons = await suggestion.innerText();
      expect(reasons).toContain(sectorName('cooperative'));
      expect(reasons).toContain(sectorName('academia'));
      expect(reasons).toContain(formatPercent(best!.pair_ratio, lang));
      const shared = base.suggestions[best!.suggestion]!.shared_partners;
      expect(shared.length).toBeGreaterThan(0);

      // Choosing it: the pair selected, the pair and their shared partners standing out, and
      // what it would change computed in a worker, as `analyze --effects N` computes it.
      await suggestion.click();
      await expect.poll(() => graph.getAttribute('data-selected')).toBe(best!.source);
      await expect
        .poll(() => graph.getAttribute('data-highlighted'))
        .toBe(String(2 + shared.length));
      const effects = list.getByTestId('suggestion-effects');
      await effects.and(page.locator('[data-status="done"]')).waitFor({ timeout: 30_000 });
      const report = await commandLine(best!.suggestion + 1);
      const expected = report.suggestions[best!.suggestion]!.effects!;
      expect(expected).toBeTruthy();
      const changes: [string, { before: number | null; after: number | null }, boolean][] = [
        ['pair_ratio', expected.pair_ratio, true],
        ...expected.ei.map((e, i): [string, typeof e, boolean] => [`ei-${i}`, e, false]),
        ['betweenness-source', expected.betweenness.source, false],
        ['betweenness-target', expected.betweenness.target, false],
        ['sector_distance', expected.sector_distance, false],
      ];
      for (const [key, change, percent] of changes) {
        for (const when of ['before', 'after'] as const) {
          const cell = effects.getByTestId(`effect-${key}-${when}`);
          const format = percent ? formatPercent : formatMeasure;
          expect(await cell.innerText(), `${key} ${when}`).toBe(format(change[when], lang));
          const value = change[when];
          if (value === null) expect(await cell.getAttribute('data-value')).toBe('');
          else expect(Number(await cell.getAttribute('data-value'))).toBeCloseTo(value, 9);
        }
      }
      expect(await effects.getByTestId('effect-components_joined').getAttribute('data-value')).toBe(
        String(expected.components_joined),
      );
      // And back to the whole network.
      await list.getByTestId('analyse-show-all').click();
      await expect.poll(() => graph.getAttribute('data-highlighted')).toBe('0');
      await expect.poll(async () => (await faded(page)).length).toBe(0);
      expect(await list.getByTestId('suggestion-effects').count()).toBe(0);
      await page.close();
    },
    90_000,
  );

  it('logged no console error and asked no other host for anything', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
