/**
 * Hostile values for the unit tests: the names of built-in object properties, which plain-object
 * lookups (`obj[text]`, `text in obj`) take for something they are not.
 */
import type { Dataset, Link, Organization } from '../../../src/core/model/types';

export const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
] as const;

export function organization(id: string, extra: Partial<Organization> = {}): Organization {
  return {
    id,
    name: id,
    sector: null,
    country: null,
    region: null,
    city: null,
    lat: null,
    lon: null,
    scope: null,
    worldRegion: null,
    themes: [],
    aliases: [],
    placeholder: false,
    attributes: {},
    row: null,
    ...extra,
  };
}

export function link(key: string, source: string, target: string, extra: Partial<Link> = {}): Link {
  return {
    key,
    source,
    target,
    type: null,
    weight: 1,
    directed: false,
    since: null,
    until: null,
    scope: 'unknown',
    scopeExplicit: false,
    themes: [],
    attributes: {},
    row: null,
    ...extra,
  };
}

export function dataset(organizations: Organization[], links: Link[] = []): Dataset {
  return {
    name: 'hostile',
    organizations,
    links,
    organizationColumns: [],
    linkColumns: [],
    issues: [],
  };
}

/**
 * One organisation per built-in property name, which is its id, name, sector, theme and link
 * type all at once, tied in a ring to the next; plus one cooperative for comparison.
 */
export function hostileDataset(): Dataset {
  const ids = [...PROTOTYPE_NAMES, 'coop'];
  const organizations = ids.map((id) =>
    id === 'coop'
      ? organization(id, { sector: 'cooperative', themes: ['housing'] })
      : organization(id, { sector: id, themes: [id] }),
  );
  const links = ids.map((id, i) =>
    link(`L${i}`, id, ids[(i + 1) % ids.length]!, {
      type: id === 'coop' ? 'trade' : id,
    }),
  );
  return dataset(organizations, links);
}
