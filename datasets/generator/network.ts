/**
 * Seeded synthetic SSE alliance networks for benchmarks and load tests, shaped like real ones:
 * sectors in realistic shares, a home-country bias, planted communities (most alliances inside
 * one), heavy-tailed degrees (preferential attachment inside communities), and the link types,
 * weights, years and themes of the illustrative network. Pure: no I/O; the CLI writes files.
 */
import {
  affinity,
  allianceKind,
  allianceSince,
  allianceThemes,
  allianceUntil,
  allianceWeight,
} from './alliances';
import { toCsv } from './csv';
import { makeOrganizations, plantCommunities, type Community } from './population';
import { createRandom } from './prng';

export interface GenerateOptions {
  organizations: number;
  links: number;
  seed: string | number;
}

export interface GeneratedOrganization {
  id: string;
  name: string;
  sector: string;
  country: string;
  region: string | null;
  city: string | null;
  lat: number | null;
  lon: number | null;
  scope: string;
  themes: string[];
  /** The planted community, written as an extra column so that detection can be checked. */
  community: number;
}

export interface GeneratedLink {
  source: string;
  target: string;
  type: string;
  weight: number;
  directed: boolean;
  since: number;
  until: number | null;
  themes: string[];
}

export interface GeneratedNetwork {
  organizations: GeneratedOrganization[];
  links: GeneratedLink[];
}

/** Beyond this the pair keys (lo · n + hi) would no longer be exact doubles. */
export const MAX_ORGANIZATIONS = 10_000_000;
/** Far above any benchmark; keeps a typo from asking for more memory than a machine has. */
export const MAX_LINKS = 50_000_000;

function checkOptions({ organizations: n, links: m }: GenerateOptions): void {
  if (!Number.isInteger(n) || n < 1 || n > MAX_ORGANIZATIONS) {
    throw new RangeError(
      `generateNetwork: organizations must be a whole number from 1 to ${MAX_ORGANIZATIONS}, not ${n}.`,
    );
  }
  if (!Number.isInteger(m) || m < 0 || m > MAX_LINKS) {
    throw new RangeError(
      `generateNetwork: links must be a whole number from 0 to ${MAX_LINKS}, not ${m}.`,
    );
  }
  const maxLinks = (n * (n - 1)) / 2;
  if (m > maxLinks) {
    throw new RangeError(
      `generateNetwork: ${n} organizations allow at most ${maxLinks} distinct pairs, not ${m} links.`,
    );
  }
}

/**
 * `organizations` organisations and exactly `links` alliances between distinct pairs (no self
 * links, no parallel links), the same bytes for the same seed. Throws a RangeError naming the
 * bad argument. Time and memory grow linearly with the two counts.
 */
export function generateNetwork(options: GenerateOptions): GeneratedNetwork {
  checkOptions(options);
  const { organizations: n, links: m } = options;
  const random = createRandom(`alliance-atlas:${options.seed}`);
  const communities = plantCommunities(n, random);
  const organizations = makeOrganizations(n, communities, random);
  const sectors = organizations.map((o) => o.sector);

  const pairs = new Set<number>();
  const globalUrn = new Int32Array(2 * m);
  let urnSize = 0;
  const links: GeneratedLink[] = [];
  const single = communities.list.length === 1;

  const fromCommunity = (community: Community): number =>
    community.urn.length === 0 || random.chance(0.3)
      ? community.members[random.int(community.members.length)]!
      : community.urn[random.int(community.urn.length)]!;
  const fromAnywhere = (): number =>
    urnSize === 0 || random.chance(0.3) ? random.int(n) : globalUrn[random.int(urnSize)]!;

  const addLink = (u: number, v: number): void => {
    const a = organizations[u]!;
    const b = organizations[v]!;
    const kind = allianceKind(a.sector, b.sector, random);
    const [source, target] = kind.flip ? [b, a] : [a, b];
    const since = allianceSince(random);
    links.push({
      source: source.id,
      target: target.id,
      type: kind.type,
      weight: allianceWeight(random),
      directed: kind.directed,
      since,
      until: allianceUntil(since, random),
      themes: allianceThemes(source.themes, target.themes, since, random),
    });
    globalUrn[urnSize++] = u;
    globalUrn[urnSize++] = v;
    communities.list[a.community]!.urn.push(u);
    if (b.community !== a.community) communities.list[b.community]!.urn.push(v);
  };

  // Attempts are bounded so that a dense request cannot spin; the sweep below finishes it.
  let attempts = 0;
  const maxAttempts = 30 * m + 1000;
  while (links.length < m && attempts < maxAttempts) {
    attempts++;
    let u: number;
    let v: number;
    if (single || random.chance(0.82)) {
      const community = communities.list[communities.of[random.int(n)]!]!;
      if (community.members.length < 2) continue;
      u = fromCommunity(community);
      v = fromCommunity(community);
    } else {
      u = fromAnywhere();
      v = fromAnywhere();
      if (communities.of[u] === communities.of[v]) continue;
    }
    if (u === v) continue;
    const key = u < v ? u * n + v : v * n + u;
    if (pairs.has(key)) continue;
    if (!random.chance(affinity(sectors[u]!, sectors[v]!))) continue;
    pairs.add(key);
    addLink(u, v);
  }
  // Only near-complete requests get here: take the remaining pairs in order.
  for (let u = 0; u < n && links.length < m; u++) {
    for (let v = u + 1; v < n && links.length < m; v++) {
      const key = u * n + v;
      if (pairs.has(key)) continue;
      pairs.add(key);
      addLink(u, v);
    }
  }
  return { organizations, links };
}

export const ORGANIZATION_COLUMNS = [
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
  'community',
] as const;

export const LINK_COLUMNS = [
  'source',
  'target',
  'type',
  'weight',
  'directed',
  'since',
  'until',
  'themes',
] as const;

/** The two CSV files of README, the data format. */
export function networkToCsv(network: GeneratedNetwork): { organizations: string; links: string } {
  return {
    organizations: toCsv(
      ORGANIZATION_COLUMNS,
      network.organizations.map((o) => [
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
        o.community,
      ]),
    ),
    links: toCsv(
      LINK_COLUMNS,
      network.links.map((l) => [
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
