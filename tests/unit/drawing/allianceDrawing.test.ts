import { describe, expect, it } from 'vitest';
import {
  allianceStyle,
  drawAlliances,
  type AllianceScene,
  type AllianceViewport,
} from '../../../src/core/drawing/allianceDrawing';
import { ALLIANCE_LOOK } from '../../../src/core/looks/looks';
import { recordingPainter } from './recordingPainter';

/** Four organisations on a square of side 100; alliances 0–1, 1–2, 2–3, 3–0. */
function square(looks: number[], overrides: Partial<AllianceScene> = {}): AllianceScene {
  return {
    ends: Uint32Array.from([0, 1, 1, 2, 2, 3, 3, 0]),
    widths: Float32Array.from([1, 1, 1, 1]),
    positions: Float32Array.from([0, 0, 100, 0, 100, 100, 0, 100]),
    looks: Uint8Array.from(looks),
    colours: new Uint8Array(4),
    palette: ['#9aa5b1', '#009E73'],
    theme: 'default',
    ...overrides,
  };
}

const VIEW: AllianceViewport = { panX: 10, panY: 20, zoom: 2, width: 400, height: 300 };

describe('drawAlliances', () => {
  it('draws element lines as Cytoscape does (a picture of a small network): one stroke per pattern, plain ones at its opacity', () => {
    const { painter, strokes } = recordingPainter();
    const p = ALLIANCE_LOOK.plain;
    const f = ALLIANCE_LOOK.faded;
    const elementLines = {
      dashes: Uint8Array.from([0, 1, 1, 2]),
      patterns: [[], [6, 3], [1, 2]],
      plainOpacity: 0.5,
    };
    drawAlliances(painter, square([p, p, p, f], { elementLines }), VIEW);
    expect(strokes.map((s) => [s.dash, s.alpha, s.shapes.length])).toEqual([
      [[1, 2], allianceStyle('default', f).opacity, 1],
      [[], 0.5, 1],
      [[6, 3], 0.5, 2],
    ]);
  });

  it('clears the canvas, maps model units to the screen as Cytoscape does, and draws each shown alliance once', () => {
    const { painter, strokes, calls } = recordingPainter();
    const p = ALLIANCE_LOOK.plain;
    const shown = drawAlliances(painter, square([p, p, p, p]), VIEW);
    expect(shown).toBe(4);
    expect(calls[0]).toBe('transform 1 0 0 1 0 0');
    expect(calls[1]).toBe('clear 0 0 400 300');
    // screen = pan + zoom · model
    expect(calls).toContain('transform 2 0 0 2 10 20');
    expect(strokes).toHaveLength(1);
    expect(strokes[0]?.shapes).toEqual([
      [0, 0, 100, 0],
      [100, 0, 100, 100],
      [100, 100, 0, 100],
      [0, 100, 0, 0],
    ]);
    expect(strokes[0]?.alpha).toBe(allianceStyle('default', ALLIANCE_LOOK.plain).opacity);
    expect(strokes[0]?.colour).toBe('#9aa5b1');
    expect(painter.globalAlpha).toBe(1);
  });

  it('leaves hidden alliances out of the drawing and of the count', () => {
    const { painter, strokes } = recordingPainter();
    const { hidden, plain } = ALLIANCE_LOOK;
    expect(drawAlliances(painter, square([hidden, plain, hidden, hidden]), VIEW)).toBe(1);
    expect(strokes.flatMap((s) => s.shapes)).toEqual([[100, 0, 100, 100]]);
  });

  it('draws what stands out last: faded under plain under highlighted, chains of introductions on top', () => {
    const { painter, strokes } = recordingPainter();
    const { faded, highlighted, onPath, offPath } = ALLIANCE_LOOK;
    drawAlliances(painter, square([onPath, highlighted, faded, offPath]), VIEW);
    expect(strokes.map((s) => s.alpha)).toEqual([
      allianceStyle('default', offPath).opacity,
      allianceStyle('default', faded).opacity,
      allianceStyle('default', highlighted).opacity,
      allianceStyle('default', onPath).opacity,
    ]);
    // A chain is drawn dark and wide, whatever the alliance's own colour and weight.
    expect(strokes[3]).toMatchObject({ colour: '#111827', width: 3.5, shapes: [[0, 0, 100, 0]] });
  });

  it('strokes once per colour and width, with widths to the nearest quarter unit', () => {
    const { painter, strokes } = recordingPainter();
    const p = ALLIANCE_LOOK.plain;
    drawAlliances(
      painter,
      square([p, p, p, p], {
        colours: Uint8Array.from([0, 1, 0, 1]),
        widths: Float32Array.from([1, 1, 2.9, 1.05]),
      }),
      VIEW,
    );
    const summary = strokes.map((s) => `${String(s.colour)} ${s.width} ${s.shapes.length}`);
    expect(summary.sort()).toEqual(['#009E73 1 2', '#9aa5b1 1 1', '#9aa5b1 3 1']);
  });

  it('keeps thin lines at half a pixel on screen when zoomed far out', () => {
    const { painter, strokes } = recordingPainter();
    const p = ALLIANCE_LOOK.plain;
    drawAlliances(painter, square([p, p, p, p]), { ...VIEW, zoom: 0.1 });
    expect(strokes[0]?.width).toBeCloseTo(0.5 / 0.1, 9);
  });

  it('skips lines wholly beside the view, keeps those that cross it', () => {
    const { painter, strokes } = recordingPainter();
    const p = ALLIANCE_LOOK.plain;
    // The view shows model x ∈ [0, 40], y ∈ [0, 30] (pan 0, zoom 10, 400 × 300 pixels).
    const shown = drawAlliances(painter, square([p, p, p, p]), {
      panX: 0,
      panY: 0,
      zoom: 10,
      width: 400,
      height: 300,
    });
    expect(shown).toBe(4);
    expect(strokes.flatMap((s) => s.shapes)).toEqual([
      [0, 0, 100, 0],
      [0, 100, 0, 0],
    ]);
  });

  it('skips an alliance whose end has no position, and refuses a scene whose arrays disagree', () => {
    const { painter, strokes } = recordingPainter();
    const p = ALLIANCE_LOOK.plain;
    const scene = square([p, p, p, p], { ends: Uint32Array.from([0, 1, 1, 9, 2, 3, 3, 0]) });
    expect(drawAlliances(painter, scene, VIEW)).toBe(4);
    expect(strokes.flatMap((s) => s.shapes)).toHaveLength(3);
    expect(() => drawAlliances(painter, square([p, p, p]), VIEW)).toThrow(/drawAlliances/);
  });

  it('leaves its scene alone', () => {
    const { painter } = recordingPainter();
    const p = ALLIANCE_LOOK.plain;
    const scene = square([p, ALLIANCE_LOOK.faded, p, ALLIANCE_LOOK.hidden]);
    const copy = {
      ends: [...scene.ends],
      positions: [...scene.positions],
      looks: [...scene.looks],
    };
    drawAlliances(painter, scene, VIEW);
    drawAlliances(painter, scene, VIEW);
    expect([...scene.ends]).toEqual(copy.ends);
    expect([...scene.positions]).toEqual(copy.positions);
    expect([...scene.looks]).toEqual(copy.looks);
  });
});
