/** What the browser tests expect, computed in Node by the same core the app runs. */
import { readFileSync } from 'node:fs';
import { importDataset } from '../../src/core/model/importDataset';

export function illustrativeCounts(): { organizations: number; links: number } {
  const dataset = importDataset([
    {
      name: 'organizations.csv',
      bytes: readFileSync('datasets/illustrative/organizations.csv'),
    },
    { name: 'links.csv', bytes: readFileSync('datasets/illustrative/links.csv') },
  ]);
  return { organizations: dataset.organizations.length, links: dataset.links.length };
}
