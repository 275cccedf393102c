/**
 * Numbers as people read them: counts with their thousands, measures to a few significant
 * digits (never "0.0000000000382"), shares as percentages; null as a dash.
 */
const formats = new Map<string, Intl.NumberFormat>();

function format(
  language: string,
  kind: 'count' | 'measure' | 'percent' | 'scientific',
): Intl.NumberFormat {
  const key = `${language} ${kind}`;
  let known = formats.get(key);
  if (!known) {
    known =
      kind === 'count'
        ? new Intl.NumberFormat(language, { maximumFractionDigits: 0 })
        : kind === 'percent'
          ? new Intl.NumberFormat(language, { style: 'percent', maximumSignificantDigits: 2 })
          : kind === 'scientific'
            ? new Intl.NumberFormat(language, {
                notation: 'scientific',
                maximumSignificantDigits: 3,
              })
            : new Intl.NumberFormat(language, { maximumSignificantDigits: 3 });
    formats.set(key, known);
  }
  return known;
}

export const NO_VALUE = '—';

export function formatCount(value: number | null | undefined, language: string): string {
  return value === null || value === undefined ? NO_VALUE : format(language, 'count').format(value);
}

/** A measure to three significant digits; tiny values in scientific notation stay readable. */
export function formatMeasure(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  if (value !== 0 && Math.abs(value) < 1e-3) {
    return format(language, 'scientific').format(value);
  }
  return format(language, 'measure').format(value);
}

export function formatPercent(share: number | null | undefined, language: string): string {
  return share === null || share === undefined || !Number.isFinite(share)
    ? NO_VALUE
    : format(language, 'percent').format(share);
}
