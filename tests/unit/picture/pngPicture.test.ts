import { describe, expect, it } from 'vitest';
import type { PictureCanvasContext } from '../../../src/core/picture/canvasPainter';
import { pictureLayout } from '../../../src/core/picture/networkPicture';
import {
  LARGEST_CANVAS_SIDE,
  picturePng,
  PictureTooLarge,
  type PictureSurface,
} from '../../../src/core/picture/renderPicture';
import { measure, smallPicture } from './pictureFixture';

/** A canvas that records its size, its transforms and the text drawn on it. */
function recordingSurface() {
  const record = {
    size: [0, 0] as [number, number],
    transforms: [] as number[][],
    texts: [] as { text: string; font: string }[],
    paths: [] as string[],
  };
  const context = {
    globalAlpha: 1,
    strokeStyle: '#000',
    fillStyle: '#000',
    lineWidth: 1,
    lineJoin: 'miter',
    font: '',
    textAlign: 'left',
    textBaseline: 'top',
    setTransform: (...m: number[]) => record.transforms.push(m),
    fillText(text: string) {
      record.texts.push({ text, font: String(this.font) });
    },
    measureText(text: string) {
      const size = Number(/(\d+(?:\.\d+)?)px/.exec(String(this.font))?.[1] ?? 10);
      return { width: measure(text, size, 400) };
    },
  } as Partial<PictureCanvasContext> as Record<string, unknown>;
  for (const method of [
    'beginPath',
    'moveTo',
    'lineTo',
    'arc',
    'rect',
    'roundRect',
    'fill',
    'stroke',
    'setLineDash',
    'strokeText',
    'save',
    'restore',
    'clip',
  ]) {
    context[method] ??= () => {};
  }
  const surface: PictureSurface = {
    canvas: (width, height) => {
      record.size = [width, height];
      return {
        context: context as unknown as PictureCanvasContext,
        png: async () => new Uint8Array([137, 80, 78, 71]),
      };
    },
    path: (d) => {
      record.paths.push(d);
      return d;
    },
    measure,
  };
  return { surface, record };
}

describe('a picture of the view as PNG', () => {
  it.each([1, 2, 4] as const)(
    'at %i× is that many times the layout, every transform scaled',
    async (scale) => {
      const { surface, record } = recordingSurface();
      const bytes = await picturePng(smallPicture(), scale, surface);
      expect([...bytes]).toEqual([137, 80, 78, 71]);
      const layout = pictureLayout(smallPicture(), { measureText: measure });
      expect(record.size).toEqual([layout.width * scale, layout.height * scale]);
      // The network's camera: zoom 2, pan (50, 100) under the title.
      expect(record.transforms).toContainEqual([
        2 * scale,
        0,
        0,
        2 * scale,
        50 * scale,
        (100 + layout.networkTop) * scale,
      ]);
      // Text is set in pixels of the picture at 1×, scaled by the transform, never by its font.
      expect(record.texts.find((t) => t.text === 'Red de prueba')?.font).toMatch(/^700 20px /);
    },
  );

  it('draws the map paths of a geographic view', async () => {
    const { surface, record } = recordingSurface();
    await picturePng(
      smallPicture({ outline: { land: 'M0 0L1 1Z', borders: 'M0 1L1 0' } }),
      1,
      surface,
    );
    expect(record.paths).toEqual(['M0 0L1 1Z', 'M0 1L1 0']);
  });

  it('refuses a picture larger than a browser draws, saying its size', async () => {
    const { surface } = recordingSurface();
    const huge = smallPicture({
      viewport: { panX: 0, panY: 0, zoom: 1, width: LARGEST_CANVAS_SIDE / 2, height: 400 },
    });
    await expect(picturePng(huge, 4, surface)).rejects.toBeInstanceOf(PictureTooLarge);
    await expect(picturePng(huge, 1, surface)).resolves.toBeInstanceOf(Uint8Array);
  });
});
