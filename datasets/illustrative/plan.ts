/**
 * The structural plan of the everyday alliances: territorial communities that mostly ally
 * inside, a few national ties across Mexico, and a thinner regional and international layer.
 */
import type { Org } from './model';

const PLACE_CLUSTERS: Record<string, string> = {
  Cuauhtémoc: 'cdmx-centro',
  'Gustavo A. Madero': 'cdmx-centro',
  Iztapalapa: 'cdmx-oriente',
  Coyoacán: 'cdmx-coyoacan',
  Tlalpan: 'cdmx-sur',
  Xochimilco: 'cdmx-sur',
  'Milpa Alta': 'cdmx-sur',
  Nezahualcóyotl: 'edomex',
  Ecatepec: 'edomex',
  Texcoco: 'edomex',
  Naucalpan: 'edomex',
  'Oaxaca de Juárez': 'oaxaca',
  'San Cristóbal de las Casas': 'chiapas',
  Guadalajara: 'occidente',
  Puebla: 'puebla',
  Cuetzalan: 'puebla',
};

const COUNTRY_CLUSTERS: Record<string, string> = {
  CO: 'colombia',
  EC: 'ecuador',
  PE: 'peru',
  BR: 'brazil',
  AR: 'argentina',
  UY: 'uruguay',
  CL: 'chile',
  CR: 'costarica',
  GT: 'guatemala',
  CA: 'canada',
  US: 'usa',
  ES: 'spain',
  FR: 'france',
  IT: 'italy',
  SN: 'senegal',
  MA: 'morocco',
  KR: 'korea',
};

export function clusterOf(place: string, country: string, sector: string): string {
  if (sector === 'international') return 'global';
  const cluster = PLACE_CLUSTERS[place] ?? COUNTRY_CLUSTERS[country];
  if (!cluster) throw new Error(`plan: no cluster for ${place} (${country}).`);
  return cluster;
}

/** Everyday alliances inside one community, given its members. */
export function withinBudget(cluster: string, members: readonly Org[]): number {
  if (cluster === 'global') return 0;
  const open = members.filter((o) => !o.isolated && !o.fixed).length;
  const perMember = cluster.startsWith('cdmx-') ? 1.15 : 1.25;
  const possible = (open * (open - 1)) / 2;
  // Enough for a tree (nobody stranded), never close to a clique.
  return Math.min(Math.round(perMember * open), Math.max(Math.floor(possible * 0.6), open - 1));
}

const MEXICO = ['cdmx-centro', 'cdmx-oriente', 'cdmx-coyoacan', 'cdmx-sur'];
const MEXICO_STATES = ['edomex', 'oaxaca', 'chiapas', 'occidente', 'puebla'];
const LATAM = [
  ...MEXICO,
  ...MEXICO_STATES,
  'colombia',
  'ecuador',
  'peru',
  'brazil',
  'argentina',
  'uruguay',
  'chile',
  'costarica',
  'guatemala',
];
const EUROPE = ['spain', 'france', 'italy'];
const AFRICA = ['senegal', 'morocco'];

export interface BetweenStep {
  a: readonly string[];
  b: readonly string[];
  count: number;
  /** True: the two ends are in different countries; false: in the same one. */
  crossCountry: boolean;
}

const step = (a: string[], b: string[], count: number, crossCountry: boolean): BetweenStep => ({
  a,
  b,
  count,
  crossCountry,
});

export const BETWEEN: readonly BetweenStep[] = [
  // National: Mexico City with the metro area and the states, the states among themselves.
  step(MEXICO, ['edomex'], 9, false),
  step(MEXICO, ['oaxaca'], 3, false),
  step(MEXICO, ['chiapas'], 2, false),
  step(MEXICO, ['occidente'], 2, false),
  step(MEXICO, ['puebla'], 2, false),
  step(['oaxaca'], ['chiapas'], 3, false),
  step(['edomex'], ['puebla'], 1, false),
  step(['oaxaca'], ['puebla'], 1, false),
  step(['occidente'], ['puebla'], 1, false),
  // Regional: inside Latin America, Europe, North America, Africa.
  step(LATAM, LATAM, 14, true),
  step(EUROPE, EUROPE, 6, true),
  step(['canada'], ['usa'], 3, true),
  step(['senegal'], ['morocco'], 2, true),
  // International: across world regions.
  step(LATAM, EUROPE, 6, true),
  step(['canada'], LATAM, 5, true),
  step(['korea'], [...LATAM, ...EUROPE, 'canada'], 3, true),
  step(AFRICA, EUROPE, 3, true),
  step(AFRICA, ['canada'], 1, true),
  step(['usa'], LATAM, 2, true),
  step(['global'], [...LATAM, ...EUROPE, ...AFRICA, 'canada', 'usa', 'korea'], 2, true),
];
