/**
 * A PicturePainter over a 2D canvas (an OffscreenCanvas in the export's worker): every
 * transform is scaled, so that one drawing gives a PNG at 1×, 2× or 4× with sharp lines and
 * text, and shifted to the picture's origin.
 */
import { PICTURE_FONT, type BoxStyle, type MapPathStyle, type PicturePainter } from './painter';
import type { TextStyle } from './painter';

/** The part of CanvasRenderingContext2D a picture uses. */
export interface PictureCanvasContext {
  globalAlpha: number;
  strokeStyle: unknown;
  fillStyle: unknown;
  lineWidth: number;
  lineJoin: string;
  font: string;
  textAlign: string;
  textBaseline: string;
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, radius: number, start: number, end: number): void;
  rect(x: number, y: number, width: number, height: number): void;
  roundRect(x: number, y: number, width: number, height: number, radius: number): void;
  fill(path?: unknown, rule?: 'evenodd' | 'nonzero'): void;
  stroke(path?: unknown): void;
  setLineDash(segments: number[]): void;
  fillText(text: string, x: number, y: number): void;
  strokeText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
  save(): void;
  restore(): void;
  clip(): void;
}

export function fontOf(size: number, weight: TextStyle['weight']): string {
  return `${weight} ${size}px ${PICTURE_FONT}`;
}

export class CanvasPainter implements PicturePainter {
  private offset = { x: 0, y: 0 };

  /** `makePath` turns SVG path data into a Path2D (given by the caller: core knows no DOM). */
  constructor(
    private readonly context: PictureCanvasContext,
    private readonly scale: number,
    private readonly makePath: (d: string) => unknown,
  ) {}

  get globalAlpha(): number {
    return this.context.globalAlpha;
  }
  set globalAlpha(value: number) {
    this.context.globalAlpha = value;
  }
  get strokeStyle(): unknown {
    return this.context.strokeStyle;
  }
  set strokeStyle(value: unknown) {
    this.context.strokeStyle = value;
  }
  get fillStyle(): unknown {
    return this.context.fillStyle;
  }
  set fillStyle(value: unknown) {
    this.context.fillStyle = value;
  }
  get lineWidth(): number {
    return this.context.lineWidth;
  }
  set lineWidth(value: number) {
    this.context.lineWidth = value;
  }

  origin(x: number, y: number): void {
    this.offset = { x, y };
    this.setTransform(1, 0, 0, 1, 0, 0);
  }

  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    const s = this.scale;
    this.context.setTransform(
      s * a,
      s * b,
      s * c,
      s * d,
      s * (e + this.offset.x),
      s * (f + this.offset.y),
    );
  }

  /** The picture paints its own background first: nothing is cleared. */
  clearRect(): void {}

  beginPath(): void {
    this.context.beginPath();
  }
  moveTo(x: number, y: number): void {
    this.context.moveTo(x, y);
  }
  lineTo(x: number, y: number): void {
    this.context.lineTo(x, y);
  }
  arc(x: number, y: number, radius: number, start: number, end: number): void {
    this.context.arc(x, y, radius, start, end);
  }
  fill(): void {
    this.context.fill();
  }
  stroke(): void {
    this.context.stroke();
  }
  setLineDash(segments: number[]): void {
    this.context.setLineDash(segments);
  }

  measureText(text: string, size: number, weight: TextStyle['weight']): number {
    this.context.font = fontOf(size, weight);
    return this.context.measureText(text).width;
  }

  text(x: number, y: number, text: string, style: TextStyle): void {
    const c = this.context;
    this.setTransform(1, 0, 0, 1, 0, 0);
    c.globalAlpha = 1;
    c.font = fontOf(style.size, style.weight);
    c.textAlign = style.align;
    c.textBaseline = style.baseline;
    if (style.outline) {
      c.strokeStyle = style.outline.colour;
      c.lineWidth = 2 * style.outline.width;
      c.lineJoin = 'round';
      c.setLineDash([]);
      c.strokeText(text, x, y);
    }
    c.fillStyle = style.colour;
    c.fillText(text, x, y);
  }

  box(x: number, y: number, width: number, height: number, style: BoxStyle): void {
    const c = this.context;
    this.setTransform(1, 0, 0, 1, 0, 0);
    c.beginPath();
    if (style.radius) c.roundRect(x, y, width, height, style.radius);
    else c.rect(x, y, width, height);
    c.globalAlpha = style.opacity ?? 1;
    c.fillStyle = style.fill;
    c.fill();
    c.globalAlpha = 1;
    if (style.stroke) {
      c.strokeStyle = style.stroke.colour;
      c.lineWidth = style.stroke.width;
      c.setLineDash(style.dash ? [...style.dash] : []);
      c.stroke();
      c.setLineDash([]);
    }
  }

  ring(x: number, y: number, radius: number, colour: string, width: number): void {
    const c = this.context;
    this.setTransform(1, 0, 0, 1, 0, 0);
    c.globalAlpha = 1;
    c.beginPath();
    c.arc(x, y, radius, 0, 2 * Math.PI);
    c.strokeStyle = colour;
    c.lineWidth = width;
    c.setLineDash([]);
    c.stroke();
  }

  mapPath(d: string, style: MapPathStyle, zoom: number, panX: number, panY: number): void {
    const c = this.context;
    const path = this.makePath(d);
    this.setTransform(zoom, 0, 0, zoom, panX, panY);
    c.globalAlpha = 1;
    if (style.fill !== null) {
      c.fillStyle = style.fill;
      c.fill(path, style.evenOdd ? 'evenodd' : 'nonzero');
    }
    c.strokeStyle = style.stroke;
    // The rim keeps its width in pixels at any zoom.
    c.lineWidth = style.width / zoom;
    c.lineJoin = 'round';
    c.setLineDash([]);
    c.stroke(path);
  }

  clip(x: number, y: number, width: number, height: number): void {
    const c = this.context;
    c.save();
    this.setTransform(1, 0, 0, 1, 0, 0);
    c.beginPath();
    c.rect(x, y, width, height);
    c.clip();
  }

  unclip(): void {
    this.context.restore();
  }
}
