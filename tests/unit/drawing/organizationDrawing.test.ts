import { describe, expect, it } from 'vitest';
import type { AllianceViewport } from '../../../src/core/drawing/allianceDrawing';
import { ALLIANCE_LOOK, ORGANIZATION_LOOK } from '../../../src/core/looks/looks';
import { THEMES } from '../../../src/core/looks/themes';
import {
  drawNetwork,
  emptyNetworkScene,
  setNetwork,
  setPositions,
} from '../../../src/core/drawing/networkScene';
import {
  drawOrganizations,
  organizationOpacity,
  type OrganizationScene,
} from '../../../src/core/drawing/organizationDrawing';

const DISC_RIM = THEMES.default.rim;
const PLACEHOLDER_RIM = THEMES.default.placeholder;
import { recordingPainter } from './recordingPainter';

function three(looks: number[], overrides: Partial<OrganizationScene> = {}): OrganizationScene {
  return {
    positions: Float32Array.from([0, 0, 100, 0, 100, 100]),
    diameters: Float32Array.from([10, 20, 30]),
    looks: Uint8Array.from(looks),
    colours: Uint8Array.from([0, 1, 0]),
    placeholders: new Uint8Array(3),
    palette: ['#117733', '#882255'],
    theme: 'default',
    ...overrides,
  };
}

const VIEW: AllianceViewport = { panX: 0, panY: 0, zoom: 1, width: 400, height: 300 };

describe('drawOrganizations', () => {
  it('fills each colour once, with a white rim, at the diameters given', () => {
    const { painter, marks } = recordingPainter();
    const p = ORGANIZATION_LOOK.plain;
    expect(drawOrganizations(painter, three([p, p, p]), VIEW)).toBe(3);
    const fills = marks.filter((m) => m.kind === 'fill');
    expect(fills.map((m) => [m.colour, m.shapes])).toEqual([
      [
        '#117733',
        [
          [0, 0, 5],
          [100, 100, 15],
        ],
      ],
      ['#882255', [[100, 0, 10]]],
    ]);
    const rims = marks.filter((m) => m.kind === 'stroke');
    expect(rims.every((m) => m.colour === DISC_RIM.colour && m.width === DISC_RIM.width)).toBe(
      true,
    );
    expect(painter.globalAlpha).toBe(1);
  });

  it('leaves hidden organisations out, draws faded and off-chain ones first and faint', () => {
    const { painter, marks } = recordingPainter();
    const { hidden, faded, onPath, offPath } = ORGANIZATION_LOOK;
    expect(drawOrganizations(painter, three([onPath, hidden, offPath]), VIEW)).toBe(2);
    const fills = marks.filter((m) => m.kind === 'fill');
    expect(fills.map((m) => m.alpha)).toEqual([
      organizationOpacity('default', offPath),
      organizationOpacity('default', onPath),
    ]);
    const { marks: fadedMarks, painter: other } = recordingPainter();
    drawOrganizations(other, three([faded, faded, faded]), VIEW);
    expect(fadedMarks.every((m) => m.alpha === organizationOpacity('default', faded))).toBe(true);
  });

  it('draws a placeholder white with a dashed grey rim, then resets the dash', () => {
    const { painter, marks } = recordingPainter();
    const p = ORGANIZATION_LOOK.plain;
    drawOrganizations(
      painter,
      three([p, p, p], { placeholders: Uint8Array.from([0, 1, 0]) }),
      VIEW,
    );
    const placeholder = marks.filter((m) => m.shapes.some((s) => s[0] === 100 && s[1] === 0));
    expect(placeholder.map((m) => [m.kind, m.colour, m.dash])).toEqual([
      ['fill', PLACEHOLDER_RIM.fill, []],
      ['stroke', PLACEHOLDER_RIM.colour, PLACEHOLDER_RIM.dash],
    ]);
  });

  it('skips discs wholly outside the view but counts them as shown', () => {
    const { painter, marks } = recordingPainter();
    const p = ORGANIZATION_LOOK.plain;
    // The view shows model x ∈ [-20, 60], y ∈ [-20, 60].
    const shown = drawOrganizations(painter, three([p, p, p]), {
      ...VIEW,
      panX: 20,
      panY: 20,
      width: 80,
      height: 80,
    });
    expect(shown).toBe(3);
    expect(marks.flatMap((m) => (m.kind === 'fill' ? m.shapes : []))).toEqual([[0, 0, 5]]);
  });

  it('refuses a scene whose arrays disagree, naming the function', () => {
    const { painter } = recordingPainter();
    const p = ORGANIZATION_LOOK.plain;
    expect(() => drawOrganizations(painter, three([p, p]), VIEW)).toThrow(/drawOrganizations/);
  });
});

describe('drawNetwork', () => {
  it('draws the alliances first and the discs over them, and counts both', () => {
    const { painter, marks } = recordingPainter();
    const scene = emptyNetworkScene();
    setNetwork(scene, Uint32Array.from([0, 1, 1, 2]), Float32Array.from([1, 1]));
    setPositions(scene, Float32Array.from([0, 0, 100, 0, 100, 100]));
    scene.alliances = {
      ...scene.alliances,
      looks: Uint8Array.from([ALLIANCE_LOOK.plain, ALLIANCE_LOOK.hidden]),
      palette: ['#9aa5b1'],
    };
    // Before the organisations' looks arrive, only the alliances are drawn.
    expect(drawNetwork(painter, scene, VIEW)).toEqual({ alliances: 1, organizations: 0 });
    const p = ORGANIZATION_LOOK.plain;
    const { positions: _ignored, ...looks } = three([p, p, p]);
    scene.organizations = { ...scene.organizations, ...looks };
    marks.length = 0;
    expect(drawNetwork(painter, scene, VIEW)).toEqual({ alliances: 1, organizations: 3 });
    const kinds = marks.map((m) => (m.shapes[0]?.length === 4 ? 'line' : 'disc'));
    expect(kinds.indexOf('disc')).toBeGreaterThan(kinds.lastIndexOf('line'));
  });
});
