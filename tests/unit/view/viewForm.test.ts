import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, VALUE_FILTER_KINDS } from '../../../src/core/explore/filters';
import { SCOPE_LAYERS } from '../../../src/core/explore/scopeLayers';
import { LAYOUTS } from '../../../src/core/layout/layoutKinds';
import { COLOUR_ENCODINGS, SIZE_ENCODINGS } from '../../../src/core/looks/encodings';
import { THEME_NAMES } from '../../../src/core/looks/themes';
import { ANALYSE_SECTIONS, AREAS } from '../../../src/core/view/areas';
import {
  DEFAULT_VIEW,
  VIEW_FORM_VERSION,
  decodeViewHash,
  encodeViewHash,
  readViewForm,
  sameViewButCamera,
  viewFormOf,
  type ViewForm,
} from '../../../src/core/view/viewForm';

const fixture = (name: string) => readFileSync(`tests/fixtures/view/${name}`, 'utf8').trim();

/** Every version's fixture and the view it must keep opening as. */
const FIXTURES: Record<number, { open: () => ViewForm | null; view: ViewForm }> = {
  0: {
    open: () => readViewForm(JSON.parse(fixture('v0.json'))),
    view: {
      ...DEFAULT_VIEW,
      layer: 'national',
      filters: {
        ...NO_FILTERS,
        sectors: ['cooperative', ''],
        countries: ['MX'],
        linkTypes: ['policy'],
        years: { from: 2018, to: 2022 },
        minWeight: 2,
      },
      colourBy: 'scope',
      sizeBy: 'closeness',
      layout: 'sector',
      weighted: true,
    },
  },
  1: {
    open: () => decodeViewHash(fixture('v1.hash')),
    view: {
      version: 1,
      area: 'analyse',
      analyseSection: 'rankings',
      layer: 'local',
      filters: {
        ...NO_FILTERS,
        sectors: ['cooperative', '', 'Café & Pan, S.A. #1'],
        countries: ['MX'],
        themes: ['food_sovereignty'],
        years: { from: 2016, to: 2021 },
        minWeight: 1.5,
        minDegree: 2,
      },
      colourBy: 'community',
      sizeBy: 'betweenness',
      layout: 'concentric',
      layoutMetric: 'pagerank',
      weighted: true,
      highlight: { encoding: 'sector', value: 'cooperative' },
      highlightedOrganizations: null,
      selectedOrganization: 'שלום\u202E-coop',
      egoSteps: 1,
      pathTarget: 'ilo',
      theme: 'high-contrast',
      camera: { x: 120.5, y: -40, zoom: 1.75 },
    },
  },
};

describe('the view form’s fixtures', () => {
  it('keep one form of every version, and each still opens as the view it held', () => {
    for (let version = 0; version <= VIEW_FORM_VERSION; version++) {
      const kept = FIXTURES[version];
      expect(kept, `a fixture of version ${version}`).toBeDefined();
      expect(kept!.open()).toEqual({ ...kept!.view, version: VIEW_FORM_VERSION });
    }
  });
});

describe('readViewForm', () => {
  it('takes the default view for anything that is no form', () => {
    for (const value of [undefined, null, 3, 'v=1', [], [1, 2]]) {
      expect(readViewForm(value)).toEqual(DEFAULT_VIEW);
    }
  });

  it('drops each value it cannot use to its default, and keeps the rest', () => {
    const read = readViewForm({
      version: 1,
      layer: 'planetary',
      layout: 'hyperbolic',
      colourBy: 'mood',
      sizeBy: 'constructor',
      layoutMetric: 'pagerank',
      weighted: 'yes',
      filters: {
        sectors: ['union', 7, 'union', null, ''],
        countries: 'MX',
        years: { from: 2020, to: 2010 },
        minWeight: -1,
        minDegree: 2.5,
      },
      highlight: { encoding: 'taste', value: 'x' },
      highlightedOrganizations: ['a', '', 'a', 3],
      selectedOrganization: '',
      egoSteps: 3,
      pathTarget: 42,
      area: 'atlas',
      theme: 'sepia',
      camera: { x: Number.NaN, y: 0, zoom: 1 },
    });
    expect(read).toEqual({
      ...DEFAULT_VIEW,
      layoutMetric: 'pagerank',
      filters: { ...NO_FILTERS, sectors: ['union', ''] },
      highlightedOrganizations: ['a'],
    });
  });

  it('reads no key of Object.prototype as a value', () => {
    const read = readViewForm(JSON.parse('{"version":1,"filters":{}}'));
    expect(read.filters).toEqual(NO_FILTERS);
    expect(readViewForm({ version: 1, layer: 'toString' }).layer).toBe('all');
  });

  it('refuses a camera that zooms to nothing or beyond numbers, and rounds the rest', () => {
    expect(readViewForm({ camera: { x: 1, y: 1, zoom: 0 }, version: 1 }).camera).toBe('fitted');
    expect(readViewForm({ camera: { x: 1e308, y: 1, zoom: 1 }, version: 1 }).camera).toBe('fitted');
    expect(readViewForm({ camera: { x: -0.04, y: 10.26, zoom: 1.234567 }, version: 1 })).toEqual({
      ...DEFAULT_VIEW,
      camera: { x: 0, y: 10.3, zoom: 1.235 },
    });
  });

  it('reads a form of a newer version as this one, field by field', () => {
    expect(readViewForm({ version: 99, layout: 'geographic', lens: 'fisheye' })).toEqual({
      ...DEFAULT_VIEW,
      layout: 'geographic',
    });
  });

  it('leaves its input alone', () => {
    const input = { scopeLayer: 'local', filters: { sectors: ['union'] } };
    const copy = structuredClone(input);
    readViewForm(input);
    expect(input).toEqual(copy);
  });
});

describe('the URL fragment', () => {
  it('writes only what differs from the default view, readably', () => {
    expect(encodeViewHash(DEFAULT_VIEW)).toBe(`#v=${VIEW_FORM_VERSION}`);
    const view = viewFormOf({
      ...DEFAULT_VIEW,
      layer: 'local',
      colourBy: 'community',
      filters: { ...NO_FILTERS, sectors: ['cooperative', 'government'] },
    });
    expect(encodeViewHash(view)).toBe(
      '#v=1&layer=local&sector=cooperative,government&colour=community',
    );
  });

  it('keeps ids and values with &, #, %, =, commas, spaces, accents and right-to-left text', () => {
    const awkward = ['a&b=c', '#x', '50%', 'x,y', ' ', 'Ñandú', 'مؤسسة\u202Eevil', '👩🏽‍🌾', '+'];
    const view = viewFormOf({
      ...DEFAULT_VIEW,
      filters: { ...NO_FILTERS, sectors: awkward, themes: [''] },
      highlight: { encoding: 'country', value: 'a,b&c' },
      highlightedOrganizations: awkward,
      selectedOrganization: 'a&b=c#d',
      pathTarget: 'مؤسسة',
    });
    const hash = encodeViewHash(view);
    expect(hash.slice(1)).not.toMatch(/[#\s]/);
    expect(decodeViewHash(hash)).toEqual(view);
  });

  it('tells the empty set of organisations from none', () => {
    const view = viewFormOf({ ...DEFAULT_VIEW, highlightedOrganizations: [] });
    expect(decodeViewHash(encodeViewHash(view))!.highlightedOrganizations).toEqual([]);
    expect(decodeViewHash('#v=1')!.highlightedOrganizations).toBeNull();
  });

  it('is no view without its version, and a broken value is the default’s', () => {
    expect(decodeViewHash('')).toBeNull();
    expect(decodeViewHash('#')).toBeNull();
    expect(decodeViewHash('#section-2')).toBeNull();
    expect(decodeViewHash('#v=one&layer=local')).toBeNull();
    expect(
      decodeViewHash('#v=1&layer=local&sector=%E0%A4%A,union&selected=%zz&camera=1,2&years=a,b'),
    ).toEqual({ ...DEFAULT_VIEW, layer: 'local' });
    expect(decodeViewHash('v=1&colour=theme&colour=scope')).toEqual({
      ...DEFAULT_VIEW,
      colourBy: 'theme',
    });
  });

  it('never throws on any text', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        decodeViewHash(text);
        decodeViewHash('#v=1&' + text);
      }),
    );
  });

  it('tells a camera move from a change of the view', () => {
    const moved = viewFormOf({ ...DEFAULT_VIEW, camera: { x: 3, y: 4, zoom: 2 } });
    expect(sameViewButCamera(DEFAULT_VIEW, moved)).toBe(true);
    expect(sameViewButCamera(DEFAULT_VIEW, { ...moved, colourBy: 'theme' })).toBe(false);
  });
});

/** Any text a file could hold (decoded text: whole code points, any script, any punctuation). */
const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const id = text.filter((t) => t !== '');
const values = fc.uniqueArray(text, { maxLength: 4 });
const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
const year = fc.integer({ min: -3000, max: 3000 });

const anyView: fc.Arbitrary<ViewForm> = fc
  .record({
    layer: fc.constantFrom(...SCOPE_LAYERS),
    filters: fc.record({
      ...(Object.fromEntries(VALUE_FILTER_KINDS.map((kind) => [kind, values])) as Record<
        (typeof VALUE_FILTER_KINDS)[number],
        typeof values
      >),
      years: fc.option(
        fc.tuple(year, year).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
      ),
      minWeight: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e9, noNaN: true })),
      minDegree: fc.nat(),
    }),
    colourBy: fc.constantFrom(...COLOUR_ENCODINGS),
    sizeBy: fc.constantFrom(...SIZE_ENCODINGS),
    layout: fc.constantFrom(...LAYOUTS),
    layoutMetric: fc.constantFrom(...SIZE_ENCODINGS),
    weighted: fc.boolean(),
    highlight: fc.option(
      fc.record({
        encoding: fc.constantFrom(...COLOUR_ENCODINGS, 'linkType' as const),
        value: text,
      }),
    ),
    highlightedOrganizations: fc.option(fc.uniqueArray(id, { maxLength: 4 })),
    selectedOrganization: fc.option(id),
    egoSteps: fc.constantFrom(0 as const, 1 as const, 2 as const),
    pathTarget: fc.option(id),
    area: fc.constantFrom(...AREAS),
    analyseSection: fc.constantFrom(...ANALYSE_SECTIONS),
    theme: fc.constantFrom(...THEME_NAMES),
    camera: fc.oneof(
      fc.constant('fitted' as const),
      fc.record({ x: finite, y: finite, zoom: fc.double({ min: 0.01, max: 100, noNaN: true }) }),
    ),
  })
  .map(viewFormOf);

describe('any view', () => {
  it('is a form readViewForm keeps as it is', () => {
    fc.assert(
      fc.property(anyView, (view) => {
        expect(readViewForm(view)).toEqual(view);
      }),
    );
  });

  it('comes back from its URL fragment exactly', () => {
    fc.assert(
      fc.property(anyView, (view) => {
        expect(decodeViewHash(encodeViewHash(view))).toEqual(view);
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it('comes back from JSON (a project file, a saved view) exactly', () => {
    fc.assert(
      fc.property(anyView, (view) => {
        expect(readViewForm(JSON.parse(JSON.stringify(view)))).toEqual(view);
      }),
    );
  });
});
