/**
 * Which columns an exported organisation or link has, in every format: the fields of README, the
 * data format (named as the import reads them), then the file's own columns the app did not know
 * (`organizationColumns` / `linkColumns`, values in `attributes`), then the values the app
 * computes, whose names start with COMPUTED_PREFIX so that an import leaves them out and computes
 * them afresh. Each format writes these columns; none decides its own list.
 */
import {
  COMPUTED_PREFIX,
  fieldOfHeader,
  PLACEHOLDER_COLUMN,
  type Field,
  type FileKind,
} from '../csv/headers';
import { outputsOf } from '../metrics/registry';
import type { Dataset, Link, Organization } from '../model/types';
import { ownValue } from '../records';
import type { AnalysisMetrics, Brokerage, OrganizationValue } from '../report/reportTypes';

export type ColumnType = 'string' | 'integer' | 'double' | 'boolean';

/** A cell: text, a number, true/false, several values (themes), or nothing. */
export type ColumnValue = string | number | boolean | readonly string[] | null;

export interface Column<Row> {
  /** The header as the import reads it: the field's own name, or the file's header as written. */
  name: string;
  type: ColumnType;
  /** The field of README, the data format; absent for the file's own and for computed columns. */
  field?: Field;
  /** Kumu's name for the field (Kumu's import guide: Label, Type, Tags, From, To, Strength). */
  kumu?: string;
  /** Its name in GEXF and GraphML, where `type` means something else (the edge's direction). */
  graph?: string;
  /** A value the app computes: left out by an import (COMPUTED_PREFIX). */
  computed: boolean;
  value(row: Row): ColumnValue;
}

export type OrganizationColumn = Column<Organization>;
export type LinkColumn = Column<Link>;

const text = (value: string | null): string | null => (value === '' ? null : value);

function known<Row>(
  field: Field,
  type: ColumnType,
  value: (row: Row) => ColumnValue,
  names: { kumu?: string; graph?: string } = {},
): Column<Row> {
  return { name: field, type, field, computed: false, value, ...names };
}

function computed<Row>(
  key: string,
  type: ColumnType,
  value: (row: Row) => ColumnValue,
): Column<Row> {
  return { name: `${COMPUTED_PREFIX}${key.replace(/\./g, '_')}`, type, computed: true, value };
}

/** The fields of an organisation, in the order of README, the data format. */
const ORGANIZATION_FIELDS: readonly OrganizationColumn[] = [
  known('id', 'string', (o) => o.id, { kumu: 'ID' }),
  known('name', 'string', (o) => o.name, { kumu: 'Label' }),
  known('sector', 'string', (o) => o.sector, { kumu: 'Type' }),
  known('country', 'string', (o) => o.country),
  known('region', 'string', (o) => o.region),
  known('city', 'string', (o) => o.city),
  known('lat', 'double', (o) => o.lat),
  known('lon', 'double', (o) => o.lon),
  known('scope', 'string', (o) => o.scope),
  // Derived from the country unless the file said otherwise; written either way, since the
  // region written back is the region the country gives (and overrides it where it did not).
  known('world_region', 'string', (o) => o.worldRegion),
  known('themes', 'string', (o) => o.themes, { kumu: 'Tags' }),
  known('aliases', 'string', (o) => o.aliases),
];

/** The fields of a link. Its scope is written only where the file gave it: see atlas_scope. */
const LINK_FIELDS: readonly LinkColumn[] = [
  known('source', 'string', (l) => l.source, { kumu: 'From' }),
  known('target', 'string', (l) => l.target, { kumu: 'To' }),
  known('type', 'string', (l) => l.type, { kumu: 'Type', graph: 'alliance_type' }),
  known('weight', 'double', (l) => l.weight, { kumu: 'Strength' }),
  known('directed', 'boolean', (l) => l.directed, { kumu: 'Direction' }),
  known('since', 'string', (l) => l.since),
  known('until', 'string', (l) => l.until),
  known('scope', 'string', (l) => (l.scopeExplicit ? l.scope : null)),
  known('themes', 'string', (l) => l.themes, { kumu: 'Tags' }),
];

function attributeColumns<Row extends Organization | Link>(keys: readonly string[]): Column<Row>[] {
  return keys.map((key) => ({
    name: key,
    type: 'string',
    computed: false,
    value: (row: Row) => text(ownValue(row.attributes, key) ?? null),
  }));
}

/**
 * Every per-organisation output of the metric registry (brokerage as its four roles); none when
 * there is no analysis, rather than columns of empty cells.
 */
function measureColumns(metrics: AnalysisMetrics | null): OrganizationColumn[] {
  if (metrics === null) return [];
  return outputsOf('organizations').map((output) => {
    const type: ColumnType = output.type === 'integer' ? 'integer' : 'double';
    if (output.key.startsWith('brokerage.')) {
      const role = output.key.slice('brokerage.'.length) as keyof Brokerage;
      return computed(output.key, type, (o) => ownValue(metrics.brokerage, o.id)?.[role] ?? null);
    }
    const values = metrics.organizations?.[output.key as OrganizationValue];
    return computed(output.key, type, (o) => ownValue(values, o.id) ?? null);
  });
}

export interface ColumnOptions {
  /** Add `atlas_placeholder` (formats that list placeholders as nodes: GEXF, GraphML). */
  placeholders?: boolean;
}

export function organizationColumns(
  dataset: Dataset,
  metrics: AnalysisMetrics | null,
  options: ColumnOptions = {},
): OrganizationColumn[] {
  const flag: OrganizationColumn[] = options.placeholders
    ? [{ name: PLACEHOLDER_COLUMN, type: 'boolean', computed: true, value: (o) => o.placeholder }]
    : [];
  return [
    ...ORGANIZATION_FIELDS,
    ...attributeColumns<Organization>(dataset.organizationColumns),
    ...flag,
    ...measureColumns(metrics),
  ];
}

export function linkColumns(dataset: Dataset): LinkColumn[] {
  return [
    ...LINK_FIELDS,
    ...attributeColumns<Link>(dataset.linkColumns),
    // The scope the app uses, explicit or derived from the two organisations' places.
    computed<Link>('scope', 'string', (l) => l.scope),
  ];
}

/**
 * The header of a column in a workbook meant for Kumu: Kumu's name, unless one of the file's own
 * columns also names that field (a `category` beside the sector, a `nombre` beside the name):
 * the import would then prefer that column to Kumu's less usual name, so the field's own name,
 * which every import prefers, is written instead.
 */
export function kumuHeader<Row>(
  column: Column<Row>,
  kind: FileKind,
  attributeKeys: readonly string[],
): string {
  if (column.kumu === undefined || column.field === undefined) return column.name;
  const contested = attributeKeys.some((key) => fieldOfHeader(key, kind) === column.field);
  return contested ? column.name : column.kumu;
}

/** A column's header in GEXF and GraphML. */
export function graphHeader<Row>(column: Column<Row>): string {
  return column.graph ?? column.name;
}
