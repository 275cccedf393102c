/**
 * The story of the GSEF 2021 guiding questions, against the illustrative network: its facts are
 * counted again here straight from the links and the metrics (not with the module's helpers),
 * its views are valid forms that keep the base's layout and theme, and the questions the data
 * cannot answer (no government, no years, no metrics, one sector …) are left out.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset, Link, Organization } from '../../../src/core/model/types';
import { analyzeDataset } from '../../../src/core/report/analyzeDataset';
import type { AnalysisMetrics } from '../../../src/core/report/reportTypes';
import {
  guidingStory,
  STORY_SPLIT_YEAR,
  type GuidingFacts,
  type GuidingQuestion,
  type GuidingStep,
} from '../../../src/core/view/guidingStory';
import { DEFAULT_VIEW, readViewForm, type ViewForm } from '../../../src/core/view/viewForm';
import { illustrative } from '../explore/illustrative';

const SETTINGS = { weighted: false, seed: 1 };
const BASE: ViewForm = {
  ...DEFAULT_VIEW,
  layout: 'sector',
  theme: 'high-contrast',
  weighted: true,
  colourBy: 'community',
  area: 'analyse',
  selectedOrganization: 'someone',
  camera: { x: 10, y: -4, zoom: 2 },
};

let analysed: AnalysisMetrics | null = null;
function illustrativeMetrics(): AnalysisMetrics {
  analysed ??= analyzeDataset(illustrative(), SETTINGS);
  return analysed;
}

function stepsOf(steps: GuidingStep[], question: GuidingQuestion): GuidingStep[] {
  return steps.filter((s) => s.question === question);
}

/** The facts of the one step of a question, narrowed to that question's member. */
function factsOf<Q extends GuidingQuestion>(
  steps: GuidingStep[],
  question: Q,
): Extract<GuidingFacts, { question: Q }> {
  const found = stepsOf(steps, question);
  expect(found).toHaveLength(1);
  return found[0]!.facts as Extract<GuidingFacts, { question: Q }>;
}

const yearIn = (value: string | null): number | null =>
  value === null ? null : Number(value.slice(0, 4));

function organization(id: string, sector: string | null, themes: string[] = []): Organization {
  return {
    id,
    name: `Org ${id}`,
    sector,
    country: null,
    region: null,
    city: null,
    lat: null,
    lon: null,
    scope: null,
    worldRegion: null,
    themes,
    aliases: [],
    placeholder: false,
    attributes: {},
    row: null,
  };
}

function link(source: string, target: string, scope: Link['scope'], since: string | null): Link {
  return {
    key: `${source}-${target}`,
    source,
    target,
    type: 'partnership',
    weight: 1,
    directed: false,
    since,
    until: null,
    scope,
    scopeExplicit: true,
    themes: [],
    attributes: {},
    row: null,
  };
}

function tiny(organizations: Organization[], links: Link[]): Dataset {
  return {
    name: 'tiny',
    organizations,
    links,
    organizationColumns: [],
    linkColumns: [],
    issues: [],
  };
}

describe('guiding story of the illustrative network', () => {
  const dataset = illustrative();
  const metrics = illustrativeMetrics();
  const steps = guidingStory(dataset, metrics, BASE);

  it('answers every question, in question order, with the parts in their order', () => {
    expect(steps.map((s) => s.question)).toEqual([1, 2, 3, 4, 5, 6, 7, 7, 8, 9, 9, 9, 9, 10]);
    expect(steps.map((s) => s.part)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      { period: 'before', year: 2020 },
      { period: 'from', year: 2020 },
      null,
      { layer: 'local' },
      { layer: 'national' },
      { layer: 'regional' },
      { layer: 'international' },
      null,
    ]);
    for (const step of steps) expect(step.facts.question).toBe(step.question);
  });

  it('gives valid forms that keep the base’s layout, theme and weighting, in Present', () => {
    for (const { view } of steps) {
      expect(readViewForm(structuredClone(view))).toEqual(view);
      expect(view.layout).toBe('sector');
      expect(view.theme).toBe('high-contrast');
      expect(view.weighted).toBe(true);
      expect(view.area).toBe('present');
      expect(view.camera).toBe('fitted');
      expect(view.egoSteps).toBe(0);
      expect(view.pathTarget).toBeNull();
    }
    const byQuestion = (q: GuidingQuestion) => stepsOf(steps, q).map((s) => s.view);
    expect(byQuestion(1)[0]!.colourBy).toBe('scope');
    expect(byQuestion(2)[0]!.sizeBy).toBe('harmonic');
    expect(byQuestion(3)[0]!.highlight).toEqual({ encoding: 'sector', value: 'government' });
    expect(byQuestion(4)[0]!.colourBy).toBe('theme');
    // The crisis question's two periods show the scope of the alliances.
    for (const view of byQuestion(7)) expect(view.colourBy).toBe('scope');
    expect(byQuestion(8)[0]!.highlight).toEqual({ encoding: 'sector', value: 'international' });
    // A legend pick stands out among the groups of the colour on screen.
    for (const q of [3, 8] as const) expect(byQuestion(q)[0]!.colourBy).toBe('sector');
    for (const view of byQuestion(9)) expect(view.colourBy).toBe('sector');
    expect(byQuestion(10)[0]!.layer).toBe('international');
    expect(byQuestion(10)[0]!.highlightedOrganizations).toBeNull();
    // Other than the layers of Q9 and Q10 and Q7's years, the whole network, unfiltered.
    for (const step of steps) {
      if (step.question === 9 || step.question === 10) continue;
      expect(step.view.layer).toBe('all');
      if (step.question !== 7) expect(step.view.filters).toEqual(DEFAULT_VIEW.filters);
    }
  });

  it('counts the alliances started before and from 2020, and their cross-sector share', () => {
    const sectorOf = new Map(dataset.organizations.map((o) => [o.id, o.sector]));
    const facts = factsOf(steps, 1);
    const before = dataset.links.filter((l) => yearIn(l.since)! < 2020);
    const from = dataset.links.filter((l) => yearIn(l.since)! >= 2020);
    const crossing = (links: Link[]) =>
      links.filter((l) => {
        const [a, b] = [sectorOf.get(l.source), sectorOf.get(l.target)];
        return a != null && b != null && a !== b;
      }).length;
    expect(facts.splitYear).toBe(STORY_SPLIT_YEAR);
    expect(facts.before.started).toBe(before.length);
    expect(facts.from.started).toBe(from.length);
    expect(facts.before.crossSector).toBe(crossing(before));
    expect(facts.from.crossSector).toBe(crossing(from));
    expect(facts.from.crossSectorShare).toBeCloseTo(crossing(from) / from.length, 12);
    expect(facts.undated).toBe(0);
  });

  it('names the three organisations of widest reach, and the network’s size', () => {
    const facts = factsOf(steps, 2);
    const harmonic = metrics.organizations!.harmonic!;
    const highest = Object.values(harmonic)
      .filter((v): v is number => v !== null)
      .sort((a, b) => b - a)
      .slice(0, 3);
    expect(facts.measure).toBe('harmonic');
    expect(facts.top.map((o) => o.value)).toEqual(highest);
    expect(facts.organizations).toBe(dataset.organizations.length);
    expect(facts.alliances).toBe(dataset.links.length);
    expect(facts.components).toBe(metrics.summary!.components);
  });

  it('counts the sectors of the government organisations’ partners by hand', () => {
    const facts = factsOf(steps, 3);
    const sector = new Map(dataset.organizations.map((o) => [o.id, o.sector]));
    const isGovernment = (id: string) => sector.get(id) === 'government';
    // Each (alliance, partner sector) pair once.
    const reached = new Set<string>();
    for (const l of dataset.links) {
      if (l.source === l.target) continue;
      if (isGovernment(l.source)) reached.add(`${l.key}\n${sector.get(l.target) ?? ''}`);
      if (isGovernment(l.target)) reached.add(`${l.key}\n${sector.get(l.source) ?? ''}`);
    }
    const byHand: Record<string, number> = {};
    for (const pair of reached) {
      const partner = pair.split('\n')[1]!;
      byHand[partner] = (byHand[partner] ?? 0) + 1;
    }
    const counted = Object.fromEntries(
      facts.partnerSectors.map((p) => [p.sector ?? '', p.alliances]),
    );
    expect(counted).toEqual(byHand);
    const order = facts.partnerSectors.map((p) => p.alliances);
    expect(order).toEqual([...order].sort((a, b) => b - a));
    expect(facts.governmentOrganizations).toBe(
      dataset.organizations.filter((o) => o.sector === 'government').length,
    );
    const betweenness = metrics.organizations!.betweenness!;
    const best = Math.max(
      ...dataset.organizations
        .filter((o) => o.sector === 'government')
        .map((o) => betweenness[o.id] ?? -1),
    );
    expect(facts.topBroker?.value).toBe(best);
    expect(sector.get(facts.topBroker!.id)).toBe('government');
  });

  it('lists the themes, the most organisations first', () => {
    const facts = factsOf(steps, 4);
    const counts = facts.themes.map((t) => t.organizations);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const { theme, organizations } of facts.themes) {
      expect(organizations).toBe(
        dataset.organizations.filter((o) => o.themes.includes(theme)).length,
      );
    }
  });

  it('highlights the organisations of the most under-connected sector pair', () => {
    const facts = factsOf(steps, 5);
    const view = stepsOf(steps, 5)[0]!.view;
    const first = facts.pairs[0]!;
    expect(facts.pairs.length).toBeLessThanOrEqual(3);
    expect(first).toEqual(metrics.gaps!.sector_pairs[0]);
    const members = dataset.organizations
      .filter((o) => o.sector === first.sectors[0] || o.sector === first.sectors[1])
      .map((o) => o.id);
    expect(view.highlightedOrganizations).toEqual(members);
    expect(view.colourBy).toBe('sector');
  });

  it('picks the five organisations of highest betweenness, the first selected', () => {
    const facts = factsOf(steps, 6);
    const view = stepsOf(steps, 6)[0]!.view;
    const betweenness = metrics.organizations!.betweenness!;
    const highest = Object.values(betweenness)
      .filter((v): v is number => v !== null)
      .sort((a, b) => b - a)
      .slice(0, 5);
    expect(facts.top.map((o) => o.value)).toEqual(highest);
    for (const o of facts.top) {
      expect(betweenness[o.id]).toBe(o.value);
      expect(dataset.organizations.find((d) => d.id === o.id)!.name).toBe(o.name);
    }
    expect(view.sizeBy).toBe('betweenness');
    expect(view.highlightedOrganizations).toEqual(facts.top.map((o) => o.id));
    expect(view.selectedOrganization).toBe(facts.top[0]!.id);
  });

  it('splits the years at 2020 and counts each period’s alliances by hand', () => {
    const years = dataset.links.flatMap((l) => [yearIn(l.since), yearIn(l.until)]);
    const known = years.filter((y): y is number => y !== null);
    const [first, last] = [Math.min(...known), Math.max(...known)];
    const [before, from] = stepsOf(steps, 7);
    expect(before!.view.filters.years).toEqual({ from: first, to: 2019 });
    expect(from!.view.filters.years).toEqual({ from: 2020, to: last });
    for (const step of [before!, from!]) {
      const facts = step.facts as Extract<GuidingFacts, { question: 7 }>;
      const range = step.view.filters.years!;
      const active = dataset.links.filter((l) => {
        const since = yearIn(l.since);
        const until = yearIn(l.until);
        return (since === null || since <= range.to) && (until === null || until >= range.from);
      });
      const started = dataset.links.filter((l) => {
        const since = yearIn(l.since);
        return since !== null && since >= range.from && since <= range.to;
      });
      expect(facts.years).toEqual(range);
      expect(facts.active).toBe(active.length);
      expect(facts.started).toBe(started.length);
      for (const scope of ['local', 'national', 'regional', 'international'] as const) {
        expect(facts.startedByScope[scope]).toBe(started.filter((l) => l.scope === scope).length);
      }
    }
  });

  it('names the international organisations of highest betweenness', () => {
    const facts = factsOf(steps, 8);
    const internationals = dataset.organizations.filter((o) => o.sector === 'international');
    const ids = new Set(internationals.map((o) => o.id));
    const theirs = dataset.links.filter((l) => ids.has(l.source) || ids.has(l.target));
    expect(facts.internationalOrganizations).toBe(internationals.length);
    expect(facts.alliances).toBe(theirs.length);
    expect(facts.internationalAlliances).toBe(
      theirs.filter((l) => l.scope === 'international').length,
    );
    expect(facts.top).toHaveLength(3);
    for (const o of facts.top) expect(ids.has(o.id)).toBe(true);
  });

  it('steps through the layers from local to international, each counted by hand', () => {
    const layers = stepsOf(steps, 9);
    expect(layers.map((s) => s.view.layer)).toEqual([
      'local',
      'national',
      'regional',
      'international',
    ]);
    for (const step of layers) {
      const facts = step.facts as Extract<GuidingFacts, { question: 9 }>;
      const ofLayer = dataset.links.filter((l) => l.scope === step.view.layer);
      expect(facts.layer).toBe(step.view.layer);
      expect(facts.alliances).toBe(ofLayer.length);
      expect(facts.organizations).toBe(new Set(ofLayer.flatMap((l) => [l.source, l.target])).size);
    }
  });

  it('passes on the international gaps as found', () => {
    const facts = factsOf(steps, 10);
    expect(facts.sectorsWithoutInternational).toEqual(metrics.gaps!.sectors_without_international);
    expect(facts.isolatedRegions).toEqual(metrics.gaps!.isolated_regions);
  });
});

describe('questions the data cannot answer', () => {
  const dataset = illustrative();

  it('leaves out the governments’ role when no organisation is a government', () => {
    const noGovernment: Dataset = {
      ...dataset,
      organizations: dataset.organizations.map((o) =>
        o.sector === 'government' ? { ...o, sector: 'civil_society' } : o,
      ),
    };
    const steps = guidingStory(noGovernment, analyzeDataset(noGovernment, SETTINGS), BASE);
    expect(steps.map((s) => s.question)).not.toContain(3);
    expect(steps.map((s) => s.question)).toContain(6);
  });

  it('leaves out the crisis periods when the alliances carry no years', () => {
    const undated: Dataset = {
      ...dataset,
      links: dataset.links.map((l) => ({ ...l, since: null, until: null })),
    };
    const steps = guidingStory(undated, illustrativeMetrics(), BASE);
    expect(steps.map((s) => s.question)).not.toContain(7);
    expect(factsOf(steps, 1).undated).toBe(dataset.links.length);
  });

  it('leaves out what needs the measures while they are not computed', () => {
    const steps = guidingStory(dataset, null, BASE);
    expect(steps.map((s) => s.question)).toEqual([1, 2, 4, 7, 7, 9, 9, 9, 9]);
    const reach = factsOf(steps, 2);
    expect(reach.top).toEqual([]);
    expect(reach.components).toBeNull();
  });

  it('leaves out what a small network has nothing for', () => {
    // One sector, no theme, no international alliance, every year from 2020 on.
    const small = tiny(
      [organization('a', 'cooperative'), organization('b', 'cooperative'), organization('c', null)],
      [link('a', 'b', 'local', '2021'), link('b', 'c', 'national', '2022')],
    );
    const steps = guidingStory(small, analyzeDataset(small, SETTINGS), DEFAULT_VIEW);
    expect(steps.map((s) => s.question)).toEqual([1, 2, 6, 9, 9]);
    expect(steps.filter((s) => s.question === 9).map((s) => s.part)).toEqual([
      { layer: 'local' },
      { layer: 'national' },
    ]);
    for (const { view } of steps) expect(readViewForm(view)).toEqual(view);
  });

  it('leaves the crisis periods out when every year falls before 2020', () => {
    const small = tiny(
      [organization('a', 'government', ['care']), organization('b', 'international')],
      [link('a', 'b', 'international', '2018')],
    );
    const steps = guidingStory(small, analyzeDataset(small, SETTINGS), DEFAULT_VIEW);
    expect(steps.map((s) => s.question)).not.toContain(7);
    expect(steps.map((s) => s.question)).toContain(3);
    expect(steps.map((s) => s.question)).toContain(10);
  });
});
