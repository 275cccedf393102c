/**
 * How GEXF and GraphML draw an organisation where the reader's tool takes it from the file
 * (Gephi's viz attributes, yEd's shapes): the app's sector colour, and, when a measure is
 * chosen, the app's disc diameter for it (area proportional to the value).
 */
import { nodeDiameter, prominenceOf, sizeValues, type SizeEncoding } from '../looks/encodings';
import { sectorColor } from '../looks/palette';
import type { Dataset, Organization } from '../model/types';
import type { AnalysisMetrics } from '../report/reportTypes';
import { rgb } from './xml';

export interface NodeLooks {
  colour(o: Organization): { hex: string; r: number; g: number; b: number };
  /** The disc's diameter, or null when no size measure was chosen. */
  size(o: Organization): number | null;
}

export function nodeLooks(
  dataset: Dataset,
  metrics: AnalysisMetrics | null,
  sizeBy: SizeEncoding | undefined,
): NodeLooks {
  const values = sizeBy === undefined ? null : sizeValues(dataset, metrics, sizeBy);
  let max = 0;
  for (const value of values?.values() ?? []) if (value !== null && value > max) max = value;
  return {
    colour: (o) => {
      const hex = sectorColor(o.sector);
      return { hex, ...rgb(hex) };
    },
    size: (o) =>
      values === null ? null : nodeDiameter(prominenceOf(values.get(o.id) ?? null, max)),
  };
}
