/** The layouts a reader picks: force-directed, grouped by sector, concentric by a measure, geographic. */
export const LAYOUTS = ['force', 'sector', 'concentric', 'geographic'] as const;
export type LayoutKind = (typeof LAYOUTS)[number];
