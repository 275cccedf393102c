/**
 * The scope layers of the Explore area: a layer shows its links and the organisations they touch
 * (see shownByFilters in filters.ts).
 */
export const SCOPE_LAYERS = ['all', 'local', 'national', 'regional', 'international'] as const;
export type ScopeLayer = (typeof SCOPE_LAYERS)[number];
