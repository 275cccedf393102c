/** The layouts' placements, computed in core from the dataset and the values chosen. */
import { concentricLayout } from '../core/layout/concentricLayout';
import { groupedLayout } from '../core/layout/groupedLayout';
import type { Point } from '../core/layout/spiral';
import { SECTORS, type Dataset } from '../core/model/types';
import type { AnalysisMetrics } from '../core/report/reportTypes';
import { partnerCountsOf, sizeValues } from './explore';
import type { SizeEncoding } from './exploreSlice';

export type { Point };

/** One disc per sector (in the canonical order, custom sectors after), hubs in the middle. */
export function sectorPlacement(dataset: Dataset): Map<string, Point> {
  const degree = partnerCountsOf(dataset);
  return groupedLayout(
    dataset.organizations.map((o) => ({
      id: o.id,
      group: o.sector ?? '',
      weight: degree.get(o.id) ?? 0,
    })),
    [...SECTORS],
  ).positions;
}

/** Rings by the measure chosen, the highest in the middle. */
export function concentricPlacement(
  dataset: Dataset,
  metrics: AnalysisMetrics | null,
  measure: SizeEncoding,
): Map<string, Point> {
  const values = sizeValues(dataset, metrics, measure);
  return concentricLayout(
    dataset.organizations.map((o) => ({ id: o.id, value: values.get(o.id) ?? null })),
  ).positions;
}
