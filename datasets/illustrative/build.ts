/**
 * Builds datasets/illustrative/organizations.csv and links.csv from the hand-written
 * organisations (organizations.ts), the hand-written story alliances (stories.ts) and a seeded
 * plan of everyday alliances around them. Same bytes on every run:
 *
 *     npx tsx datasets/illustrative/build.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  affinity,
  allianceKind,
  allianceSince,
  allianceThemes,
  allianceUntil,
  allianceWeight,
  LAST_YEAR,
} from '../generator/alliances';
import { toCsv } from '../generator/csv';
import { createRandom, type Random } from '../generator/prng';
import { scopeBetween } from '../generator/places';
import { buildOrganizations, themesFromLetters, type Org } from './model';
import { BETWEEN, withinBudget } from './plan';
import { STORIES } from './stories';
import { ALIASES } from './organizations';

export const ORGANIZATION_TARGET = 212;
export const LINK_TARGET = 486;

interface Alliance {
  source: string;
  target: string;
  type: string;
  weight: number;
  directed: boolean;
  since: number;
  until: number | null;
  themes: string[];
}

/** Firms ally with no movement or union here, but for the two stories that say they do. */
function readiness(a: Org, b: Org): number {
  const pair = [a.sector, b.sector].sort().join('|');
  if (pair === 'movement|private' || pair === 'private|union') return 0;
  return affinity(a.sector, b.sector);
}

class Network {
  readonly alliances: Alliance[] = [];
  private readonly pairs = new Set<string>();
  readonly degree = new Map<string, number>();

  constructor(readonly byId: Map<string, Org>) {}

  static pairKey(a: string, b: string): string {
    return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  }

  has(a: string, b: string): boolean {
    return this.pairs.has(Network.pairKey(a, b));
  }

  add(alliance: Alliance): void {
    this.alliances.push(alliance);
    if (!this.has(alliance.source, alliance.target)) {
      for (const id of [alliance.source, alliance.target]) {
        this.degree.set(id, (this.degree.get(id) ?? 0) + 1);
      }
    }
    this.pairs.add(Network.pairKey(alliance.source, alliance.target));
  }
}

function addStories(network: Network): void {
  for (const [source, target, type, weight, since, until, letters] of STORIES) {
    for (const id of [source, target]) {
      const org = network.byId.get(id);
      if (!org) throw new Error(`build: story alliance names unknown organisation ${id}.`);
      if (org.isolated) throw new Error(`build: ${id} is meant to be isolated.`);
    }
    network.add({
      source,
      target,
      type,
      weight,
      directed: type === 'funding' || type === 'membership',
      since,
      until: until ?? null,
      themes: themesFromLetters(letters),
    });
  }
}

/** Weighted by degree (preferential attachment) and by how outgoing the sector is. */
function pickEnd(
  candidates: readonly Org[],
  network: Network,
  pull: (org: Org) => number,
  random: Random,
): Org {
  const weights = candidates.map((o) => (1 + (network.degree.get(o.id) ?? 0)) * pull(o));
  return candidates[random.weightedIndex(weights)]!;
}

function everydayAlliance(a: Org, b: Org, random: Random): Alliance {
  const kind = allianceKind(a.sector, b.sector, random);
  const [source, target] = kind.flip ? [b, a] : [a, b];
  const since = Math.max(allianceSince(random), source.founded ?? 0, target.founded ?? 0);
  return {
    source: source.id,
    target: target.id,
    type: kind.type,
    weight: allianceWeight(random),
    directed: kind.directed,
    since,
    until: allianceUntil(since, random),
    themes: allianceThemes(source.themes, target.themes, since, random),
  };
}

const LOCAL_PULL: Record<string, number> = { network: 2, government: 1.5, finance: 1.3 };
const OUTWARD_PULL: Record<string, number> = {
  network: 3,
  international: 3,
  government: 2.5,
  academia: 2.5,
  finance: 1.5,
  civil_society: 1,
  cooperative: 0.6,
  social_enterprise: 0.6,
  movement: 0.5,
  union: 0.5,
  private: 0.4,
};

function addEveryday(
  network: Network,
  groupA: readonly Org[],
  groupB: readonly Org[],
  count: number,
  crossCountry: boolean,
  random: Random,
): void {
  const eligible = (o: Org): boolean =>
    !o.isolated && !o.fixed && !(crossCountry && o.mexicoCityCooperative);
  const as = groupA.filter(eligible);
  const bs = groupB.filter(eligible);
  const pull = crossCountry
    ? (o: Org) => OUTWARD_PULL[o.sector] ?? 1
    : (o: Org) => LOCAL_PULL[o.sector] ?? 1;
  let added = 0;
  // Inside a community, everyone not meant to be isolated gets a first partner before the
  // well-connected get more (preferential attachment alone would strand newcomers).
  if (!crossCountry && groupA === groupB) {
    for (const a of as) {
      if (added >= count || (network.degree.get(a.id) ?? 0) > 0) continue;
      const partners = as.filter((b) => b.id !== a.id && readiness(a, b) > 0);
      if (partners.length === 0) continue;
      network.add(everydayAlliance(a, pickEnd(partners, network, pull, random), random));
      added++;
    }
  }
  for (let attempt = 0; added < count; attempt++) {
    if (attempt > 200 * count + 1000) throw new Error('build: a plan step cannot be filled.');
    const a = pickEnd(as, network, pull, random);
    const b = pickEnd(bs, network, pull, random);
    if (a.id === b.id || network.has(a.id, b.id)) continue;
    if (crossCountry === (a.country === b.country)) continue;
    if (!random.chance(readiness(a, b))) continue;
    network.add(everydayAlliance(a, b, random));
    added++;
  }
}

export function buildIllustrative(): { organizations: Org[]; alliances: Alliance[] } {
  const random = createRandom('alliance-atlas illustrative v1');
  const organizations = buildOrganizations(random);
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const network = new Network(byId);
  addStories(network);

  const inCluster = (names: readonly string[]): Org[] =>
    organizations.filter((o) => names.includes(o.cluster));
  const clusters = [...new Set(organizations.map((o) => o.cluster))];
  let planned = network.alliances.length;
  const steps: [Org[], Org[], number, boolean][] = [];
  for (const cluster of clusters) {
    const members = inCluster([cluster]);
    const count = withinBudget(cluster, members);
    if (count > 0) steps.push([members, members, count, false]);
    planned += count;
  }
  for (const step of BETWEEN) {
    steps.push([inCluster(step.a), inCluster(step.b), step.count, step.crossCountry]);
    planned += step.count;
  }
  // Alliances across Mexico City's alcaldías take what is left, so the total is exact.
  const rest = LINK_TARGET - planned;
  if (rest < 0) throw new Error(`build: the plan asks for ${-rest} links too many.`);
  const mexicoCity = organizations.filter((o) => o.cluster.startsWith('cdmx-'));
  steps.push([mexicoCity, mexicoCity, rest, false]);
  for (const [a, b, count, cross] of steps) addEveryday(network, a, b, count, cross, random);

  if (organizations.length !== ORGANIZATION_TARGET || network.alliances.length !== LINK_TARGET) {
    throw new Error('build: the counts drifted from the documented ones.');
  }
  // Code-point order, not localeCompare: the bytes must not depend on the machine's locale.
  const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const alliances = [...network.alliances].sort(
    (x, y) =>
      x.since - y.since ||
      byText(x.source, y.source) ||
      byText(x.target, y.target) ||
      byText(x.type, y.type),
  );
  return { organizations, alliances };
}

export function illustrativeCsv(): { organizations: string; links: string } {
  const { organizations, alliances } = buildIllustrative();
  return {
    organizations: toCsv(
      [
        'id',
        'name',
        'sector',
        'country',
        'region',
        'city',
        'lat',
        'lon',
        'scope',
        'themes',
        'aliases',
        'website',
        'founded',
      ],
      organizations.map((o) => [
        o.id,
        o.name,
        o.sector,
        o.country,
        o.region,
        o.city,
        o.lat,
        o.lon,
        o.scope,
        o.themes.join(';'),
        ALIASES.get(o.id) ?? null,
        o.website,
        o.founded,
      ]),
    ),
    links: toCsv(
      ['source', 'target', 'type', 'weight', 'directed', 'since', 'until', 'themes'],
      alliances.map((l) => [
        l.source,
        l.target,
        l.type,
        l.weight,
        l.directed,
        l.since,
        l.until,
        l.themes.join(';'),
      ]),
    ),
  };
}

function summary(): string {
  const { organizations, alliances } = buildIllustrative();
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const count = (values: string[]): string =>
    Object.entries(
      values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {}),
    )
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  const scopes = alliances.map((l) => scopeBetween(byId.get(l.source)!, byId.get(l.target)!));
  const linked = new Set(alliances.flatMap((l) => [l.source, l.target]));
  return [
    `${organizations.length} organisations, ${alliances.length} links (${STORIES.length} stories)`,
    `sectors: ${count(organizations.map((o) => o.sector))}`,
    `scopes: ${count(scopes)}`,
    `types: ${count(alliances.map((l) => l.type))}`,
    `since: ${count(alliances.map((l) => String(l.since)))}`,
    `ended: ${alliances.filter((l) => l.until !== null && l.until <= LAST_YEAR).length}`,
    `isolated: ${organizations
      .filter((o) => !linked.has(o.id))
      .map((o) => o.id)
      .join(' ')}`,
  ].join('\n');
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const here = dirname(fileURLToPath(import.meta.url));
  const csv = illustrativeCsv();
  writeFileSync(join(here, 'organizations.csv'), csv.organizations);
  writeFileSync(join(here, 'links.csv'), csv.links);
  process.stdout.write(`${summary()}\n`);
}
