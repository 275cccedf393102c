/**
 * A picture of a small view for the picture tests: three organisations in a row, two alliances
 * (one dashed), one ring, names, a caption and a legend, with text measured at 0.6 em a letter.
 */
import type { NetworkPicture } from '../../../src/core/picture/networkPicture';
import type { TextMeasure } from '../../../src/core/picture/svgPainter';

export const measure: TextMeasure = (text, size) => Array.from(text).length * size * 0.6;

export function smallPicture(overrides: Partial<NetworkPicture> = {}): NetworkPicture {
  const positions = new Float32Array([0, 0, 100, 0, 200, 0]);
  return {
    title: 'Red de prueba',
    subtitle: '3 organisations · 2 alliances',
    credit: 'Alliance Atlas · 1 December 2026',
    theme: 'default',
    viewport: { panX: 50, panY: 100, zoom: 2, width: 600, height: 300 },
    scene: {
      alliances: {
        ends: new Uint32Array([0, 1, 1, 2]),
        widths: new Float32Array([1, 2]),
        positions,
        looks: new Uint8Array([1, 1]),
        colours: new Uint8Array([0, 0]),
        palette: ['#9aa5b1'],
        theme: 'default',
        elementLines: {
          dashes: new Uint8Array([0, 1]),
          patterns: [[], [6, 3]],
          plainOpacity: 0.5,
        },
      },
      organizations: {
        positions,
        diameters: new Float32Array([10, 20, 10]),
        looks: new Uint8Array([1, 1, 1]),
        colours: new Uint8Array([0, 1, 0]),
        placeholders: new Uint8Array([0, 0, 1]),
        palette: ['#0f7b3a', '#e69f00'],
        theme: 'default',
      },
    },
    rings: new Uint8Array([0, 1, 0]),
    labels: [
      {
        text: 'Coop <b>Uno</b>',
        x: 50,
        y: 100,
        radius: 10,
        size: 13,
        maxWidth: 170,
        spot: 'below',
      },
      { text: 'جمعية التعاون', x: 250, y: 100, radius: 20, size: 12, maxWidth: 170, spot: 'right' },
    ],
    captions: [{ text: 'Cooperativa · 2', x: 100, y: 60 }],
    outline: null,
    legend: {
      title: 'Colour: Sector',
      keys: [
        { colour: '#0f7b3a', name: 'Cooperative', count: 2, placeholder: false },
        {
          colour: '#6b7280',
          name: 'Not in the organisations file',
          count: null,
          placeholder: true,
        },
      ],
      encodings: ['Size: number of partners', 'Line width: alliance weight'],
      lineTitle: 'Line style: alliance type',
      lines: [
        { name: 'Partnership', count: 1, dashes: [] },
        { name: 'Funding', count: 1, dashes: [6, 3] },
      ],
      dashed: true,
    },
    ...overrides,
  };
}
