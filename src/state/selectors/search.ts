/** Organisations whose name or id contains what was typed, without regard to case or accents. */
import { foldWords } from '../../core/geo/fold';
import type { Dataset } from '../../core/model/types';

export interface SearchHit {
  id: string;
  name: string;
  sector: string | null;
}

const folded = new WeakMap<Dataset, { key: string; hit: SearchHit }[]>();

function index(dataset: Dataset) {
  let entries = folded.get(dataset);
  if (!entries) {
    entries = dataset.organizations.map((o) => ({
      key: `${foldWords(o.name)} ${foldWords(o.id)}`,
      hit: { id: o.id, name: o.name, sector: o.sector },
    }));
    folded.set(dataset, entries);
  }
  return entries;
}

/** Best first: names that start with the query, then those that contain it. */
export function searchOrganizations(dataset: Dataset, query: string, limit = 8): SearchHit[] {
  const q = foldWords(query);
  if (q === '') return [];
  const starts: SearchHit[] = [];
  const contains: SearchHit[] = [];
  for (const { key, hit } of index(dataset)) {
    if (key.startsWith(q)) starts.push(hit);
    else if (key.includes(q)) contains.push(hit);
    if (starts.length >= limit) break;
  }
  return [...starts, ...contains].slice(0, limit);
}
