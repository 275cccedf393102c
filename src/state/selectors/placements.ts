/** The layouts' placements, computed in core from the dataset and the values chosen. */
import { concentricLayout } from '../../core/layout/concentricLayout';
import { groupedLayout, type GroupedLayout } from '../../core/layout/groupedLayout';
import type { Point } from '../../core/layout/spiral';
import { SECTORS, type Dataset } from '../../core/model/types';
import type { AnalysisMetrics } from '../../core/report/reportTypes';
import { partnerCountsOf, sizeValues } from './explore';
import type { SizeEncoding } from '../../core/looks/encodings';

const sectorLayouts = new WeakMap<Dataset, GroupedLayout>();

/** One disc per sector (in the canonical order, custom sectors after), hubs in the middle. */
export function sectorPlacement(dataset: Dataset): Map<string, Point> {
  return sectorLayout(dataset).positions;
}

/** Each sector's disc (centre, radius), for the captions of the grouped layout. */
export function sectorGroups(dataset: Dataset): GroupedLayout['groups'] {
  return sectorLayout(dataset).groups;
}

function sectorLayout(dataset: Dataset): GroupedLayout {
  const known = sectorLayouts.get(dataset);
  if (known) return known;
  const degree = partnerCountsOf(dataset);
  const layout = groupedLayout(
    dataset.organizations.map((o) => ({
      id: o.id,
      group: o.sector ?? '',
      weight: degree.get(o.id) ?? 0,
    })),
    [...SECTORS],
  );
  sectorLayouts.set(dataset, layout);
  return layout;
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
