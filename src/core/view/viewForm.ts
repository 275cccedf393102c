/**
 * The view as one versioned value: the layer, the filters, the encodings, the layout, the camera,
 * the selection, what stands out and the area open. The URL's fragment, the saved views and the
 * project file all keep this form, so that a view written by any version of the app opens in
 * this one: a form of an older version is brought up to date by the migrations, one version at
 * a time, and every field is read on its own (a value this version does not know falls back to
 * its default; nothing throws). tests/fixtures/view keeps one form of each version.
 */
import { NO_FILTERS, VALUE_FILTER_KINDS, type ExploreFilters } from '../explore/filters';
import { SCOPE_LAYERS, type ScopeLayer } from '../explore/scopeLayers';
import { LAYOUTS, type LayoutKind } from '../layout/layoutKinds';
import {
  COLOUR_ENCODINGS,
  SIZE_ENCODINGS,
  type ColourEncoding,
  type Highlight,
  type SizeEncoding,
} from '../looks/encodings';
import { THEME_NAMES, type Theme } from '../looks/themes';
import { ANALYSE_SECTIONS, AREAS, type AnalyseSection, type Area } from './areas';

/**
 * Where the camera looks, so that a window of another size shows the same part of the network:
 * the model point at the centre of the graph's box, and the zoom as a multiple of the zoom that
 * fits the network in that box. `fitted` until the reader moves it.
 */
export type Camera = 'fitted' | { x: number; y: number; zoom: number };

export type ViewForm = {
  version: number;
  layer: ScopeLayer;
  filters: ExploreFilters;
  colourBy: ColourEncoding;
  sizeBy: SizeEncoding;
  layout: LayoutKind;
  /** The measure that orders the concentric layout. */
  layoutMetric: SizeEncoding;
  /** The measures take link weights as tie strengths. */
  weighted: boolean;
  /** The legend pick. */
  highlight: Highlight | null;
  /** A set chosen in the Analyse area; null when none is. */
  highlightedOrganizations: string[] | null;
  selectedOrganization: string | null;
  egoSteps: 0 | 1 | 2;
  /** The other end of "who can introduce whom". */
  pathTarget: string | null;
  area: Area;
  analyseSection: AnalyseSection;
  theme: Theme;
  camera: Camera;
};

/** A form as found (a URL, a file), of some version: nothing about it is known. */
export type RawViewForm = Record<string, unknown>;

/** Turns a form of version N into one of version N + 1. */
export type ViewMigration = (form: RawViewForm) => RawViewForm;

/**
 * `VIEW_MIGRATIONS[n]` turns version n into version n + 1; the version written is the one after
 * the last. Version 0 is the `settings` of the project files written before the view had a
 * form (no version; the layer as `scopeLayer`). A new version adds its migration here and its
 * fixture under tests/fixtures/view.
 */
export const VIEW_MIGRATIONS: readonly ViewMigration[] = [
  ({ scopeLayer, ...rest }) => ({ ...rest, layer: scopeLayer }),
];

export const VIEW_FORM_VERSION = VIEW_MIGRATIONS.length;

/** The view the app opens with. */
export const DEFAULT_VIEW: ViewForm = {
  version: VIEW_FORM_VERSION,
  layer: 'all',
  filters: NO_FILTERS,
  colourBy: 'sector',
  sizeBy: 'degree',
  layout: 'force',
  layoutMetric: 'degree',
  weighted: false,
  highlight: null,
  highlightedOrganizations: null,
  selectedOrganization: null,
  egoSteps: 0,
  pathTarget: null,
  area: 'explore',
  analyseSection: 'summary',
  theme: 'default',
  camera: 'fitted',
};

function isRecord(value: unknown): value is RawViewForm {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A key's own value (a parsed object has Object.prototype: `constructor` is not its own). */
function own(raw: RawViewForm, key: string): unknown {
  return Object.hasOwn(raw, key) ? raw[key] : undefined;
}

function oneOf<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (values as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

/** Distinct texts in their order; anything else is left out. */
function texts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((v): v is string => typeof v === 'string'))];
}

/** An organisation's id: a text that is not empty. */
function organizationId(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** A finite number of at least 0 (-0 is 0), else 0. */
function atLeastZero(value: unknown, integer: boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return 0;
  if (integer && !Number.isInteger(value)) return 0;
  return value === 0 ? 0 : value;
}

function years(value: unknown): ExploreFilters['years'] {
  if (!isRecord(value)) return null;
  const from = own(value, 'from');
  const to = own(value, 'to');
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to)) return null;
  if ((from as number) > (to as number)) return null;
  return { from: (from as number) || 0, to: (to as number) || 0 };
}

function filters(value: unknown): ExploreFilters {
  if (!isRecord(value)) return NO_FILTERS;
  const read: ExploreFilters = {
    ...NO_FILTERS,
    years: years(own(value, 'years')),
    minWeight: atLeastZero(own(value, 'minWeight'), false),
    minDegree: atLeastZero(own(value, 'minDegree'), true),
  };
  for (const kind of VALUE_FILTER_KINDS) read[kind] = texts(own(value, kind));
  return read;
}

const HIGHLIGHT_ENCODINGS: readonly Highlight['encoding'][] = [...COLOUR_ENCODINGS, 'linkType'];

function highlight(value: unknown): Highlight | null {
  if (!isRecord(value)) return null;
  const encoding = own(value, 'encoding');
  const picked = own(value, 'value');
  if (typeof picked !== 'string' || !HIGHLIGHT_ENCODINGS.includes(encoding as never)) return null;
  return { encoding: encoding as Highlight['encoding'], value: picked };
}

function highlightedOrganizations(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  return texts(value).filter((id) => organizationId(id) !== null);
}

/**
 * A camera as the form keeps it: model units to a tenth, the zoom to four significant digits
 * (finer moves nothing on screen); `fitted` for anything else.
 */
export function readCamera(value: unknown): Camera {
  if (!isRecord(value)) return 'fitted';
  const [x, y, zoom] = ['x', 'y', 'zoom'].map((key) => own(value, key));
  if (![x, y, zoom].every((v) => typeof v === 'number' && Number.isFinite(v))) return 'fitted';
  const read = {
    x: Math.round((x as number) * 10) / 10 || 0,
    y: Math.round((y as number) * 10) / 10 || 0,
    zoom: Number((zoom as number).toPrecision(4)),
  };
  const usable = Number.isFinite(read.x) && Number.isFinite(read.y) && read.zoom > 0;
  return usable && Number.isFinite(read.zoom) ? read : 'fitted';
}

/** The form's version as written: none is version 0 (a project's settings of before). */
function versionOf(raw: RawViewForm): number {
  const version = own(raw, 'version');
  if (version === undefined) return 0;
  return Number.isSafeInteger(version) && (version as number) >= 0
    ? (version as number)
    : VIEW_FORM_VERSION;
}

/**
 * Reads a form of this version or an older one (brought up to date), field by field: a value
 * that is missing, of the wrong kind or unknown here (a layout of a newer version, say) is the
 * default's. A form of a newer version is read as this one. Never throws.
 */
export function readViewForm(value: unknown): ViewForm {
  if (!isRecord(value)) return DEFAULT_VIEW;
  let raw = value;
  for (let v = versionOf(raw); v < VIEW_FORM_VERSION; v++) raw = VIEW_MIGRATIONS[v]!(raw);
  const d = DEFAULT_VIEW;
  const steps = own(raw, 'egoSteps');
  return {
    version: VIEW_FORM_VERSION,
    layer: oneOf(SCOPE_LAYERS, own(raw, 'layer'), d.layer),
    filters: filters(own(raw, 'filters')),
    colourBy: oneOf(COLOUR_ENCODINGS, own(raw, 'colourBy'), d.colourBy),
    sizeBy: oneOf(SIZE_ENCODINGS, own(raw, 'sizeBy'), d.sizeBy),
    layout: oneOf(LAYOUTS, own(raw, 'layout'), d.layout),
    layoutMetric: oneOf(SIZE_ENCODINGS, own(raw, 'layoutMetric'), d.layoutMetric),
    weighted: own(raw, 'weighted') === true,
    highlight: highlight(own(raw, 'highlight')),
    highlightedOrganizations: highlightedOrganizations(own(raw, 'highlightedOrganizations')),
    selectedOrganization: organizationId(own(raw, 'selectedOrganization')),
    egoSteps: steps === 1 || steps === 2 ? steps : 0,
    pathTarget: organizationId(own(raw, 'pathTarget')),
    area: oneOf(AREAS, own(raw, 'area'), d.area),
    analyseSection: oneOf(ANALYSE_SECTIONS, own(raw, 'analyseSection'), d.analyseSection),
    theme: oneOf(THEME_NAMES, own(raw, 'theme'), d.theme),
    camera: readCamera(own(raw, 'camera')),
  };
}

/** The form of a view held elsewhere (the store), checked and rounded as any form read. */
export function viewFormOf(view: Omit<ViewForm, 'version'>): ViewForm {
  return readViewForm({ ...view, version: VIEW_FORM_VERSION });
}

/** True when two forms differ in nothing but the camera. */
export function sameViewButCamera(a: ViewForm, b: ViewForm): boolean {
  return encodeViewHash({ ...a, camera: 'fitted' }) === encodeViewHash({ ...b, camera: 'fitted' });
}

// ---------------------------------------------------------------------------------------------
// The URL's fragment: `#v=1&layer=local&sector=cooperative,government&colour=community&…`.
// Only what differs from the default view is written. Every value is percent-encoded (so `&`,
// `#`, `,`, `%`, `=` and any letter of any script come back as they were); a list's values are
// separated by commas, a key without its list is an empty list, and `sector=` is the list of the
// one value "none given" (''). Keys keep their meaning across versions: a version that changes
// what a key holds gives it a new name and a migration.
// ---------------------------------------------------------------------------------------------

const FILTER_KEYS: Record<(typeof VALUE_FILTER_KINDS)[number], string> = {
  sectors: 'sector',
  countries: 'country',
  worldRegions: 'region',
  themes: 'theme',
  linkTypes: 'type',
};

/** A lone half of a surrogate pair (text from a file never holds one, being decoded). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escape(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));
}

function unescape(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function list(values: readonly string[]): string {
  return values.map(escape).join(',');
}

/** The values of a list as written, or null when one of them cannot be read. */
function unlist(text: string): string[] | null {
  const values = text.split(',').map(unescape);
  return values.every((v) => v !== null) ? (values as string[]) : null;
}

/** The fragment (with its `#`) that holds the view. */
export function encodeViewHash(form: ViewForm): string {
  const d = DEFAULT_VIEW;
  const parts: [string, string][] = [['v', String(VIEW_FORM_VERSION)]];
  const put = (key: string, value: string) => parts.push([key, value]);
  const scalar = <T extends string | number>(key: string, value: T, fallback: T) => {
    if (value !== fallback) put(key, escape(String(value)));
  };
  scalar('area', form.area, d.area);
  scalar('section', form.analyseSection, d.analyseSection);
  scalar('layer', form.layer, d.layer);
  for (const kind of VALUE_FILTER_KINDS) {
    if (form.filters[kind].length > 0) put(FILTER_KEYS[kind], list(form.filters[kind]));
  }
  const { years: range, minWeight, minDegree } = form.filters;
  if (range) put('years', `${range.from},${range.to}`);
  scalar('weight', minWeight, 0);
  scalar('partners', minDegree, 0);
  scalar('colour', form.colourBy, d.colourBy);
  scalar('size', form.sizeBy, d.sizeBy);
  scalar('layout', form.layout, d.layout);
  scalar('measure', form.layoutMetric, d.layoutMetric);
  if (form.weighted) put('weighted', '1');
  if (form.highlight) put('highlight', list([form.highlight.encoding, form.highlight.value]));
  if (form.highlightedOrganizations) put('highlighted', list(form.highlightedOrganizations));
  if (form.selectedOrganization !== null) put('selected', escape(form.selectedOrganization));
  scalar('ego', form.egoSteps, d.egoSteps);
  if (form.pathTarget !== null) put('introduce', escape(form.pathTarget));
  scalar('display', form.theme, d.theme);
  const { camera: view } = form;
  if (view !== 'fitted') put('camera', `${view.x},${view.y},${view.zoom}`);
  return '#' + parts.map(([key, value]) => `${key}=${value}`).join('&');
}

/** `a,b` as numbers, or null. */
function numbers(text: string | undefined, count: number): number[] | null {
  if (text === undefined) return null;
  const values = text.split(',').map((v) => (v.trim() === '' ? NaN : Number(v)));
  return values.length === count && values.every(Number.isFinite) ? values : null;
}

/**
 * The view a fragment holds (`#v=…`, with or without its `#`), or null when it holds none (no
 * `v`). Every field is read as readViewForm reads it: one that cannot be read is the default's.
 */
export function decodeViewHash(hash: string): ViewForm | null {
  const params = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    const at = part.indexOf('=');
    const key = at < 0 ? part : part.slice(0, at);
    if (!params.has(key)) params.set(key, at < 0 ? '' : part.slice(at + 1));
  }
  const version = params.get('v');
  if (version === undefined || !/^\d+$/.test(version)) return null;
  const text = (key: string): string | undefined => {
    const value = params.get(key);
    return value === undefined ? undefined : (unescape(value) ?? undefined);
  };
  const number = (key: string): number | undefined => numbers(params.get(key), 1)?.[0];
  const filterLists: Record<string, string[]> = {};
  for (const kind of VALUE_FILTER_KINDS) {
    const written = params.get(FILTER_KEYS[kind]);
    const values = written === undefined ? [] : unlist(written);
    if (values) filterLists[kind] = values;
  }
  const range = numbers(params.get('years'), 2);
  const picked = params.has('highlight') ? unlist(params.get('highlight')!) : null;
  const highlighted = params.has('highlighted') ? unlist(params.get('highlighted')!) : null;
  const view = numbers(params.get('camera'), 3);
  return readViewForm({
    version: Number(version),
    area: text('area'),
    analyseSection: text('section'),
    layer: text('layer'),
    filters: {
      ...filterLists,
      years: range && { from: range[0], to: range[1] },
      minWeight: number('weight'),
      minDegree: number('partners'),
    },
    colourBy: text('colour'),
    sizeBy: text('size'),
    layout: text('layout'),
    layoutMetric: text('measure'),
    weighted: params.get('weighted') === '1',
    highlight: picked?.length === 2 ? { encoding: picked[0], value: picked[1] } : null,
    // A key with nothing after it is the empty set (an id is never empty).
    highlightedOrganizations: highlighted?.filter((id) => id !== '') ?? null,
    selectedOrganization: text('selected'),
    egoSteps: number('ego'),
    pathTarget: text('introduce'),
    theme: text('display'),
    camera: view && { x: view[0], y: view[1], zoom: view[2] },
  });
}
