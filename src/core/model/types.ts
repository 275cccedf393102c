/**
 * The dataset model shared by the import pipeline, the analysis, the command line and the app.
 * Plain data only: everything here survives structuredClone (workers) and JSON (the CLI).
 */
import type { ImportIssue } from '../issues/issues';

/** Canonical sector codes of README, the data format; any other value is kept as a custom sector. */
export const SECTORS = [
  'cooperative',
  'social_enterprise',
  'civil_society',
  'movement',
  'union',
  'academia',
  'government',
  'private',
  'network',
  'international',
  'finance',
] as const;
export type CanonicalSector = (typeof SECTORS)[number];

/** Levels of action, for organisations and (derived) for links. */
export const SCOPES = ['local', 'national', 'regional', 'international'] as const;
export type Scope = (typeof SCOPES)[number];
export type LinkScope = Scope | 'unknown';

/** The six continental regions of README, the data format (UN M49, Americas split in two). */
export const WORLD_REGIONS = [
  'africa',
  'asia',
  'europe',
  'latin_america_caribbean',
  'north_america',
  'oceania',
] as const;
export type WorldRegion = (typeof WORLD_REGIONS)[number];

export const LINK_TYPES = [
  'partnership',
  'membership',
  'funding',
  'research',
  'trade',
  'policy',
  'network',
] as const;

/**
 * Themes the app names in its languages: those of the illustrative network (and the generator).
 * Any other theme is kept and shown as written.
 */
export const THEMES = [
  'food_sovereignty',
  'fair_trade',
  'housing',
  'care',
  'circular_economy',
  'digital_commons',
  'gender_equity',
  'solidarity_finance',
  'public_procurement',
  'covid_recovery',
  'indigenous_economies',
] as const;
export type Theme = (typeof THEMES)[number];

export interface Organization {
  /** Kept as text: `007` and `7` differ. */
  id: string;
  name: string;
  /** Canonical code, a custom value as written, or null when absent. */
  sector: string | null;
  /** ISO 3166-1 alpha-2, or null when absent or not recognised. */
  country: string | null;
  region: string | null;
  city: string | null;
  lat: number | null;
  lon: number | null;
  scope: Scope | null;
  /** From the country, unless a `world_region` column overrides it. */
  worldRegion: WorldRegion | null;
  themes: string[];
  /**
   * Other names it is known by, in any language (`ILO; OIT; BIT`): its acronyms, for search.
   */
  aliases: string[];
  /** Created for a link end that matched no organisation (flagged, as Gephi does). */
  placeholder: boolean;
  /** Columns the app does not know, kept as written (header → value). */
  attributes: Record<string, string>;
  /** Spreadsheet row (header = 1); null for placeholders and organisations added in the app. */
  row: number | null;
}

export interface Link {
  /** Unique within the dataset (`L` + row, or generated for links added in the app). */
  key: string;
  source: string;
  target: string;
  type: string | null;
  weight: number;
  directed: boolean;
  /** Year or ISO date as written, normalised to `YYYY` or `YYYY-MM-DD`; null when absent. */
  since: string | null;
  until: string | null;
  scope: LinkScope;
  /** True when the scope came from the file rather than from the two organisations. */
  scopeExplicit: boolean;
  themes: string[];
  attributes: Record<string, string>;
  row: number | null;
}

/** A value of a vocabulary column as written (trimmed), and how many rows held it. */
export interface RawValueCount {
  raw: string;
  count: number;
}

/** Everything an import produces. The graphology graphs are built from it on demand. */
export interface Dataset {
  name: string;
  organizations: Organization[];
  /** Links used (self links included; they are ignored by the analysis graph). */
  links: Link[];
  /** Extra column names, in file order, so exports can write them back. */
  organizationColumns: string[];
  linkColumns: string[];
  issues: ImportIssue[];
  /**
   * The distinct sectors and alliance types as written, with their counts, for the
   * value-mapping step (`valueReadings`); absent in a dataset built by other means.
   */
  rawValues?: { sector: RawValueCount[]; linkType: RawValueCount[] };
}
