/** The illustrative network, imported once for the Explore tests. */
import { readFileSync } from 'node:fs';
import { importDataset } from '../../../src/core/model/importDataset';
import type { Dataset } from '../../../src/core/model/types';

let cached: Dataset | null = null;

export function illustrative(): Dataset {
  cached ??= importDataset([
    { name: 'organizations.csv', bytes: readFileSync('datasets/illustrative/organizations.csv') },
    { name: 'links.csv', bytes: readFileSync('datasets/illustrative/links.csv') },
  ]);
  return cached;
}
