import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { fitText } from '../../../src/core/picture/painter';
import { pictureLayout } from '../../../src/core/picture/networkPicture';
import { pictureSvg } from '../../../src/core/picture/renderPicture';
import { escapeXml, SvgPainter } from '../../../src/core/picture/svgPainter';
import { measure, smallPicture } from './pictureFixture';

function parse(svg: string) {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  return document;
}

const all = (root: { getElementsByTagName(name: string): ArrayLike<Element> }, name: string) =>
  Array.from(root.getElementsByTagName(name));

describe('a picture of the view as SVG', () => {
  const svg = pictureSvg(smallPicture(), measure);
  const document = parse(svg);
  const texts = all(document, 'text').map((t) => t.textContent);

  it('is sized to the layout: the view under its title and over its credit line', () => {
    const layout = pictureLayout(smallPicture(), { measureText: measure });
    const root = document.documentElement!;
    expect(root.getAttribute('width')).toBe(String(layout.width));
    expect(root.getAttribute('height')).toBe(String(layout.height));
    expect(layout.width).toBe(600);
    expect(layout.networkTop).toBeGreaterThan(40);
  });

  it('keeps every text as text, user text escaped and never markup', () => {
    expect(texts).toContain('Red de prueba');
    expect(texts).toContain('3 organisations · 2 alliances');
    expect(texts).toContain('Coop <b>Uno</b>');
    expect(texts).toContain('جمعية التعاون');
    expect(texts).toContain('Cooperativa · 2');
    expect(all(document, 'b')).toHaveLength(0);
    expect(svg).toContain('Coop &lt;b&gt;Uno&lt;/b&gt;');
  });

  it('carries the legend: its title, each key with its count, the encodings, the line types', () => {
    for (const text of [
      'Colour: Sector',
      'Cooperative',
      '2',
      'Not in the organisations file',
      'Size: number of partners',
      'Line width: alliance weight',
      'Line style: alliance type',
      'Partnership',
      'Funding',
    ]) {
      expect(texts).toContain(text);
    }
  });

  it('draws the alliances as the view does: a solid and a dashed stroke at the plain opacity', () => {
    const lines = all(document, 'path').filter((p) => p.getAttribute('fill') === 'none');
    const dashed = lines.filter((p) => p.getAttribute('stroke-dasharray') === '6 3');
    expect(dashed.length).toBeGreaterThanOrEqual(2); // the dashed alliance and its legend sample
    const network = lines.filter((p) => p.getAttribute('transform') !== null);
    expect(network).toHaveLength(2);
    for (const line of network) expect(line.getAttribute('opacity')).toBe('0.5');
    // screen = pan + zoom · model, under the title: the transform carries the view's camera.
    const top = pictureLayout(smallPicture(), { measureText: measure }).networkTop;
    expect(network[0]!.getAttribute('transform')).toBe(`matrix(2 0 0 2 50 ${100 + top})`);
  });

  it('draws each organisation as a disc filled and rimmed in one element, the placeholder dashed', () => {
    const discs = all(document, 'path').filter(
      (p) => p.getAttribute('fill') !== 'none' && p.getAttribute('d')!.includes('A'),
    );
    expect(discs.map((d) => d.getAttribute('fill')).sort()).toEqual(
      ['#0f7b3a', '#e69f00', '#ffffff'].sort(),
    );
    for (const disc of discs) expect(disc.getAttribute('stroke')).not.toBeNull();
    const placeholder = discs.find((d) => d.getAttribute('fill') === '#ffffff')!;
    expect(placeholder.getAttribute('stroke-dasharray')).toBe('6 3');
    // Two half arcs per disc: a full circle.
    expect(discs[0]!.getAttribute('d')!.match(/A/g)).toHaveLength(2);
  });

  it('rings the ringed organisation at its place on screen', () => {
    const top = pictureLayout(smallPicture(), { measureText: measure }).networkTop;
    const [ring] = all(document, 'circle');
    expect(ring!.getAttribute('cx')).toBe('250');
    expect(ring!.getAttribute('cy')).toBe(String(100 + top));
    expect(ring!.getAttribute('r')).toBe('20');
  });

  it('draws the world map under a geographic view with strokes that keep their width', () => {
    const geographic = parse(
      pictureSvg(
        smallPicture({ outline: { land: 'M0 0L10 0L10 10Z', borders: 'M5 0L5 10' } }),
        measure,
      ),
    );
    const maps = all(geographic, 'path').filter(
      (p) => p.getAttribute('vector-effect') === 'non-scaling-stroke',
    );
    expect(maps.map((p) => p.getAttribute('d'))).toEqual(['M0 0L10 0L10 10Z', 'M5 0L5 10']);
  });

  it('clips the network to its area, so that nothing is drawn over the title', () => {
    expect(all(document, 'clipPath')).toHaveLength(1);
    const group = all(document, 'g')[0]!;
    expect(group.getAttribute('clip-path')).toBe('url(#clip-1)');
  });
});

describe('SVG text', () => {
  it('drops what XML cannot hold and escapes the rest', () => {
    expect(escapeXml('a\u0000b\u0007c\td"<&>')).toBe('abc\td&quot;&lt;&amp;&gt;');
    expect(escapeXml('x\ud800y')).toBe('xy');
    expect(escapeXml('🌍')).toBe('🌍');
  });

  it('keeps six digits of a transform: a small zoom is not rounded away', () => {
    const painter = new SvgPainter(10, 10, measure);
    painter.setTransform(0.034567, 0, 0, 0.034567, 1.5, 2.25);
    painter.beginPath();
    painter.moveTo(0, 0);
    painter.lineTo(100, 0);
    painter.stroke();
    expect(painter.toString()).toContain('matrix(0.034567 0 0 0.034567 1.5 2.25)');
  });

  it('cuts a long name with an ellipsis, never inside a character', () => {
    const name = 'Dirección General de Economía Social y Solidaria 🌍🌍🌍';
    const cut = fitText({ measureText: measure }, name, 10, 400, 120);
    expect(cut.endsWith('…')).toBe(true);
    expect(measure(cut, 10, 400)).toBeLessThanOrEqual(120);
    expect(fitText({ measureText: measure }, 'Corto', 10, 400, 120)).toBe('Corto');
    const emoji = fitText({ measureText: measure }, '🌍🌍🌍🌍🌍', 10, 400, 20);
    expect(emoji).toBe('🌍🌍…');
  });
});
