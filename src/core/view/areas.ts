/** The app's areas: the network to explore, and its analysis beside it. */
export const AREAS = ['explore', 'analyse'] as const;
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
