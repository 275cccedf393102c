/**
 * The geographic layout's placement and the projection the world outline shares with it. Loaded
 * on demand: it brings the country data (centroids), which the page does not need otherwise.
 */
import { geographicPositions } from '../../core/geo/projection';
import type { Dataset } from '../../core/model/types';
import type { Point } from '../../core/layout/spiral';

/**
 * Where each organisation is on the world map (lat/lon, else its country). With `declutter`,
 * crowds are spread so that no discs overlap: seconds on thousands of organisations, so large
 * networks only fan out organisations that share a point.
 */
export function geographicPlacement(
  dataset: Dataset,
  diameterOf: (id: string) => number,
  declutter: boolean,
): Map<string, Point> {
  return geographicPositions(dataset.organizations, { diameterOf, declutter }).positions;
}
