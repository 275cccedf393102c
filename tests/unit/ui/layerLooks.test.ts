import { describe, expect, it } from 'vitest';
import { ALLIANCE_LOOK } from '../../../src/core/drawing/allianceDrawing';
import { ORGANIZATION_LOOK } from '../../../src/core/drawing/organizationDrawing';
import type { Link, Organization } from '../../../src/core/model/types';
import {
  allianceEnds,
  allianceLooks,
  allianceWidths,
  organizationLooks,
} from '../../../src/ui/graph/layerLooks';
import { nodeDiameter } from '../../../src/ui/graph/stylesheet';
import { LINK_COLOR, SCOPE_COLORS } from '../../../src/ui/palette';

function link(key: string, source: string, target: string, extra: Partial<Link> = {}): Link {
  return {
    key,
    source,
    target,
    type: null,
    weight: 1,
    directed: false,
    since: null,
    until: null,
    scope: 'local',
    scopeExplicit: false,
    themes: [],
    attributes: {},
    row: null,
    ...extra,
  };
}

const links = [
  link('L1', 'a', 'b', { weight: 1 }),
  link('L2', 'b', 'c', { weight: 3, scope: 'international' }),
  link('L3', 'c', 'a', { weight: 5, scope: 'national' }),
];
const plainView = { shown: null, highlighted: null, path: null, colourBy: 'sector' as const };

describe('the alliance layer’s view of each alliance', () => {
  it('gives the ends as node indices, and an index past the end for an end not drawn', () => {
    const ends = allianceEnds(
      links,
      new Map([
        ['a', 0],
        ['b', 1],
      ]),
    );
    expect([...ends.slice(0, 4)]).toEqual([0, 1, 1, 0xffffffff]);
  });

  it('maps weight to width as the stylesheet does: lightest 0.7, heaviest 3', () => {
    const widths = [...allianceWidths(links)];
    expect(widths[0]).toBeCloseTo(0.7, 6);
    expect(widths[1]).toBeCloseTo(0.7 + (2 / 4) * 2.3, 6);
    expect(widths[2]).toBeCloseTo(3, 6);
  });

  it('draws everything plain and grey by default, and by scope colour when colouring by scope', () => {
    const plain = allianceLooks(links, plainView);
    expect([...plain.looks]).toEqual([1, 1, 1].map(() => ALLIANCE_LOOK.plain));
    expect([...plain.colours].map((c) => plain.palette[c])).toEqual([
      LINK_COLOR,
      LINK_COLOR,
      LINK_COLOR,
    ]);
    const byScope = allianceLooks(links, { ...plainView, colourBy: 'scope' });
    expect([...byScope.colours].map((c) => byScope.palette[c])).toEqual([
      SCOPE_COLORS.local,
      SCOPE_COLORS.international,
      SCOPE_COLORS.national,
    ]);
  });

  it('hides what is not shown, and lets hiding win over highlights and chains', () => {
    const { looks } = allianceLooks(links, {
      ...plainView,
      shown: { organizations: new Set(['a', 'b']), links: new Set(['L1']) },
      highlighted: { organizations: new Set(['b', 'c']), links: new Set(['L2']) },
    });
    expect([...looks]).toEqual([ALLIANCE_LOOK.faded, ALLIANCE_LOOK.hidden, ALLIANCE_LOOK.hidden]);
  });

  it('fades all but the legend pick, and puts a chain of introductions above everything', () => {
    const highlighted = { organizations: new Set(['b', 'c']), links: new Set(['L2']) };
    expect([...allianceLooks(links, { ...plainView, highlighted }).looks]).toEqual([
      ALLIANCE_LOOK.faded,
      ALLIANCE_LOOK.highlighted,
      ALLIANCE_LOOK.faded,
    ]);
    const path = {
      distance: 1,
      chains: [['a', 'b']],
      total: 1,
      organizations: new Set(['a', 'b']),
      links: new Set(['L1']),
    };
    expect([...allianceLooks(links, { ...plainView, highlighted, path }).looks]).toEqual([
      ALLIANCE_LOOK.onPath,
      ALLIANCE_LOOK.offPath,
      ALLIANCE_LOOK.offPath,
    ]);
    // No chain found: nothing steps back.
    const none = {
      ...path,
      distance: null,
      organizations: new Set<string>(),
      links: new Set<string>(),
    };
    expect([...allianceLooks(links, { ...plainView, path: none }).looks]).toEqual([1, 1, 1]);
  });
});

describe('the layer’s view of each organisation', () => {
  const organizations = ['a', 'b', 'c'].map(
    (id) => ({ id, name: id, placeholder: id === 'c' }) as unknown as Organization,
  );
  const encodings = {
    colourOf: (id: string) => (id === 'b' ? '#882255' : '#117733'),
    prominenceOf: (id: string) => (id === 'a' ? 1 : 0),
  };
  const none = { shown: null, highlighted: null, path: null };

  it('sizes discs as the stylesheet does, shares palette entries, and marks placeholders', () => {
    const looks = organizationLooks(organizations, none, encodings);
    expect([...looks.diameters]).toEqual([nodeDiameter(1), nodeDiameter(0), nodeDiameter(0)]);
    expect(looks.palette).toEqual(['#117733', '#882255']);
    expect([...looks.colours]).toEqual([0, 1, 0]);
    expect([...looks.placeholders]).toEqual([0, 0, 1]);
    expect([...looks.looks]).toEqual([1, 1, 1].map(() => ORGANIZATION_LOOK.plain));
  });

  it('hides, fades and picks out by the same rules as the alliances', () => {
    const shown = { organizations: new Set(['a', 'b']), links: new Set<string>() };
    const highlighted = { organizations: new Set(['b']), links: new Set<string>() };
    expect([
      ...organizationLooks(organizations, { ...none, shown, highlighted }, encodings).looks,
    ]).toEqual([ORGANIZATION_LOOK.faded, ORGANIZATION_LOOK.plain, ORGANIZATION_LOOK.hidden]);
    const path = {
      distance: 1,
      chains: [['a', 'b']],
      total: 1,
      organizations: new Set(['a', 'b']),
      links: new Set(['L1']),
    };
    expect([
      ...organizationLooks(organizations, { ...none, highlighted, path }, encodings).looks,
    ]).toEqual([ORGANIZATION_LOOK.onPath, ORGANIZATION_LOOK.onPath, ORGANIZATION_LOOK.offPath]);
  });
});
