/**
 * What the charts of the Analyse area's "Sector mixing" section show, derived from the metrics
 * (pure, no DOM): the observed ÷ expected matrix, the brokerage of chosen sectors, the degree
 * histogram. Each is computed once per metrics object (WeakMap), so a chart that re-renders for
 * a language or a switch costs nothing; the histogram is one O(n) pass over the organisations.
 */
import type { Brokerage, ReportMixing } from '../../core/report/reportTypes';

/** observed ÷ expected per cell; null where nothing was expected (0 ÷ 0 or x ÷ 0). */
export function ratioMatrix(mixing: ReportMixing): (number | null)[][] {
  return mixing.observed.map((row, i) =>
    row.map((observed, j) => {
      const expected = mixing.expected[i]?.[j] ?? 0;
      return expected > 0 ? observed / expected : null;
    }),
  );
}

/**
 * Where a ratio sits on the diverging colour scale: log2, so that ½ and 2 are as far from 1,
 * clamped to ±`limit` (¼…4 by default); 0 (no tie where some were expected) is the far low end.
 */
export function ratioPosition(ratio: number, limit = 2): number {
  if (ratio <= 0) return -limit;
  return Math.max(-limit, Math.min(limit, Math.log2(ratio)));
}

export const BROKERAGE_ROLES = ['coordinator', 'consultant', 'representative', 'liaison'] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

export interface SectorBrokerage {
  sector: string;
  /** Organisations of the sector (with or without brokerage values). */
  organizations: number;
  /** Open two-paths brokered by the sector's organisations, summed per role. */
  roles: Record<BrokerageRole, number>;
}

/**
 * The brokerage profile of each of `sectors`: the roles' open two-paths summed over the sector's
 * organisations (an organisation without values counts for none).
 */
export function brokerageBySector(
  organizations: readonly { id: string; sector: string | null }[],
  brokerage: Readonly<Record<string, Brokerage>> | undefined,
  sectors: readonly string[],
): SectorBrokerage[] {
  const rows = new Map<string, SectorBrokerage>(
    sectors.map((sector) => [
      sector,
      {
        sector,
        organizations: 0,
        roles: { coordinator: 0, consultant: 0, representative: 0, liaison: 0 },
      },
    ]),
  );
  for (const organization of organizations) {
    const row = organization.sector === null ? undefined : rows.get(organization.sector);
    if (!row) continue;
    row.organizations += 1;
    const roles = brokerage?.[organization.id];
    if (!roles) continue;
    for (const role of BROKERAGE_ROLES) row.roles[role] += roles[role];
  }
  return [...rows.values()];
}

export interface HistogramBin {
  /** Degrees from `from` to `to`, both included. */
  from: number;
  to: number;
  count: number;
}

/**
 * Organisations per number of partners: one bin per degree up to `maxBins` degrees, else
 * `maxBins` bins of equal whole width. Values that are null or not finite are left out. O(n).
 */
export function degreeHistogram(degrees: Iterable<number | null>, maxBins = 30): HistogramBin[] {
  const values: number[] = [];
  let max = -1;
  for (const value of degrees) {
    if (value === null || !Number.isFinite(value) || value < 0) continue;
    const degree = Math.floor(value);
    values.push(degree);
    if (degree > max) max = degree;
  }
  if (max < 0) return [];
  const width = Math.max(1, Math.ceil((max + 1) / maxBins));
  const count = Math.floor(max / width) + 1;
  const bins: HistogramBin[] = Array.from({ length: count }, (_, i) => ({
    from: i * width,
    to: i * width + width - 1,
    count: 0,
  }));
  for (const degree of values) bins[Math.floor(degree / width)]!.count += 1;
  return bins;
}

type DegreeRecord = Record<string, number | null>;
const histograms = new WeakMap<DegreeRecord, HistogramBin[]>();

/** The degree histogram of a metrics' degree record, binned once per record. */
export function degreeHistogramOf(degree: DegreeRecord | undefined): HistogramBin[] {
  if (!degree) return [];
  let known = histograms.get(degree);
  if (!known) {
    known = degreeHistogram(Object.values(degree));
    histograms.set(degree, known);
  }
  return known;
}

const ratios = new WeakMap<ReportMixing, (number | null)[][]>();

/** ratioMatrix, once per mixing object. */
export function ratioMatrixOf(mixing: ReportMixing): (number | null)[][] {
  let known = ratios.get(mixing);
  if (!known) {
    known = ratioMatrix(mixing);
    ratios.set(mixing, known);
  }
  return known;
}
