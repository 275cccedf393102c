/**
 * A PicturePainter that writes SVG: the network's canvas calls become paths (one per stroke, as
 * the drawing groups its lines and discs), text stays text (selectable, searchable, translated
 * as it was shown), every user text escaped. The file is a vector picture at any size.
 */
import { PICTURE_FONT, type BoxStyle, type MapPathStyle, type PicturePainter } from './painter';
import type { TextStyle } from './painter';

/** Measures text in a worker or a test, where SVG has no layout of its own. */
export type TextMeasure = (text: string, size: number, weight: TextStyle['weight']) => number;

/** Two decimals are a hundredth of a pixel at the zoom of the view: finer than any screen. */
function n(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** A transform's factors keep six significant digits: a zoom of 0.0345 is not 0.03. */
function factor(value: number): string {
  const rounded = Number(value.toPrecision(6));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** XML 1.0 cannot hold most control characters even escaped (tab, line feed, return aside). */
function inXml(character: string): boolean {
  const code = character.charCodeAt(0);
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  // A lone surrogate (half a character) is no character at all.
  if (code >= 0xd800 && code <= 0xdfff) return character.length === 2;
  return code !== 0xfffe && code !== 0xffff;
}

export function escapeXml(text: string): string {
  return Array.from(text)
    .filter(inXml)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const ANCHOR = { left: 'start', center: 'middle', right: 'end' } as const;
const BASELINE = { top: 'text-before-edge', middle: 'central', bottom: 'text-after-edge' } as const;

type Matrix = [number, number, number, number, number, number];

export class SvgPainter implements PicturePainter {
  globalAlpha = 1;
  strokeStyle: unknown = '#000000';
  fillStyle: unknown = '#000000';
  lineWidth = 1;
  private readonly parts: string[] = [];
  private readonly definitions: string[] = [];
  private dash: number[] = [];
  private matrix: Matrix = [1, 0, 0, 1, 0, 0];
  private offset = { x: 0, y: 0 };
  private path: string[] = [];
  /** The last path filled, so that the stroke of the same path joins its element. */
  private filled: { index: number; path: string[] } | null = null;
  private point: { x: number; y: number } | null = null;
  private clips = 0;
  private openClip = false;

  constructor(
    private readonly width: number,
    private readonly height: number,
    private readonly measure: TextMeasure,
  ) {}

  origin(x: number, y: number): void {
    this.offset = { x, y };
    this.matrix = [1, 0, 0, 1, x, y];
  }

  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    this.matrix = [a, b, c, d, e + this.offset.x, f + this.offset.y];
  }

  /** The picture paints its own background first: nothing is cleared. */
  clearRect(): void {}

  setLineDash(segments: number[]): void {
    this.dash = segments;
  }

  beginPath(): void {
    this.path = [];
    this.point = null;
  }

  moveTo(x: number, y: number): void {
    this.path.push(`M${n(x)} ${n(y)}`);
    this.point = { x, y };
  }

  lineTo(x: number, y: number): void {
    this.path.push(`L${n(x)} ${n(y)}`);
    this.point = { x, y };
  }

  arc(x: number, y: number, radius: number, start: number, end: number): void {
    const sx = x + radius * Math.cos(start);
    const sy = y + radius * Math.sin(start);
    if (!this.point || n(this.point.x) !== n(sx) || n(this.point.y) !== n(sy)) {
      this.path.push(`${this.point ? 'L' : 'M'}${n(sx)} ${n(sy)}`);
    }
    const r = n(radius);
    const sweep = end - start;
    if (sweep >= 2 * Math.PI - 1e-9) {
      // A full circle: two half arcs (one arc cannot end where it starts).
      const ox = x - (sx - x);
      const oy = y - (sy - y);
      this.path.push(`A${r} ${r} 0 1 1 ${n(ox)} ${n(oy)}A${r} ${r} 0 1 1 ${n(sx)} ${n(sy)}`);
      this.point = { x: sx, y: sy };
      return;
    }
    const ex = x + radius * Math.cos(end);
    const ey = y + radius * Math.sin(end);
    const large = ((sweep % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI) > Math.PI ? 1 : 0;
    this.path.push(`A${r} ${r} 0 ${large} 1 ${n(ex)} ${n(ey)}`);
    this.point = { x: ex, y: ey };
  }

  fill(): void {
    if (this.path.length === 0) return;
    this.filled = { index: this.parts.length, path: this.path };
    this.parts.push(
      `<path${this.transform()} d="${this.path.join('')}" fill="${colour(this.fillStyle)}"${this.opacity()}/>`,
    );
  }

  stroke(): void {
    if (this.path.length === 0) return;
    const strokeAttributes = ` stroke="${colour(this.strokeStyle)}" stroke-width="${n(this.lineWidth)}"${
      this.dash.length > 0 ? ` stroke-dasharray="${this.dash.map(n).join(' ')}"` : ''
    }`;
    if (this.filled && this.filled.path === this.path) {
      // The same path filled, then stroked: one element.
      const element = this.parts[this.filled.index]!;
      this.parts[this.filled.index] = element.replace(/\/>$/, `${strokeAttributes}/>`);
      this.filled = null;
      return;
    }
    this.parts.push(
      `<path${this.transform()} d="${this.path.join('')}" fill="none"${strokeAttributes}${this.opacity()}/>`,
    );
  }

  measureText(text: string, size: number, weight: TextStyle['weight']): number {
    return this.measure(text, size, weight);
  }

  text(x: number, y: number, text: string, style: TextStyle): void {
    const { x: ox, y: oy } = this.offset;
    const outline = style.outline
      ? ` stroke="${escapeXml(style.outline.colour)}" stroke-width="${n(2 * style.outline.width)}" stroke-linejoin="round" paint-order="stroke"`
      : '';
    this.parts.push(
      `<text x="${n(x + ox)}" y="${n(y + oy)}" font-size="${n(style.size)}" font-weight="${style.weight}" fill="${escapeXml(style.colour)}" text-anchor="${ANCHOR[style.align]}" dominant-baseline="${BASELINE[style.baseline]}"${outline}>${escapeXml(text)}</text>`,
    );
  }

  box(x: number, y: number, width: number, height: number, style: BoxStyle): void {
    const { x: ox, y: oy } = this.offset;
    const radius = style.radius ? ` rx="${n(style.radius)}"` : '';
    const stroke = style.stroke
      ? ` stroke="${escapeXml(style.stroke.colour)}" stroke-width="${n(style.stroke.width)}"${
          style.dash ? ` stroke-dasharray="${style.dash.map(n).join(' ')}"` : ''
        }`
      : '';
    const opacity = style.opacity !== undefined ? ` fill-opacity="${n(style.opacity)}"` : '';
    this.parts.push(
      `<rect x="${n(x + ox)}" y="${n(y + oy)}" width="${n(width)}" height="${n(height)}"${radius} fill="${escapeXml(style.fill)}"${opacity}${stroke}/>`,
    );
  }

  ring(x: number, y: number, radius: number, ringColour: string, width: number): void {
    const { x: ox, y: oy } = this.offset;
    this.parts.push(
      `<circle cx="${n(x + ox)}" cy="${n(y + oy)}" r="${n(radius)}" fill="none" stroke="${escapeXml(ringColour)}" stroke-width="${n(width)}"/>`,
    );
  }

  mapPath(d: string, style: MapPathStyle, zoom: number, panX: number, panY: number): void {
    const { x: ox, y: oy } = this.offset;
    this.parts.push(
      `<path transform="matrix(${factor(zoom)} 0 0 ${factor(zoom)} ${factor(panX + ox)} ${factor(panY + oy)})" d="${escapeXml(d)}" fill="${style.fill === null ? 'none' : escapeXml(style.fill)}"${
        style.evenOdd ? ' fill-rule="evenodd"' : ''
      } stroke="${escapeXml(style.stroke)}" stroke-width="${n(style.width)}" stroke-linejoin="round" vector-effect="non-scaling-stroke"/>`,
    );
  }

  clip(x: number, y: number, width: number, height: number): void {
    const id = `clip-${++this.clips}`;
    const { x: ox, y: oy } = this.offset;
    this.definitions.push(
      `<clipPath id="${id}"><rect x="${n(x + ox)}" y="${n(y + oy)}" width="${n(width)}" height="${n(height)}"/></clipPath>`,
    );
    this.parts.push(`<g clip-path="url(#${id})">`);
    this.openClip = true;
  }

  unclip(): void {
    if (!this.openClip) return;
    this.parts.push('</g>');
    this.openClip = false;
  }

  /** The finished document. */
  toString(): string {
    if (this.openClip) this.unclip();
    return [
      `<?xml version="1.0" encoding="UTF-8"?>`,
      `<svg xmlns="http://www.w3.org/2000/svg" width="${n(this.width)}" height="${n(this.height)}" viewBox="0 0 ${n(this.width)} ${n(this.height)}" font-family="${escapeXml(PICTURE_FONT)}">`,
      this.definitions.length > 0 ? `<defs>${this.definitions.join('')}</defs>` : '',
      ...this.parts,
      '</svg>',
      '',
    ].join('\n');
  }

  private transform(): string {
    const [a, b, c, d, e, f] = this.matrix;
    if (a === 1 && b === 0 && c === 0 && d === 1 && e === 0 && f === 0) return '';
    return ` transform="matrix(${[a, b, c, d, e, f].map(factor).join(' ')})"`;
  }

  private opacity(): string {
    return this.globalAlpha === 1 ? '' : ` opacity="${n(this.globalAlpha)}"`;
  }
}

function colour(style: unknown): string {
  return escapeXml(typeof style === 'string' ? style : '#000000');
}
