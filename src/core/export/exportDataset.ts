/**
 * The one way into the exports, for the command line and the app alike: a format's name, the
 * dataset and the analysis (null when there is none: the measures are then left out) → the files
 * to write. The workbook's library is loaded only when a workbook is asked for.
 */
import type { SizeEncoding } from '../looks/encodings';
import type { Dataset } from '../model/types';
import type { AnalysisMetrics } from '../report/reportTypes';
import { exportCsv } from './csv';
import type { ExportFile } from './files';
import { exportGexf } from './gexf';
import { exportGraphml } from './graphml';
import { writeProjectFile } from './projectFile';
import type { Positions } from './xml';

import type { ExportFormat } from './formats';

export { EXPORT_FORMATS, isExportFormat, type ExportFormat } from './formats';

export interface ExportOptions {
  metrics: AnalysisMetrics | null;
  /** The name of the file written, without its extension; the dataset's name by default. */
  stem?: string;
  /** GEXF and GraphML: where each organisation is drawn (none: no positions). */
  positions?: Positions;
  /** GEXF and GraphML: the measure that sizes the organisations (none: no sizes). */
  sizeBy?: SizeEncoding;
  /** The project file's settings, kept as they are. */
  settings?: Record<string, unknown>;
}

/**
 * The files of one export: organizations.csv and links.csv for `csv` (either left out when it
 * would have no rows, csv.ts), one file named after the stem for every other format.
 */
export async function exportDataset(
  dataset: Dataset,
  format: ExportFormat,
  options: ExportOptions,
): Promise<ExportFile[]> {
  const stem = options.stem ?? (dataset.name || 'network');
  switch (format) {
    case 'csv':
      return exportCsv(dataset, options.metrics);
    case 'xlsx': {
      const { exportXlsx } = await import('./xlsx');
      return [exportXlsx(dataset, options.metrics, `${stem}.xlsx`)];
    }
    case 'gexf':
      return [exportGexf(dataset, options, `${stem}.gexf`)];
    case 'graphml':
      return [exportGraphml(dataset, options, `${stem}.graphml`)];
    case 'json': {
      const bytes = new TextEncoder().encode(writeProjectFile(dataset, options.settings));
      return [{ name: `${stem}.json`, bytes }];
    }
  }
}
