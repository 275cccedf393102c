/**
 * A chart saved as a file, made in the page: the SVG as it is drawn (its text stays text), or a
 * PNG at twice its size (the SVG drawn onto a canvas). Downloads go through a Blob URL: no
 * request leaves the page.
 */
import { download } from '../download';

/** The chart's SVG as a standalone file (its colours are concrete values, not CSS variables). */
export function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.removeAttribute('aria-hidden');
  return new XMLSerializer().serializeToString(copy);
}

export function downloadSvg(svg: SVGSVGElement, fileName: string): void {
  download(new Blob([svgText(svg)], { type: 'image/svg+xml' }), `${fileName}.svg`);
}

/** Draws the SVG on a canvas at `scale`× on the chart's background and downloads it as PNG. */
export async function downloadPng(
  svg: SVGSVGElement,
  fileName: string,
  background: string,
  scale = 2,
): Promise<void> {
  const width = svg.width.baseVal.value || svg.getBoundingClientRect().width;
  const height = svg.height.baseVal.value || svg.getBoundingClientRect().height;
  const source = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = source;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) return;
    context.scale(scale, scale);
    context.fillStyle = background;
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (png) download(png, `${fileName}.png`);
  } finally {
    URL.revokeObjectURL(source);
  }
}
