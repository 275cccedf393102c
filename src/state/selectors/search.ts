/**
 * Organisations found by what was typed, without regard to case or accents, among their names,
 * their other names (acronyms in any language: `ILO; OIT; BIT`) and their ids. Best first: a name,
 * acronym or id that is what was typed; then one that starts with it; then one with a word that
 * starts with it; then one that merely contains it — so "ILO" finds the International Labour
 * Organization before "Hilos del Centro".
 */
import { foldWords } from '../../core/geo/fold';
import type { Dataset, Organization } from '../../core/model/types';

export interface SearchHit {
  id: string;
  name: string;
  sector: string | null;
  /** The other name it was found by (as written), when that is not its name. */
  alias: string | null;
}

interface Entry {
  /** The folded name, then the folded other names, then the folded id. */
  names: string[];
  hit: Omit<SearchHit, 'alias'>;
  aliases: string[];
}

const folded = new WeakMap<Dataset, Entry[]>();
/**
 * Each organisation's entry, by record: an edit makes a new dataset that keeps the records it did
 * not change, so only the edited ones are folded again (50,000 names take a third of a second).
 */
const entryOf = new WeakMap<Organization, Entry>();

function entry(o: Organization): Entry {
  let found = entryOf.get(o);
  if (!found) {
    found = {
      names: [foldWords(o.name), ...o.aliases.map(foldWords), foldWords(o.id)],
      hit: { id: o.id, name: o.name, sector: o.sector },
      aliases: o.aliases,
    };
    entryOf.set(o, found);
  }
  return found;
}

function index(dataset: Dataset): Entry[] {
  let entries = folded.get(dataset);
  if (!entries) {
    entries = dataset.organizations.map(entry);
    folded.set(dataset, entries);
  }
  return entries;
}

/** How well `name` answers `q`: 0 is, 1 starts with, 2 has a word starting with, 3 contains. */
function rank(name: string, q: string): number {
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.includes(` ${q}`)) return 2;
  return name.includes(q) ? 3 : 4;
}

const TIERS = 4;

export function searchOrganizations(dataset: Dataset, query: string, limit = 8): SearchHit[] {
  const q = foldWords(query);
  if (q === '') return [];
  const tiers: SearchHit[][] = Array.from({ length: TIERS }, () => []);
  for (const { names, hit, aliases } of index(dataset)) {
    let best = TIERS;
    let by = 0;
    names.forEach((name, k) => {
      const r = rank(name, q);
      if (r < best) {
        best = r;
        by = k;
      }
    });
    if (best >= TIERS || tiers[best]!.length >= limit) continue;
    // Found by another name than its own (the id is no other name).
    const alias = by > 0 && by <= aliases.length ? aliases[by - 1]! : null;
    tiers[best]!.push({ ...hit, alias });
    if (tiers[0]!.length >= limit) break;
  }
  return tiers.flat().slice(0, limit);
}
