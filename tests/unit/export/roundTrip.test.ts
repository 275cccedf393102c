/**
 * Export → import → export gives the same file, for the formats the import reads back whole:
 * the Excel workbook (Kumu's shape) and the project file; the dataset read back is the one
 * exported, unknown columns and attributes included.
 */
import { describe, expect, it } from 'vitest';
import { exportDataset } from '../../../src/core/export/exportDataset';
import { importDataset } from '../../../src/core/model/importDataset';
import type { Dataset } from '../../../src/core/model/types';
import { hostile, illustrative } from './exported';

const withoutRows = (d: Dataset) => ({
  organizations: d.organizations.map(({ row: _row, ...o }) => o),
  links: d.links.map(({ row: _row, key: _key, ...l }) => l),
  organizationColumns: d.organizationColumns,
  linkColumns: d.linkColumns,
});

describe.each([
  ['the illustrative network', illustrative],
  ['a hostile network', hostile],
])('export → import → export of %s', (_name, network) => {
  it.each(['xlsx', 'json'] as const)('gives the same %s file and the same data', async (format) => {
    const dataset = network();
    const [first] = await exportDataset(dataset, format, { metrics: null });
    const back = importDataset([{ name: first!.name, bytes: first!.bytes }]);
    expect(withoutRows(back)).toEqual(withoutRows(dataset));
    const [second] = await exportDataset(back, format, { metrics: null });
    expect(Buffer.from(second!.bytes).equals(Buffer.from(first!.bytes))).toBe(true);
  });
});
