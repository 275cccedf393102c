/**
 * The two CSV files, organizations.csv and links.csv, with the columns the import reads (see
 * columns.ts): imported again, they give the same organisations and links, and the measures in
 * their `atlas_` columns are left out and computed afresh.
 *
 * Placeholder organisations (link ends that matched no organisation) are not written: the
 * links still name them, so an import creates them again, flagged as placeholders, with the same
 * ids and in the same order (after the organisations, by first mention), whereas a row would
 * make each an ordinary organisation.
 *
 * A file without rows is not written (the import refuses a header without rows): a network of
 * placeholders alone gives links.csv only, one without links organizations.csv only.
 */
import { csvText, type CsvValue } from '../report/csvCells';
import type { Dataset } from '../model/types';
import type { AnalysisMetrics } from '../report/reportTypes';
import { linkColumns, organizationColumns, type Column, type ColumnValue } from './columns';
import { textFile, type ExportFile } from './files';

/** Between several values of a cell (themes); the import splits on `;` or `|`. */
export const CSV_LIST_SEPARATOR = '; ';

export const CSV_FILE_NAMES = { organizations: 'organizations.csv', links: 'links.csv' } as const;

/** The byte order mark, by which Excel knows the file is UTF-8 (the import drops it). */
const BOM = '\uFEFF';

/**
 * A cell as csvCells writes it: text is neutralised there. A text that is a negative number as
 * the app writes numbers (`-3`, `-0.5`) is no formula: it is written as that number, so that it
 * reads back as written instead of gaining an apostrophe.
 */
function csvValue(value: ColumnValue): CsvValue {
  if (value === null) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value !== 'string') return value.join(CSV_LIST_SEPARATOR);
  if (value.startsWith('-')) {
    const n = Number(value);
    if (Number.isFinite(n) && String(n) === value) return n;
  }
  return value;
}

function table<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const lines: CsvValue[][] = [columns.map((c) => c.name)];
  for (const row of rows) lines.push(columns.map((c) => csvValue(c.value(row))));
  return BOM + csvText(lines);
}

export function exportCsv(dataset: Dataset, metrics: AnalysisMetrics | null): ExportFile[] {
  const organizations = dataset.organizations.filter((o) => !o.placeholder);
  const files: ExportFile[] = [];
  if (organizations.length > 0) {
    const columns = organizationColumns(dataset, metrics);
    files.push(textFile(CSV_FILE_NAMES.organizations, table(columns, organizations)));
  }
  if (dataset.links.length > 0) {
    files.push(textFile(CSV_FILE_NAMES.links, table(linkColumns(dataset), dataset.links)));
  }
  return files;
}
