/**
 * The app's areas: the network to explore, its analysis beside it, and the saved views a
 * facilitator presents.
 */
export const AREAS = ['explore', 'analyse', 'present'] as const;
export type Area = (typeof AREAS)[number];

/** The parts of the Analyse area, one shown at a time. */
export const ANALYSE_SECTIONS = [
  'summary',
  'rankings',
  'mixing',
  'periods',
  'gaps',
  'suggestions',
  'report',
] as const;
export type AnalyseSection = (typeof ANALYSE_SECTIONS)[number];
