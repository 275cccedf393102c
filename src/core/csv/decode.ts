/**
 * Bytes → text. Spreadsheets write CSV in several encodings: UTF-8 with or without a BOM,
 * Windows-1252 (Spanish- and French-locale Excel, "CSV (separado por comas)") and UTF-16 with a
 * BOM (Excel's "Unicode text"). The file never says which, so it is inferred from the bytes.
 */
import { UnusableInputError } from '../model/issues';

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when the bytes were not valid UTF-8 and Windows-1252 was assumed. */
  fellBack: boolean;
}

/** Magic numbers of files people pick by mistake, to name them in the message. */
const KNOWN_BINARIES: { magic: number[]; what: string }[] = [
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive or an Excel workbook (.xlsx)' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel workbook (.xls)' },
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
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
  );
}

/** UTF-16 without a BOM still shows itself: ASCII text has a zero in every other byte. */
function sniffBomlessUtf16(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const half = n / 2;
  if (zeroOdd > half * 0.7 && zeroEven < half * 0.05) return 'utf-16le';
  if (zeroEven > half * 0.7 && zeroOdd < half * 0.05) return 'utf-16be';
  return null;
}

/** Control characters other than tab, newline, carriage return and form feed mean binary data. */
function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control > 8 && control > sample.length * 0.01;
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

/**
 * Decodes a CSV file's bytes. Throws UnusableInputError('binary') for binary data and
 * UnusableInputError('empty') for a file with nothing but whitespace.
 */
export function decodeCsvBytes(bytes: Uint8Array, fileName: string): DecodedText {
  let result: DecodedText;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    result = { text: decodeWith('utf-16le', bytes), encoding: 'utf-16le', fellBack: false };
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    result = { text: decodeWith('utf-16be', bytes), encoding: 'utf-16be', fellBack: false };
  } else {
    const utf16 = sniffBomlessUtf16(bytes);
    if (utf16) {
      result = { text: decodeWith(utf16, bytes), encoding: utf16, fellBack: false };
    } else {
      if (bytes.indexOf(0) !== -1) throw binaryError(fileName, bytes);
      try {
        // The decoder drops a UTF-8 BOM itself (ignoreBOM: false).
        result = { text: decodeWith('utf-8', bytes, true), encoding: 'utf-8', fellBack: false };
      } catch {
        result = {
          // A UTF-8 BOM in front of Windows-1252 text: an editor added it, the rest is not UTF-8.
          text: fixCp1252(
            decodeWith('windows-1252', startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes),
          ),
          encoding: 'windows-1252',
          fellBack: true,
        };
      }
    }
  }
  if (looksBinary(result.text)) throw binaryError(fileName, bytes);
  if (result.text.trim() === '') {
    throw new UnusableInputError(
      `${fileName} is empty: it has no header row and no data.`,
      fileName,
      'empty',
    );
  }
  return result;
}
