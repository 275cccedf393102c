/**
 * Text from the data (names, sectors, themes, column names, file names) shown among the app's
 * own words. Such text may hold bidirectional controls: a name with U+202E RIGHT-TO-LEFT
 * OVERRIDE reverses everything after it up to the end of the paragraph: the words around it,
 * the count beside it, the next name in a list. Every piece of it is therefore isolated, in one
 * of two ways and nowhere else than here:
 *
 * - in HTML, the UserText component (a `<bdi>`, `unicode-bidi: isolate`);
 * - inside a string (a sentence of the catalogue, a title, an ARIA label, a name Cytoscape draws
 *   on the canvas), `isolate()`: U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE.
 *
 * Very long text (a 10,000-character name) is shortened where room is scarce (`shorten`).
 */

export const FIRST_STRONG_ISOLATE = '\u2068';
export const POP_DIRECTIONAL_ISOLATE = '\u2069';

/** The text as one isolated run inside a larger string; its direction is its own. */
export function isolate(text: string): string {
  return FIRST_STRONG_ISOLATE + text + POP_DIRECTIONAL_ISOLATE;
}

/** Shown in suggestions, the legend, filters and chips: longer text ends in an ellipsis. */
export const SHORT_TEXT = 80;

const graphemes =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

/**
 * At most `max` characters as a reader counts them (an accented letter, an emoji or a flag is
 * one, never cut in two), the last of them an ellipsis when the text was longer.
 */
export function shorten(text: string, max = SHORT_TEXT): string {
  if (text.length <= max) return text;
  // Only the beginning is looked at: a grapheme is rarely more than a few code units.
  const head = text.slice(0, max * 8);
  const parts = graphemes
    ? Array.from(graphemes.segment(head), (s) => s.segment)
    : Array.from(head);
  if (parts.length <= max && head.length === text.length) return text;
  return `${parts.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/**
 * Text from the data in the page, isolated from the words around it (see userText.ts). With
 * `short`, long text ends in an ellipsis and the whole of it is the element's title.
 */
export function UserText({ text, short = false }: { text: string; short?: boolean }) {
  if (!short) return <bdi className="user-text">{text}</bdi>;
  return (
    <bdi className="user-text short" title={text}>
      {shorten(text)}
    </bdi>
  );
}

/**
 * The values a message names come from the files (ids, names, columns): each is isolated inside
 * the sentence, and shortened (a 10,000-character value is no help in a message). Numbers stay
 * numbers, for the plural forms.
 */
export function isolatedParams(
  params: Readonly<Record<string, string | number>>,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] = typeof value === 'string' ? isolate(shorten(value)) : value;
  }
  return out;
}
