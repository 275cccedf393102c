/**
 * The one look function, against its rules written out in plain words (not a copy of the code):
 * generated networks, and generated views (what is shown, a legend pick, chains of
 * introductions, a selection, the theme).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ShownSet } from '../../../src/core/explore/filters';
import type { Introductions } from '../../../src/core/explore/introductions';
import {
  colourGroups,
  highlightMembers,
  LINK_WIDTH,
  NODE_SIZE,
  type HighlightMembers,
} from '../../../src/core/looks/encodings';
import {
  ALLIANCE_LOOK,
  allianceLooks,
  allianceTypePatterns,
  LABEL,
  ORGANIZATION_LOOK,
  organizationLooks,
  type LookView,
} from '../../../src/core/looks/looks';
import { LINK_TYPE_DASHES, SECTOR_COLORS } from '../../../src/core/looks/palette';
import { THEMES } from '../../../src/core/looks/themes';
import type { Dataset, Link, Organization } from '../../../src/core/model/types';

const SECTORS = ['cooperative', 'union', 'government', 'Convenio', null] as const;
const TYPES = ['partnership', 'funding', 'Convenio', 'Proyecto', null] as const;

function organization(id: string, sector: string | null, placeholder = false): Organization {
  return {
    id,
    name: `Org ${id}`,
    sector,
    country: null,
    region: null,
    city: null,
    lat: null,
    lon: null,
    scope: null,
    worldRegion: null,
    themes: [],
    aliases: [],
    placeholder,
    attributes: {},
    row: null,
  };
}

function link(key: string, source: string, target: string, type: string | null, weight: number) {
  return {
    key,
    source,
    target,
    type,
    weight,
    directed: false,
    since: null,
    until: null,
    scope: 'national',
    scopeExplicit: false,
    themes: [],
    attributes: {},
    row: null,
  } satisfies Link;
}

const network = fc
  .record({
    sectors: fc.array(fc.constantFrom(...SECTORS), { minLength: 2, maxLength: 12 }),
    placeholder: fc.boolean(),
    pairs: fc.array(
      fc.record({
        a: fc.nat(),
        b: fc.nat(),
        type: fc.constantFrom(...TYPES),
        weight: fc.integer({ min: 1, max: 5 }),
      }),
      { maxLength: 25 },
    ),
  })
  .map(({ sectors, placeholder, pairs }): Dataset => {
    const organizations = sectors.map((s, i) => organization(`o${i}`, s));
    if (placeholder) organizations.push(organization('ghost', null, true));
    const n = organizations.length;
    return {
      name: 'net',
      organizations,
      links: pairs.map(({ a, b, type, weight }, i) =>
        link(`L${i}`, organizations[a % n]!.id, organizations[b % n]!.id, type, weight),
      ),
      organizationColumns: [],
      linkColumns: [],
      issues: [],
    };
  });

/** A view of a network: random subsets shown, a pick, chains, a selection. */
function views(dataset: Dataset) {
  const ids = dataset.organizations.map((o) => o.id);
  const keys = dataset.links.map((l) => l.key);
  const subset = <T>(values: T[]) => fc.subarray(values).map((v) => new Set(v));
  return fc.record({
    shown: fc.option(
      fc.record({ organizations: subset(ids), links: subset(keys) }) as fc.Arbitrary<ShownSet>,
    ),
    pick: fc.option(fc.constantFrom(...SECTORS.filter((s) => s !== null))),
    path: fc.option(
      fc.record({
        organizations: subset(ids),
        links: subset(keys),
        distance: fc.option(fc.nat(4)),
      }) as unknown as fc.Arbitrary<Introductions>,
    ),
    selected: fc.option(fc.constantFrom(...ids)),
    spotlight: fc.option(fc.constantFrom(...ids)),
    theme: fc.constantFrom('default' as const, 'high-contrast' as const),
  });
}

function lookView(
  dataset: Dataset,
  v: {
    shown: ShownSet | null;
    pick: string | null;
    path: Introductions | null;
    selected: string | null;
    spotlight?: string | null;
    theme: 'default' | 'high-contrast';
  },
): LookView & { members: HighlightMembers | null } {
  const { groupOf } = colourGroups(dataset, null, 'sector');
  const members = highlightMembers(
    dataset,
    groupOf,
    v.pick === null ? null : { encoding: 'sector', value: v.pick },
  );
  return {
    colourBy: 'sector',
    sizeBy: 'degree',
    shown: v.shown,
    highlighted: members,
    path: v.path,
    selected: v.selected,
    spotlight: v.spotlight ?? null,
    theme: v.theme,
    members,
  };
}

describe('how each organisation is drawn', () => {
  it('follows the rules: hidden, then a chain found, then a legend pick, then plain', () => {
    fc.assert(
      fc.property(
        network.chain((dataset) => fc.tuple(fc.constant(dataset), views(dataset))),
        ([dataset, v]) => {
          const view = lookView(dataset, v);
          const looks = organizationLooks(dataset, null, view);
          const chainFound = v.path !== null && v.path.distance !== null;
          dataset.organizations.forEach(({ id }, i) => {
            // What the layer, filters or ego network leave out is hidden, whatever else holds.
            const left = v.shown !== null && !v.shown.organizations.has(id);
            let expected: number;
            if (left) expected = ORGANIZATION_LOOK.hidden;
            // With a chain found, it is on a chain or steps back.
            else if (chainFound)
              expected = v.path!.organizations.has(id)
                ? ORGANIZATION_LOOK.onPath
                : ORGANIZATION_LOOK.offPath;
            // Otherwise a legend pick fades those outside it.
            else if (view.members && !view.members.organizations.has(id))
              expected = ORGANIZATION_LOOK.faded;
            else expected = ORGANIZATION_LOOK.plain;
            expect(looks.looks[i], id).toBe(expected);

            // The selected one (and a presenter's spotlight) is ringed and always named, unless
            // hidden; so is a chain's member.
            const selected = (id === v.selected || id === v.spotlight) && !left;
            const onChain = expected === ORGANIZATION_LOOK.onPath;
            expect(looks.rings[i], id).toBe(selected || onChain ? 1 : 0);
            const steppedBack =
              left ||
              expected === ORGANIZATION_LOOK.faded ||
              expected === ORGANIZATION_LOOK.offPath;
            expect(looks.labels[i], id).toBe(
              selected || onChain ? LABEL.always : steppedBack ? LABEL.never : LABEL.ranked,
            );
          });
        },
      ),
      { numRuns: 300, seed: 10 },
    );
  });

  it('colours by sector from the theme’s fixed colours, custom sectors and placeholders apart', () => {
    fc.assert(
      fc.property(
        network,
        fc.constantFrom('default', 'high-contrast' as const),
        (dataset, theme) => {
          const view = lookView(dataset, {
            shown: null,
            pick: null,
            path: null,
            selected: null,
            theme: theme as 'default' | 'high-contrast',
          });
          const looks = organizationLooks(dataset, null, view);
          const scheme = THEMES[theme as 'default' | 'high-contrast'].groups;
          dataset.organizations.forEach((o, i) => {
            const colour = looks.palette[looks.colours[i]!];
            const own =
              o.sector !== null && Object.hasOwn(scheme.sectors, o.sector)
                ? scheme.sectors[o.sector as keyof typeof SECTOR_COLORS]
                : scheme.other;
            if (!o.placeholder) expect(colour, o.id).toBe(own);
            expect(looks.placeholders[i]).toBe(o.placeholder ? 1 : 0);
          });
        },
      ),
      { numRuns: 100, seed: 11 },
    );
  });

  it('sizes discs by the square root of partners over the most, between the smallest and largest size', () => {
    fc.assert(
      fc.property(network, (dataset) => {
        const looks = organizationLooks(
          dataset,
          null,
          lookView(dataset, {
            shown: null,
            pick: null,
            path: null,
            selected: null,
            theme: 'default',
          }),
        );
        const partners = dataset.organizations.map(
          (o) =>
            new Set(
              dataset.links
                .filter((l) => l.source !== l.target && (l.source === o.id || l.target === o.id))
                .map((l) => (l.source === o.id ? l.target : l.source)),
            ).size,
        );
        const most = Math.max(0, ...partners);
        partners.forEach((p, i) => {
          const share = most > 0 ? Math.sqrt(p / most) : 0;
          expect(looks.prominence[i]).toBeCloseTo(share, 6);
          expect(looks.diameters[i]).toBeCloseTo(
            NODE_SIZE.min + share * (NODE_SIZE.max - NODE_SIZE.min),
            4,
          );
        });
      }),
      { numRuns: 100, seed: 12 },
    );
  });

  it('leaves the dataset and the view as they were', () => {
    fc.assert(
      fc.property(
        network.chain((dataset) => fc.tuple(fc.constant(dataset), views(dataset))),
        ([dataset, v]) => {
          const before = structuredClone(dataset);
          const view = lookView(dataset, v);
          organizationLooks(dataset, null, view);
          allianceLooks(dataset, view);
          expect(dataset).toEqual(before);
        },
      ),
      { numRuns: 50, seed: 13 },
    );
  });
});

describe('how each alliance is drawn', () => {
  it('follows the rules: hidden, then a chain found, then a legend pick, then plain', () => {
    fc.assert(
      fc.property(
        network.chain((dataset) => fc.tuple(fc.constant(dataset), views(dataset))),
        ([dataset, v]) => {
          const view = lookView(dataset, v);
          const looks = allianceLooks(dataset, view);
          const chainFound = v.path !== null && v.path.distance !== null;
          dataset.links.forEach(({ key }, i) => {
            let expected: number;
            if (v.shown !== null && !v.shown.links.has(key)) expected = ALLIANCE_LOOK.hidden;
            else if (chainFound)
              expected = v.path!.links.has(key) ? ALLIANCE_LOOK.onPath : ALLIANCE_LOOK.offPath;
            else if (view.members)
              expected = view.members.links.has(key)
                ? ALLIANCE_LOOK.highlighted
                : ALLIANCE_LOOK.faded;
            else expected = ALLIANCE_LOOK.plain;
            expect(looks.looks[i], key).toBe(expected);
          });
        },
      ),
      { numRuns: 300, seed: 14 },
    );
  });

  it('widens lines with weight, from the lightest (1) to the heaviest in the network', () => {
    fc.assert(
      fc.property(network, (dataset) => {
        const looks = allianceLooks(dataset, {
          colourBy: 'sector',
          shown: null,
          highlighted: null,
          path: null,
          theme: 'default',
        });
        const heaviest = Math.max(2, ...dataset.links.map((l) => l.weight));
        dataset.links.forEach((l, i) => {
          const share = (l.weight - 1) / (heaviest - 1);
          expect(looks.widths[i]).toBeCloseTo(
            LINK_WIDTH.min + share * (LINK_WIDTH.max - LINK_WIDTH.min),
            5,
          );
        });
      }),
      { numRuns: 100, seed: 15 },
    );
  });

  it('gives the standard types their own patterns and every other type one of its own', () => {
    fc.assert(
      fc.property(network, (dataset) => {
        const patterns = allianceTypePatterns(dataset);
        for (const [type, dashes] of LINK_TYPE_DASHES) expect(patterns.get(type)).toEqual(dashes);
        const solid = [...patterns].filter(([, dashes]) => dashes.length === 0).map(([t]) => t);
        expect(solid).toEqual(['partnership']);
        const custom = [...new Set(dataset.links.map((l) => l.type))].filter(
          (t): t is string => t !== null && !LINK_TYPE_DASHES.has(t),
        );
        const customPatterns = custom.map((t) => JSON.stringify(patterns.get(t)));
        expect(new Set(customPatterns).size).toBe(custom.length);
        for (const dashes of customPatterns) {
          expect([...LINK_TYPE_DASHES.values()].map((d) => JSON.stringify(d))).not.toContain(
            dashes,
          );
        }
      }),
      { numRuns: 100, seed: 16 },
    );
  });
});
