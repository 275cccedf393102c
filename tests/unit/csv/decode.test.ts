import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../src/core/csv/decode';
import { UnusableInputError } from '../../../src/core/issues/issues';
import { cp1252, utf16, utf8 } from '../../fixtures/import/bytes';

const TEXT = 'id;nombre;país\n1;Cooperativa Señora;México\n';

function unusable(fn: () => unknown): UnusableInputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UnusableInputError);
    return e as UnusableInputError;
  }
  throw new Error('expected an UnusableInputError');
}

describe('decodeCsvBytes', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeCsvBytes(utf8(TEXT), 'a.csv')).toEqual({
      text: TEXT,
      encoding: 'utf-8',
      fellBack: false,
    });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const decoded = decodeCsvBytes(utf8(TEXT, true), 'a.csv');
    expect(decoded.text).toBe(TEXT);
    expect(decoded.fellBack).toBe(false);
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    const decoded = decodeCsvBytes(cp1252('nombre;€\nAsociación;Peña\n'), 'a.csv');
    expect(decoded).toEqual({
      text: 'nombre;€\nAsociación;Peña\n',
      encoding: 'windows-1252',
      fellBack: true,
    });
  });

  it('drops a UTF-8 BOM in front of Windows-1252 text', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...cp1252('nom;pays\nCoopérative;France\n')]);
    expect(decodeCsvBytes(bytes, 'a.csv').text).toBe('nom;pays\nCoopérative;France\n');
  });

  it('reads every Windows-1252 letter and sign, curly quotes and dashes included', () => {
    const text = 'name\n‘Coop’ “Éthique” – Señoría — 5 € … Œuvre ž Ÿ\n';
    expect(decodeCsvBytes(cp1252(text), 'a.csv').text).toBe(text);
  });

  it.each(['le', 'be'] as const)('reads UTF-16 %s with a BOM', (endian) => {
    const decoded = decodeCsvBytes(utf16(TEXT, endian), 'a.csv');
    expect(decoded.text).toBe(TEXT);
    expect(decoded.encoding).toBe(`utf-16${endian}`);
  });

  it('recognises UTF-16 LE without a BOM by its zero bytes', () => {
    expect(decodeCsvBytes(utf16(TEXT, 'le', false), 'a.csv').text).toBe(TEXT);
  });

  it('refuses binary input, naming the file', () => {
    const e = unusable(() => decodeCsvBytes(new Uint8Array([1, 2, 0, 3, 250, 0, 7]), 'photo.csv'));
    expect(e.reason).toBe('binary');
    expect(e.file).toBe('photo.csv');
    expect(e.message).toMatch(/^photo\.csv is not a CSV text file/);
  });

  it('names an Excel workbook picked by mistake', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    const e = unusable(() => decodeCsvBytes(xlsx, 'orgs.xlsx'));
    expect(e.reason).toBe('binary');
    expect(e.message).toContain('Excel workbook');
  });

  it.each([
    ['empty', new Uint8Array()],
    ['whitespace only', utf8('  \n\r\n\t \n')],
    ['a BOM only', utf8('', true)],
  ])('refuses a file that is %s', (_what, bytes) => {
    const e = unusable(() => decodeCsvBytes(bytes, 'links.csv'));
    expect(e.reason).toBe('empty');
    expect(e.message).toBe('links.csv is empty: it has no header row and no data.');
  });
});
