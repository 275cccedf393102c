/**
 * Bytes → text. Spreadsheets write CSV in several encodings: UTF-8 with or without a BOM,
 * Windows-1252 (Spanish- and French-locale Excel, "CSV (separado por comas)") and UTF-16 with a
 * BOM (Excel's "Unicode text"). The file never says which, so it is inferred from the bytes.
 */
import { UnusableInputError, type BinaryKind } from '../issues/issues';

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when the bytes were not valid UTF-8 and Windows-1252 was assumed. */
  fellBack: boolean;
}

/** Magic numbers of files people pick by mistake, to name them in the message. */
const KNOWN_BINARIES: { magic: number[]; kind: BinaryKind; what: string }[] = [
  {
    magic: [0x50, 0x4b, 0x03, 0x04],
    kind: 'zip',
    what: 'a ZIP archive or an Excel workbook (.xlsx)',
  },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], kind: 'xls', what: 'an old Excel workbook (.xls)' },
  { magic: [0x25, 0x50, 0x44, 0x46], kind: 'pdf', what: 'a PDF document' },
  { magic: [0x89, 0x50, 0x4e, 0x47], kind: 'png', what: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], kind: 'jpeg', what: 'a JPEG image' },
];

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.length <= bytes.length && magic.every((b, i) => bytes[i] === b);
}

function binaryError(fileName: string, bytes: Uint8Array): UnusableInputError {
  const known = KNOWN_BINARIES.find((k) => startsWith(bytes, k.magic));
  const what = known ? known.what : 'a binary file';
  return new UnusableInputError(
    `${fileName} is not a CSV text file (it looks like ${what}); save it from the spreadsheet as CSV and import that.`,
    fileName,
    'binary',
    'binary',
    { kind: known ? known.kind : 'other' },
  );
}

/**
 * UTF-16 without a BOM still shows itself by its zero bytes: line ends, delimiters, digits and
 * Latin letters have one. Text that is mostly Chinese, Japanese or Arabic has few, on either side
 * of the pairs, but such bytes are seldom valid UTF-8; a valid UTF-8 file with a stray NUL or two
 * stays UTF-8. Both byte orders are tried: the one that reads as text wins (next to no control
 * characters or unpaired surrogates, line ends where the bytes have them, and delimiters).
 */
function sniffBomlessUtf16(bytes: Uint8Array, validUtf8: boolean): TextEncodingName | null {
  const n = Math.min(bytes.length, 1 << 20) & ~1;
  if (n < 4) return null;
  const head = bytes.subarray(0, n);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (head[i] === 0) zeros++;
  if (zeros < 2 || (validUtf8 && zeros < n * 0.1)) return null;
  const rawLineEnds = head.includes(0x0a) || head.includes(0x0d);
  let best: { encoding: TextEncodingName; bad: number } | null = null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const sample = decodeWith(encoding, head);
    // A CSV file has line ends where its bytes have them, and a delimiter or line end somewhere.
    if (rawLineEnds ? !/[\r\n]/.test(sample) : !/[,;\t|]/.test(sample)) continue;
    let bad = 0;
    for (let i = 0; i < sample.length; i++) {
      const c = sample.charCodeAt(i);
      // NUL is left to the binary check: a cell may hold one.
      if (c === 0xfffd || (c < 32 && c !== 0 && !TEXT_CONTROLS.has(c))) bad++;
    }
    if (bad <= sample.length * 0.01 && (best === null || bad < best.bad)) best = { encoding, bad };
  }
  return best?.encoding ?? null;
}

/** Control characters text files hold: tab, line feed, vertical tab (FileMaker's line break), form feed, carriage return. */
const TEXT_CONTROLS = new Set([9, 10, 11, 12, 13]);

/**
 * Control characters other than those of text files (TEXT_CONTROLS), NUL included, mean binary
 * data when there are more than a few strays: over 8 and over 5 % of the text, or a third of a
 * tiny one. Known formats are told by their first bytes before this.
 */
function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && !TEXT_CONTROLS.has(c)) control++;
  }
  return (control > 8 && control > sample.length * 0.05) || control > sample.length / 3;
}

/**
 * Windows-1252's 0x80–0x9F (€, curly quotes, dashes…). Some TextDecoder implementations (Node 20)
 * read those bytes as Latin-1 control characters, so they are put right afterwards.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function fixCp1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function decodeWith(encoding: TextEncodingName, bytes: Uint8Array, fatal = false): string {
  return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
}

/** Bytes decoded per step: a large file is never held as one string. */
export const DECODE_CHUNK_BYTES = 1 << 16;

/**
 * Whether the bytes are UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
 * U+10FFFF). A loop over the bytes: no text is made, and it runs several times faster than a
 * fatal TextDecoder in Node. `partial`: the bytes are only the start of a file, which may cut
 * a letter in two.
 */
export function isValidUtf8(bytes: Uint8Array, partial: boolean): boolean {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const c = bytes[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) low = 0xa0;
      else if (c === 0xed) high = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) low = 0x90;
      else if (c === 0xf4) high = 0x8f;
    } else return false;
    if (i + need >= n) return partial && checkTail(bytes, i + 1, n, low, high);
    const second = bytes[i + 1]!;
    if (second < low || second > high) return false;
    for (let k = 2; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    i += need + 1;
  }
  return true;
}

/** The bytes of a letter cut off by the end of a partial file are right so far. */
function checkTail(bytes: Uint8Array, from: number, n: number, low: number, high: number): boolean {
  if (from < n && (bytes[from]! < low || bytes[from]! > high)) return false;
  for (let k = from + 1; k < n; k++) if ((bytes[k]! & 0xc0) !== 0x80) return false;
  return true;
}

export interface TextDecoding {
  encoding: TextEncodingName;
  /** True when the bytes were not valid UTF-8 and Windows-1252 was assumed. */
  fellBack: boolean;
  /** Bytes to skip before decoding (a UTF-8 BOM in front of Windows-1252 text). */
  skip: number;
}

/**
 * Tells the encoding from the bytes (a BOM, UTF-16's zero bytes, valid UTF-8, or else 1252);
 * `partial` when they are only the start of the file.
 */
export function detectEncoding(bytes: Uint8Array, partial = false): TextDecoding {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { encoding: 'utf-16le', fellBack: false, skip: 0 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { encoding: 'utf-16be', fellBack: false, skip: 0 };
  const utf8 = isValidUtf8(bytes, partial);
  const utf16 = startsWith(bytes, UTF8_BOM) ? null : sniffBomlessUtf16(bytes, utf8);
  if (utf16) return { encoding: utf16, fellBack: false, skip: 0 };
  // The decoder drops a UTF-8 BOM itself (ignoreBOM: false).
  if (utf8) return { encoding: 'utf-8', fellBack: false, skip: 0 };
  // A UTF-8 BOM in front of Windows-1252 text: an editor added it, the rest is not UTF-8.
  return { encoding: 'windows-1252', fellBack: true, skip: startsWith(bytes, UTF8_BOM) ? 3 : 0 };
}

/**
 * Decodes the bytes a chunk at a time, giving each piece of text and the bytes read so far.
 * Throws UnusableInputError('binary') for binary data (judged on the first piece of text) and
 * UnusableInputError('empty') for a file with nothing but white space.
 */
export function decodeInChunks(
  bytes: Uint8Array,
  fileName: string,
  decoding: TextDecoding,
  /** Returns false to stop reading. */
  onText: (text: string, bytesRead: number) => boolean | void,
  chunkBytes = DECODE_CHUNK_BYTES,
): void {
  const known = KNOWN_BINARIES.find((k) => startsWith(bytes, k.magic));
  if (known) throw binaryError(fileName, bytes);
  const decoder = new TextDecoder(decoding.encoding, { ignoreBOM: false });
  const cp1252 = decoding.encoding === 'windows-1252';
  let sawText = false;
  let first = true;
  const give = (raw: string, read: number) => {
    const text = cp1252 ? fixCp1252(raw) : raw;
    if (first && (text !== '' || read === bytes.length)) {
      first = false;
      if (looksBinary(text)) throw binaryError(fileName, bytes);
    }
    if (!sawText && /\S/.test(text)) sawText = true;
    return text === '' || onText(text, read) !== false;
  };
  for (let at = decoding.skip; at < bytes.length; at += chunkBytes) {
    const end = Math.min(bytes.length, at + chunkBytes);
    if (!give(decoder.decode(bytes.subarray(at, end), { stream: true }), end)) return;
  }
  give(decoder.decode(), bytes.length);
  if (!sawText) {
    throw new UnusableInputError(
      `${fileName} is empty: it has no header row and no data.`,
      fileName,
      'empty',
      'empty',
    );
  }
}

/** Decodes a whole (small) file to one string; the same rules as `decodeInChunks`. */
export function decodeCsvBytes(bytes: Uint8Array, fileName: string): DecodedText {
  const decoding = detectEncoding(bytes);
  const parts: string[] = [];
  decodeInChunks(bytes, fileName, decoding, (text) => void parts.push(text));
  return { text: parts.join(''), encoding: decoding.encoding, fellBack: decoding.fellBack };
}
