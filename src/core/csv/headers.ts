/**
 * Header names → fields. Headers are compared without case, accents, spaces, underscores,
 * hyphens or punctuation, against the names of README, the data format in English, Spanish and French,
 * plus the columns Gephi and Kumu write, so their exports open as they are.
 */

export const ORGANIZATION_FIELDS = [
  'id',
  'name',
  'sector',
  'country',
  'region',
  'city',
  'lat',
  'lon',
  'scope',
  'world_region',
  'themes',
  'aliases',
] as const;
export type OrganizationField = (typeof ORGANIZATION_FIELDS)[number];

export const LINK_FIELDS = [
  'source',
  'target',
  'type',
  'weight',
  'directed',
  'since',
  'until',
  'scope',
  'themes',
] as const;
export type LinkField = (typeof LINK_FIELDS)[number];

export type FileKind = 'organizations' | 'links';
export type Field = OrganizationField | LinkField;

/** A list written as `a | b | c`, so that long vocabularies stay one line per entry. */
export function words(list: string): string[] {
  return list
    .split('|')
    .map((w) => w.trim().replace(/\s+/g, ' '))
    .filter((w) => w !== '');
}

const THEMES =
  words(`themes | theme | tags | tag | temas | tema | thèmes | thème | etiquetas | étiquettes |
  keywords | palabras clave | mots-clés | topics`);
const SCOPE = words('scope | level | ámbito | nivel | échelle | niveau | alcance | portée');

/**
 * Aliases per field, the canonical name first. The order matters: when two headers of a file
 * name the same field, the one whose alias comes first wins and the other is kept as an
 * attribute (so with `Id` and `Label`, Label is the name; with `Name` and `Label`, Name is); the
 * import still takes the other's value on the rows where the first has none (importColumns.ts).
 */
export const ORGANIZATION_ALIASES: Record<OrganizationField, string[]> = {
  id: words(`id | key | clave | identificador | identifiant | identifier | org id | organization id |
    organisation id | id organización | id organisation | node id`),
  name: words(`name | nombre | nom | organization | organisation | organización | organization name |
    organisation name | nombre de la organización | nom de l’organisation | nom de l'organisation |
    razón social | raison sociale | label`),
  sector: words(`sector | secteur | category | categoría | catégorie | tipo | type | element type |
    organization type | organisation type | tipo de organización | type d’organisation |
    type d'organisation`),
  country: words('country | país | pays | country code | código país | code pays | iso2'),
  region: words(`region | región | région | estado | state | province | provincia | departamento |
    département | entidad federativa`),
  city: words(`city | ciudad | municipio | ville | locality | localidad | localité | town | commune |
    comuna | alcaldía`),
  lat: words('lat | latitude | latitud'),
  lon: words('lon | lng | long | longitude | longitud'),
  scope: SCOPE,
  world_region:
    words(`world region | región mundial | région du monde | région mondiale | continent |
    continente | macroregion | macrorregión`),
  themes: THEMES,
  aliases: words(`aliases | alias | acronym | acronyms | siglas | sigla | sigle | sigles |
    other names | otros nombres | autres noms | also known as | aka`),
};

export const LINK_ALIASES: Record<LinkField, string[]> = {
  source: words('source | from | origen | de | origine | source id | from id'),
  target: words('target | to | destino | a | cible | destination | target id | to id | hacia'),
  type: words(`type | tipo | kind | connection type | link type | alliance type | tipo de alianza |
    type d’alliance | type d'alliance | type de lien | relation | relación`),
  weight: words('weight | strength | peso | intensidad | poids | intensité | force | fuerza'),
  directed: words(`directed | dirigido | dirigé | orienté | direction | dirección |
    connection direction`),
  since: words(`since | start | desde | inicio | début | start date | start year | fecha de inicio |
    date de début | year | año | année`),
  until: words('until | end | hasta | fin | end date | end year | fecha de fin | date de fin'),
  scope: SCOPE,
  themes: THEMES,
};

/** Lower case, no accents, letters and digits only: `Catégorie`, `CATEGORIE`, `cat_egorie` alike. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

type AliasIndex = Map<string, { field: Field; rank: number }>;

function indexAliases(table: Record<string, string[]>): AliasIndex {
  const index: AliasIndex = new Map();
  for (const [field, aliases] of Object.entries(table)) {
    aliases.forEach((alias, rank) => {
      const key = normalizeHeader(alias);
      if (!index.has(key)) index.set(key, { field: field as Field, rank });
    });
  }
  return index;
}

const ALIAS_INDEX: Record<FileKind, AliasIndex> = {
  organizations: indexAliases(ORGANIZATION_ALIASES),
  links: indexAliases(LINK_ALIASES),
};

const FIELDS_OF: Record<FileKind, readonly Field[]> = {
  organizations: ORGANIZATION_FIELDS,
  links: LINK_FIELDS,
};

/**
 * Type names that some tools write after a column's name: Neo4j's import headers
 * (`weight:long`, `since:int`), and others in brackets (`Weight (long)`). Gephi writes none.
 */
const TYPE_NAMES = new Set(
  words(`string | str | text | varchar | char | int | integer | long | short | byte | bigint |
    double | float | decimal | number | numeric | real | bool | boolean | date | datetime |
    localdatetime | time | localtime | duration | point`),
);
const TYPE_SUFFIX =
  /(?::\s*([A-Za-z_]+)(?:\([^)]*\))?|\(\s*([A-Za-z_]+)\s*\)|\[\s*([A-Za-z_]+)\s*\])$/;
/** Longer headers are no name with a type after it (and a long one must not cost a quadratic search). */
const TYPED_HEADER_MAX = 200;
/** Neo4j's headers that say what a column is: `:ID` (or `orgId:ID`), `:START_ID`, `:END_ID`. */
const ROLE_TYPES: Record<FileKind, Record<string, Field>> = {
  organizations: { id: 'id' },
  links: { start_id: 'source', end_id: 'target', type: 'type' },
};

/** A header read through the type name written after it: its field, and that type name as written. */
export function typedHeader(
  header: string,
  kind: FileKind,
): { field: Field; rank: number; suffix: string } | null {
  const trimmed = header.trim();
  if (trimmed.length > TYPED_HEADER_MAX) return null;
  const m = TYPE_SUFFIX.exec(trimmed);
  if (m === null) return null;
  const base = trimmed.slice(0, m.index).trimEnd();
  const type = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
  const suffix = m[0];
  const role = Object.hasOwn(ROLE_TYPES[kind], type) ? ROLE_TYPES[kind][type] : undefined;
  if (role !== undefined) return { field: role, rank: 0, suffix };
  if (base === '' || !TYPE_NAMES.has(type)) return null;
  const known = ALIAS_INDEX[kind].get(normalizeHeader(base));
  return known === undefined ? null : { ...known, suffix };
}

/** Field a header names in a file of the given kind, or null when the app does not know it. */
export function fieldOfHeader(header: string, kind: FileKind): Field | null {
  return (
    ALIAS_INDEX[kind].get(normalizeHeader(header))?.field ??
    typedHeader(header, kind)?.field ??
    null
  );
}

/**
 * Columns whose header starts with this are values the app computes and writes in its exports
 * (`atlas_betweenness`, `atlas_scope` …): an import does not read them back as attributes, since
 * it computes them afresh. The prefix is the app's: a column of the user's named so is left out too.
 */
export const COMPUTED_PREFIX = 'atlas_';

/**
 * The computed column that flags placeholder organisations (link ends no organisation matched)
 * where a format lists them as nodes (GEXF, GraphML): an import leaves such rows to the links
 * that name them, which make them again as placeholders.
 */
export const PLACEHOLDER_COLUMN = `${COMPUTED_PREFIX}placeholder`;

/** True for a header the app wrote for a value it computes (see COMPUTED_PREFIX). */
export function isComputedHeader(header: string): boolean {
  return header.trim().toLowerCase().startsWith(COMPUTED_PREFIX);
}

/** `long` names the longitude beside a latitude; alone it may be anything (a length, a type). */
const LONG = normalizeHeader('long');

/** How one file's columns are used. */
export interface HeaderMatch {
  kind: FileKind;
  /** Column index of each field the file has. */
  fields: Partial<Record<Field, number>>;
  /**
   * Columns kept as attributes: the header as written and its index, and the field it names
   * when another column of the file was used for that field.
   */
  attributes: { header: string; index: number; alias?: { field: Field; usedIndex: number } }[];
  /** Later columns whose header repeats an earlier one's: their values are not used. */
  duplicates: { header: string; index: number; firstIndex: number }[];
  /** Columns of values the app computes (COMPUTED_PREFIX), not read unless a mapping says so. */
  computed: { header: string; index: number }[];
  /** Columns used for a field through the type name written after their name (`weight:long`). */
  typed?: { index: number; suffix: string }[];
  /**
   * A column named `long`: read as the longitude beside the latitude column (`latitude`: its
   * header), or kept as an attribute without one (`latitude` null).
   */
  long?: { index: number; latitude: string | null };
}

/**
 * Per-file override from the app's mapping step: header as written → field, or null. A Map, as
 * a header may be any text (`__proto__` included).
 */
export type ColumnMapping = ReadonlyMap<string, string | null>;

function mappedField(
  header: string,
  kind: FileKind,
  mapping: ColumnMapping | undefined,
): Field | null | undefined {
  if (!mapping || !mapping.has(header)) return undefined;
  const value = mapping.get(header);
  if (value === null || value === undefined) return null;
  return (FIELDS_OF[kind] as readonly string[]).includes(value) ? (value as Field) : null;
}

/**
 * Assigns each header a field. A mapping entry wins over the alias tables; among headers naming
 * the same field the mapped one, then the best-ranked alias, then the first in file order wins.
 */
export function matchHeaders(
  headers: string[],
  kind: FileKind,
  mapping?: ColumnMapping,
): HeaderMatch {
  const best = new Map<Field, { index: number; rank: number }>();
  const seen = new Map<string, number>();
  const duplicates: HeaderMatch['duplicates'] = [];
  const computed: HeaderMatch['computed'] = [];
  const candidates: (Field | null)[] = [];
  const suffixes = new Map<number, string>();
  headers.forEach((raw, index) => {
    const header = raw.trim();
    const firstIndex = seen.get(header);
    if (header !== '' && firstIndex !== undefined) {
      duplicates.push({ header, index, firstIndex });
      candidates.push(null);
      return;
    }
    seen.set(header, index);
    const mapped = mappedField(header, kind, mapping);
    if (mapped === undefined && isComputedHeader(header)) {
      computed.push({ header, index });
      candidates.push(null);
      return;
    }
    const typed =
      mapped === undefined && !ALIAS_INDEX[kind].has(normalizeHeader(header))
        ? typedHeader(header, kind)
        : null;
    if (typed !== null) suffixes.set(index, typed.suffix);
    const auto = ALIAS_INDEX[kind].get(normalizeHeader(header)) ?? typed ?? undefined;
    const field = mapped === undefined ? (auto?.field ?? null) : mapped;
    const rank = mapped === undefined ? (auto?.rank ?? 0) : -1;
    candidates.push(field);
    if (field === null) return;
    const current = best.get(field);
    if (!current || rank < current.rank) best.set(field, { index, rank });
  });
  // `long` without a latitude column is not taken for the longitude (unless the mapping says so).
  let long: HeaderMatch['long'];
  const lon = best.get('lon');
  if (kind === 'organizations' && lon && lon.rank >= 0) {
    if (normalizeHeader(headers[lon.index] ?? '') === LONG) {
      const lat = best.get('lat');
      long = { index: lon.index, latitude: lat ? (headers[lat.index] ?? '').trim() : null };
      if (!lat) {
        best.delete('lon');
        candidates[lon.index] = null;
      }
    }
  }
  const fields: HeaderMatch['fields'] = {};
  for (const [field, { index }] of best) fields[field] = index;
  const used = new Set(Array.from(best.values(), (b) => b.index));
  const skipped = new Set([...duplicates, ...computed].map((d) => d.index));
  const attributes: HeaderMatch['attributes'] = [];
  headers.forEach((raw, index) => {
    if (used.has(index) || skipped.has(index)) return;
    const field = candidates[index];
    const usedIndex = field ? best.get(field)?.index : undefined;
    attributes.push(
      field && usedIndex !== undefined
        ? { header: raw.trim(), index, alias: { field, usedIndex } }
        : { header: raw.trim(), index },
    );
  });
  const typedUsed = [...suffixes]
    .filter(([index]) => used.has(index))
    .map(([index, suffix]) => ({ index, suffix }));
  return {
    kind,
    fields,
    attributes,
    duplicates,
    computed,
    ...(typedUsed.length > 0 && { typed: typedUsed }),
    ...(long && { long }),
  };
}

function hasField(
  headers: string[],
  kind: FileKind,
  field: Field,
  mapping?: ColumnMapping,
): boolean {
  return headers.some((h) => {
    const mapped = mappedField(h.trim(), kind, mapping);
    return mapped === undefined ? fieldOfHeader(h, kind) === field : mapped === field;
  });
}

/**
 * Tells an organisations file from a links file by its header: source- and target-like columns
 * make a links file; otherwise an id- or name-like column makes an organisations file.
 */
export function detectFileKind(headers: string[], mapping?: ColumnMapping): FileKind | null {
  if (
    hasField(headers, 'links', 'source', mapping) &&
    hasField(headers, 'links', 'target', mapping)
  )
    return 'links';
  if (
    hasField(headers, 'organizations', 'id', mapping) ||
    hasField(headers, 'organizations', 'name', mapping)
  ) {
    return 'organizations';
  }
  return null;
}

/** What a file half-matches, to say precisely what is missing. */
export function partialKind(
  headers: string[],
  mapping?: ColumnMapping,
): { source: boolean; target: boolean } {
  return {
    source: hasField(headers, 'links', 'source', mapping),
    target: hasField(headers, 'links', 'target', mapping),
  };
}

/** The first few aliases of a field, for "looked for: …" in messages. */
export function aliasList(kind: FileKind, field: Field, count = 5): string {
  const aliases = (kind === 'organizations' ? ORGANIZATION_ALIASES : LINK_ALIASES)[
    field as never
  ] as string[];
  return aliases.slice(0, count).join(', ') + (aliases.length > count ? ', …' : '');
}
