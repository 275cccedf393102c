/**
 * The colour and size each organisation is drawn with, from the encodings chosen: the same for
 * Cytoscape's nodes (EncodingController) and for the discs of a large network's layer.
 */
import type { Dataset } from '../../core/model/types';
import type { AnalysisMetrics } from '../../core/report/reportTypes';
import { colourGroups, sizeValues } from '../../state/explore';
import type { ColourEncoding, SizeEncoding } from '../../state/exploreSlice';
import { groupColours, OTHER_SECTOR_COLOR } from '../palette';
import { prominenceOf } from './stylesheet';

export interface OrganizationEncodings {
  /** Organisation id → its group of the colour encoding. */
  groupOf: Map<string, string>;
  /** The value sized by (null where undefined or not computed). */
  values: Map<string, number | null>;
  colourOf(id: string): string;
  /** Size on the 0–1 scale the stylesheet maps to a diameter. */
  prominenceOf(id: string): number;
}

export function organizationEncodings(
  dataset: Dataset,
  metrics: AnalysisMetrics | null,
  colourBy: ColourEncoding,
  sizeBy: SizeEncoding,
): OrganizationEncodings {
  const { groupOf, groups } = colourGroups(dataset, metrics, colourBy);
  const colours = groupColours(colourBy, groups);
  const values = sizeValues(dataset, metrics, sizeBy);
  let max = 0;
  for (const value of values.values()) if (value !== null && value > max) max = value;
  return {
    groupOf,
    values,
    colourOf: (id) => {
      const group = groupOf.get(id);
      return (group !== undefined && colours.get(group)) || OTHER_SECTOR_COLOR;
    },
    prominenceOf: (id) => prominenceOf(values.get(id) ?? null, max),
  };
}
