/**
 * What the browser tests expect of the illustrative dataset, counted straight from its CSV files
 * (not through the app's own import, so that a fault there cannot hide itself).
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

function rows(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

export function illustrativeCounts(): { organizations: number; links: number; sectors: number } {
  const listed = rows('datasets/illustrative/organizations.csv');
  const organizations = new Set(listed.map((row) => row.id?.trim() ?? '').filter((id) => id));
  const sectors = new Set(listed.map((row) => row.sector?.trim() ?? ''));
  const links = rows('datasets/illustrative/links.csv').filter(
    (row) => (row.source?.trim() ?? '') !== '' && (row.target?.trim() ?? '') !== '',
  );
  // Every link end names a listed organisation, so no placeholder joins the count.
  const ends = links.flatMap((row) => [row.source?.trim() ?? '', row.target?.trim() ?? '']);
  const unknown = ends.filter((id) => !organizations.has(id));
  if (unknown.length > 0) {
    throw new Error(`expected.ts: links.csv names unlisted organisations: ${unknown.join(', ')}`);
  }
  return { organizations: organizations.size, links: links.length, sectors: sectors.size };
}

/** The illustrative CSV rows, as written, for tests that count what a filter should leave. */
export function illustrativeRows(): {
  organizations: Record<string, string>[];
  links: Record<string, string>[];
} {
  return {
    organizations: rows('datasets/illustrative/organizations.csv'),
    links: rows('datasets/illustrative/links.csv'),
  };
}
