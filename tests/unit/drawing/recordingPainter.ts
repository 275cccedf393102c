/**
 * A 2D canvas stand-in for the drawing tests: records every fill and stroke with its style and
 * the shapes of its path (segments [x1, y1, x2, y2], discs [x, y, r]), and the other calls.
 */
import type { DiscPainter } from '../../../src/core/drawing/organizationDrawing';

export interface Mark {
  kind: 'fill' | 'stroke';
  alpha: number;
  colour: unknown;
  width: number;
  dash: number[];
  shapes: number[][];
}

export function recordingPainter() {
  const marks: Mark[] = [];
  const strokes: Mark[] = [];
  const calls: string[] = [];
  let path: number[][] = [];
  let from: [number, number] = [0, 0];
  let dash: number[] = [];
  const painter: DiscPainter = {
    globalAlpha: 1,
    strokeStyle: '#000',
    fillStyle: '#000',
    lineWidth: 1,
    setTransform: (...m) => calls.push(`transform ${m.join(' ')}`),
    clearRect: (x, y, w, h) => calls.push(`clear ${x} ${y} ${w} ${h}`),
    beginPath: () => {
      path = [];
    },
    moveTo: (x, y) => {
      from = [x, y];
    },
    lineTo: (x, y) => {
      path.push([from[0], from[1], x, y]);
    },
    arc: (x, y, r) => {
      path.push([x, y, r]);
    },
    setLineDash: (segments) => {
      dash = segments;
    },
    fill() {
      const mark: Mark = {
        kind: 'fill',
        alpha: this.globalAlpha,
        colour: this.fillStyle,
        width: 0,
        dash,
        shapes: path,
      };
      marks.push(mark);
    },
    stroke() {
      const mark: Mark = {
        kind: 'stroke',
        alpha: this.globalAlpha,
        colour: this.strokeStyle,
        width: this.lineWidth,
        dash,
        shapes: path,
      };
      marks.push(mark);
      strokes.push(mark);
    },
  };
  return { painter, marks, strokes, calls };
}
