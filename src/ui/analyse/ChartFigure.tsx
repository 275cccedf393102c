import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadPng, downloadSvg } from './exportChart';

/** The app's colours (src/ui/styles.css), read where the chart is drawn. */
export interface ChartTheme {
  ink: string;
  muted: string;
  line: string;
  paper: string;
  accent: string;
  fontFamily: string;
}

function themeOf(element: HTMLElement): ChartTheme {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    ink: read('--ink', '#1f2933'),
    muted: read('--muted', '#52606d'),
    line: read('--line', '#d9e2ec'),
    paper: read('--paper', '#ffffff'),
    accent: read('--accent', '#1d4f91'),
    fontFamily: style.fontFamily || 'sans-serif',
  };
}

/**
 * One chart: a figure that takes keyboard focus, named by its caption, with its values in a
 * visually hidden table (the text alternative) and buttons to save it as SVG or PNG.
 * `draw` makes the SVG (Observable Plot) for the width available and the app's colours.
 */
export function ChartFigure({
  testId,
  fileName,
  caption,
  note,
  controls,
  table,
  draw,
}: {
  testId: string;
  fileName: string;
  caption: string;
  note?: string;
  controls?: ReactNode;
  table: ReactNode;
  draw: (width: number, theme: ChartTheme) => SVGSVGElement | HTMLElement;
}) {
  const { t } = useTranslation();
  const holder = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const element = holder.current;
    if (!element || width === 0) return;
    const chart = draw(Math.max(320, width), themeOf(element));
    chart.setAttribute('aria-hidden', 'true');
    element.replaceChildren(chart);
  }, [draw, width]);

  function svg(): SVGSVGElement | null {
    return holder.current?.querySelector('svg') ?? null;
  }

  const captionId = `${testId}-caption`;
  return (
    <figure className="chart" data-testid={testId} tabIndex={0} aria-labelledby={captionId}>
      <figcaption id={captionId}>
        <span className="chart-title">{caption}</span>
        {note && <span className="chart-note">{note}</span>}
      </figcaption>
      {controls}
      <div className="chart-drawing" ref={holder} />
      <div className="visually-hidden">{table}</div>
      <div className="chart-export">
        <button
          type="button"
          data-testid={`${testId}-export-svg`}
          onClick={() => {
            const chart = svg();
            if (chart) downloadSvg(chart, fileName);
          }}
        >
          {t('mixing.exportSvg')}
        </button>
        <button
          type="button"
          data-testid={`${testId}-export-png`}
          onClick={() => {
            const chart = svg();
            const element = holder.current;
            if (chart && element) void downloadPng(chart, fileName, themeOf(element).paper);
          }}
        >
          {t('mixing.exportPng')}
        </button>
      </div>
    </figure>
  );
}
