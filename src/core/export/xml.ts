/**
 * What GEXF and GraphML share: text from the data made safe as XML, and the typed values of the
 * export's columns written as XML Schema writes them.
 */
import type { ColumnType, ColumnValue } from './columns';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A parser turns a tab or a line end inside an attribute into a space, and a carriage return
  // anywhere into a line feed: as references they come back as they were.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

const SPECIAL = /[&<>"'\t\n\r]/g;

/** U+FFFD, for what XML 1.0 cannot hold at all, not even as a reference. */
const REPLACEMENT = '\uFFFD';

/**
 * True for a UTF-16 code unit that XML 1.0 forbids: control characters other than tab, line
 * feed and carriage return, U+FFFE and U+FFFF. (Surrogates are judged in pairs, below.)
 */
function forbiddenUnit(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code >= 0xfffe;
}

/** Characters XML 1.0 forbids (and halves of a surrogate pair left alone) become U+FFFD. */
function allowedOnly(text: string): string {
  let out: string[] | null = null;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let bad = forbiddenUnit(code);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      bad = true;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      bad = true;
    }
    if (!bad) continue;
    out ??= [];
    out.push(text.slice(from, i), REPLACEMENT);
    from = i + 1;
  }
  if (out === null) return text;
  out.push(text.slice(from));
  return out.join('');
}

/** Any text as the content of an element or the value of an attribute (either quote). */
export function xmlEscape(text: string): string {
  return allowedOnly(text).replace(SPECIAL, (c) => ESCAPES[c]!);
}

/** A column's value as XML Schema writes its type; null for nothing to write. */
export function xmlValue(
  value: ColumnValue,
  type: ColumnType,
  listSeparator: string,
): string | null {
  if (value === null) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return type === 'integer' ? String(Math.round(value)) : String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = typeof value === 'string' ? value : value.join(listSeparator);
  return text === '' ? null : text;
}

/** `#117733` → its red, green and blue, 0–255. */
export function rgb(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.replace(/^#/, ''), 16);
  return { r: (n >> 16) & 0xff, g: (n >> 8) & 0xff, b: n & 0xff };
}

/** Where each organisation is placed (model units of the app's layouts, y pointing down). */
export type Positions = ReadonlyMap<string, { x: number; y: number }>;
