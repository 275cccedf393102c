/**
 * What an alliance between two sectors usually is, how strong, since when: the habits shared by
 * the illustrative network and the generator, so both read like the same field.
 */
import type { Random } from './prng';

export const THEMES = [
  'food_sovereignty',
  'fair_trade',
  'housing',
  'care',
  'circular_economy',
  'digital_commons',
  'gender_equity',
  'solidarity_finance',
  'public_procurement',
  'covid_recovery',
  'indigenous_economies',
] as const;

export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2025;

/** Sectors that fund others: the funding link points from them. */
const FUNDERS = ['finance', 'international', 'government'];

export interface AllianceKind {
  type: string;
  directed: boolean;
  /** True when the link must be written from the second organisation to the first. */
  flip: boolean;
}

const TRADERS = new Set(['cooperative', 'social_enterprise', 'private']);

/**
 * A link type that fits the two sectors: members join networks, universities do research,
 * funders fund, governments make policy, firms and cooperatives trade. Funding and membership
 * links are directed (funder → funded, member → network); the others are not.
 */
export function allianceKind(sectorA: string, sectorB: string, random: Random): AllianceKind {
  const has = (s: string): boolean => sectorA === s || sectorB === s;
  const options: [string, number][] = [
    ['partnership', 3],
    ['network', 0.6],
  ];
  if (has('network')) options.push(['membership', 6]);
  if (has('academia')) options.push(['research', 6]);
  if (has('finance')) options.push(['funding', 5]);
  if (has('government')) options.push(['policy', 4], ['funding', 2]);
  if (has('international')) options.push(['policy', 3], ['funding', 2], ['network', 2]);
  if (TRADERS.has(sectorA) && TRADERS.has(sectorB)) options.push(['trade', 5]);
  const type = options[random.weightedIndex(options.map(([, w]) => w))]![0];

  if (type === 'funding') {
    const rank = (s: string): number => {
      const i = FUNDERS.indexOf(s);
      return i < 0 ? FUNDERS.length : i;
    };
    return { type, directed: true, flip: rank(sectorB) < rank(sectorA) };
  }
  if (type === 'membership') {
    return { type, directed: true, flip: sectorA === 'network' && sectorB !== 'network' };
  }
  return { type, directed: false, flip: false };
}

/**
 * How readily two sectors ally, 0–1, used as an acceptance probability. Most pairs are 1; the
 * few low ones are the gaps that the app's mixing matrix should reveal.
 */
export function affinity(a: string, b: string): number {
  const pair = a < b ? `${a}|${b}` : `${b}|${a}`;
  switch (pair) {
    case 'movement|private':
      return 0.03;
    case 'private|union':
    case 'finance|movement':
    case 'international|movement':
      return 0.15;
    case 'international|private':
    case 'private|private':
      return 0.3;
    default:
      return 1;
  }
}

/** Mostly light ties, a few very strong ones. */
export function allianceWeight(random: Random): number {
  return 1 + random.weightedIndex([24, 32, 24, 13, 7]);
}

/** Steady growth with a burst of new alliances in 2020–2021 (COVID-19 recovery). */
const YEAR_WEIGHTS = [6, 6, 7, 7, 7, 13, 14, 8, 8, 7, 5];

export function allianceSince(random: Random): number {
  return FIRST_YEAR + random.weightedIndex(YEAR_WEIGHTS);
}

/**
 * Most alliances are still active; some ended, more often around the 2020 crisis.
 * Returns null for an open-ended alliance.
 */
export function allianceUntil(since: number, random: Random): number | null {
  if (since >= LAST_YEAR) return null;
  const p = since <= 2019 ? 0.2 : 0.08;
  if (!random.chance(p)) return null;
  if (since <= 2019 && random.chance(0.5)) return 2020;
  return Math.min(LAST_YEAR, since + 1 + random.int(4));
}

/** One shared theme when there is one; COVID-era alliances often carry the recovery theme. */
export function allianceThemes(
  themesA: readonly string[],
  themesB: readonly string[],
  since: number,
  random: Random,
): string[] {
  const themes: string[] = [];
  const shared = themesA.filter((t) => themesB.includes(t) && t !== 'covid_recovery');
  const either = [...new Set([...themesA, ...themesB])].filter((t) => t !== 'covid_recovery');
  if (shared.length > 0) themes.push(random.pick(shared));
  else if (either.length > 0 && random.chance(0.5)) themes.push(random.pick(either));
  if ((since === 2020 || since === 2021) && random.chance(0.6)) themes.push('covid_recovery');
  return themes;
}
