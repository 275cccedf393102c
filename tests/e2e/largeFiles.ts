/** Large generated CSV files on disk, for the browser tests and the benchmark of a 50 MB import. */
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateNetwork, networkToCsv } from '../../datasets/generator/network';

export interface LargeImportFiles {
  dir: string;
  organizations: string;
  links: string;
  bytes: number;
}

/** Writes a generated network of `links` alliances (a million make about 50 MB) to a folder. */
export function writeLargeImport(
  organizations: number,
  links: number,
  seed: number,
): LargeImportFiles {
  const csv = networkToCsv(generateNetwork({ organizations, links, seed }));
  const dir = mkdtempSync(join(tmpdir(), 'atlas-large-import-'));
  const files = { organizations: join(dir, 'organizations.csv'), links: join(dir, 'links.csv') };
  writeFileSync(files.organizations, csv.organizations);
  writeFileSync(files.links, csv.links);
  return { dir, ...files, bytes: statSync(files.links).size + statSync(files.organizations).size };
}
