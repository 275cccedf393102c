/**
 * Who is in a generated network: planted communities (each with a home country, cities and
 * themes) and their organisations (sector, place, themes, scope, name).
 */
import { THEMES } from './alliances';
import { organizationName, uniqueName } from './names';
import { countryByCode, type City, type Country } from './places';
import type { Random } from './prng';
import type { GeneratedOrganization } from './network';

/** Shares seen in SSE mappings: many cooperatives and associations, few international bodies. */
export const SECTOR_SHARES: [string, number][] = [
  ['cooperative', 24],
  ['civil_society', 17],
  ['social_enterprise', 11],
  ['movement', 8],
  ['government', 8],
  ['private', 7],
  ['academia', 7],
  ['network', 6],
  ['finance', 5],
  ['union', 4],
  ['international', 1.5],
];

/** The home country takes the largest share; the rest spread over the field's usual places. */
export const COUNTRY_SHARES: [string, number][] = [
  ['MX', 34],
  ['CO', 7],
  ['BR', 7],
  ['AR', 5],
  ['PE', 4],
  ['EC', 3],
  ['CL', 3],
  ['GT', 2],
  ['CR', 2],
  ['UY', 2],
  ['CA', 6],
  ['US', 4],
  ['ES', 6],
  ['FR', 5],
  ['IT', 3],
  ['SN', 2],
  ['MA', 2],
  ['KR', 3],
];

/** Where international bodies have their seat. */
const SEATS = ['CH', 'BE', 'FR', 'US', 'KR'];

/** Community sizes with a heavy tail (Pareto-like), every community at least 2 strong. */
function communitySizes(n: number, random: Random): number[] {
  const k = Math.max(1, Math.min(Math.floor(n / 4), Math.round(Math.pow(n, 0.6) / 2)));
  const raw = Array.from({ length: k }, () => 1 / Math.sqrt(1 - random.next() * 0.97));
  const total = raw.reduce((s, x) => s + x, 0);
  const sizes = raw.map((x) => Math.max(k > 1 ? 2 : 1, Math.floor((x / total) * n)));
  let diff = n - sizes.reduce((s, x) => s + x, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % k) {
    if (diff > 0) {
      sizes[i]!++;
      diff--;
    } else if (sizes[i]! > 2) {
      sizes[i]!--;
      diff++;
    }
  }
  return sizes;
}

export interface Community {
  members: Int32Array;
  /** Endpoints of the alliances made so far: drawing from it is preferential attachment. */
  urn: number[];
  country: Country;
  cities: City[];
  themes: string[];
}

export function plantCommunities(n: number, random: Random): { of: Int32Array; list: Community[] } {
  const sizes = communitySizes(n, random);
  const labels = new Int32Array(n);
  let at = 0;
  sizes.forEach((size, c) => labels.fill(c, at, (at += size)));
  // Shuffle so that members of a community are spread through the file, as in real exports.
  for (let i = n - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const t = labels[i]!;
    labels[i] = labels[j]!;
    labels[j] = t;
  }
  const fill = new Int32Array(sizes.length);
  const members = sizes.map((s) => new Int32Array(s));
  for (let v = 0; v < n; v++) {
    const c = labels[v]!;
    members[c]![fill[c]!++] = v;
  }
  const countryWeights = COUNTRY_SHARES.map(([, w]) => w);
  const list = members.map((m): Community => {
    const country = countryByCode(COUNTRY_SHARES[random.weightedIndex(countryWeights)]![0]);
    const cities = random
      .shuffle([...country.cities])
      .slice(0, 1 + random.int(Math.min(3, country.cities.length)));
    const themes = random
      .shuffle(THEMES.filter((t) => t !== 'covid_recovery'))
      .slice(0, 1 + random.int(2));
    return { members: m, urn: [], country, cities, themes };
  });
  return { of: labels, list };
}

function organizationScope(sector: string, random: Random): string {
  if (sector === 'international') return 'international';
  if (sector === 'network') return random.pick(['national', 'national', 'regional', 'local']);
  if (sector === 'government' || sector === 'academia') {
    return random.pick(['local', 'local', 'national']);
  }
  return random.chance(0.9) ? 'local' : 'national';
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

export function makeOrganizations(
  n: number,
  communities: { of: Int32Array; list: Community[] },
  random: Random,
): GeneratedOrganization[] {
  const width = String(n).length;
  const sectorWeights = SECTOR_SHARES.map(([, w]) => w);
  const countryWeights = COUNTRY_SHARES.map(([, w]) => w);
  const taken = new Map<string, number>();
  const organizations: GeneratedOrganization[] = new Array(n);
  for (let v = 0; v < n; v++) {
    const c = communities.of[v]!;
    const community = communities.list[c]!;
    const sector = SECTOR_SHARES[random.weightedIndex(sectorWeights)]![0];
    let country = community.country;
    let place: City = random.pick(community.cities);
    const seat = sector === 'international';
    if (seat || random.chance(0.12)) {
      const code = seat
        ? random.pick(SEATS)
        : COUNTRY_SHARES[random.weightedIndex(countryWeights)]![0];
      country = countryByCode(code);
      place = random.pick(country.cities);
    }
    // A few rows lack a city or coordinates, as real mappings do.
    const hasCity = random.chance(0.97);
    const hasCoordinates = hasCity && random.chance(0.95);
    const themes = random.chance(0.85) ? [random.pick(community.themes)] : [];
    if (random.chance(0.25)) {
      const extra = random.pick(THEMES);
      if (!themes.includes(extra)) themes.push(extra);
    }
    organizations[v] = {
      id: `O${String(v + 1).padStart(width, '0')}`,
      name: uniqueName(
        organizationName(sector, country.language, hasCity ? place.name : null, random),
        taken,
      ),
      sector,
      country: country.code,
      region: hasCity ? place.region : null,
      city: hasCity ? place.name : null,
      lat: hasCoordinates ? round4(place.lat + (random.next() - 0.5) * 0.12) : null,
      lon: hasCoordinates ? round4(place.lon + (random.next() - 0.5) * 0.12) : null,
      scope: organizationScope(sector, random),
      themes,
      community: c,
    };
  }
  return organizations;
}
