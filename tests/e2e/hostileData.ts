/**
 * Hostile input for the browser tests: the illustrative network plus organisations and alliances
 * whose names, sectors, alliance types, themes, countries, world regions, scopes and extra
 * columns are markup, the names of built-in object properties, a right-to-left override in the
 * middle of a name, and a 10,000-character word. Written as the two CSV files a user would pick.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

/** Sets `document.body.dataset.pwned` if it ever runs. */
export const IMG = '<img src=x onerror="document.body.dataset.pwned=1">';
export const SCRIPT = '<script>document.body.dataset.pwned=1;alert(1)</script>';
/** A name with U+202E RIGHT-TO-LEFT OVERRIDE in the middle, never closed. */
export const RTL_NAME = 'Cooperativa \u202Eel Sur 42';
/** One word of 10,000 characters: nothing to break a line at. */
export const LONG_NAME = 'Longname'.repeat(1250);
export const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
] as const;

/** Extra columns of the organisations file, kept as attributes under these names. */
export const EXTRA_COLUMNS = ['__proto__', 'constructor', 'toString'] as const;

export interface HostileOrganization {
  id: string;
  /** The hostile value: name, sector, country, theme, … of this organisation. */
  value: string;
}

/** One organisation per hostile value; the built-in property names are their ids as well. */
export const HOSTILE: HostileOrganization[] = [
  { id: 'hostile-script', value: SCRIPT },
  { id: 'hostile-img', value: IMG },
  ...PROTOTYPE_NAMES.map((name) => ({ id: name, value: name })),
  { id: 'hostile-rtl', value: RTL_NAME },
  { id: 'hostile-long', value: LONG_NAME },
];

function rows(path: string): { fields: string[]; data: Record<string, string>[] } {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return { fields: parsed.meta.fields ?? [], data: parsed.data };
}

export interface HostileFiles {
  organizations: string;
  links: string;
  /** Organisations and alliances the files hold (no placeholder: every link end is listed). */
  counts: { organizations: number; links: number };
}

export function hostileFiles(): HostileFiles {
  const orgs = rows('datasets/illustrative/organizations.csv');
  const links = rows('datasets/illustrative/links.csv');
  const orgFields = [...orgs.fields, 'world_region', ...EXTRA_COLUMNS];
  const anchors = orgs.data.slice(0, HOSTILE.length).map((row) => row.id!);
  const orgRows: Record<string, string>[] = [
    ...orgs.data,
    ...HOSTILE.map(({ id, value }) => ({
      id,
      name: value,
      sector: value,
      country: value,
      scope: value,
      themes: value,
      world_region: value,
      ...Object.fromEntries(EXTRA_COLUMNS.map((column) => [column, value])),
    })),
  ];
  const linkRows: Record<string, string>[] = [
    ...links.data,
    // Each hostile organisation is tied to one of the network and to the next hostile one.
    ...HOSTILE.flatMap(({ id, value }, i) => [
      { source: id, target: anchors[i]!, type: value, weight: '2', themes: value },
      {
        source: id,
        target: HOSTILE[(i + 1) % HOSTILE.length]!.id,
        type: value,
        weight: '1',
        themes: '',
      },
    ]),
  ];
  return {
    organizations: Papa.unparse(orgRows, { columns: orgFields }),
    links: Papa.unparse(linkRows, { columns: links.fields }),
    counts: { organizations: orgRows.length, links: linkRows.length },
  };
}
