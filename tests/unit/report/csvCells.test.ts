import { describe, expect, it } from 'vitest';
import { csvField, csvText, neutraliseCell } from '../../../src/core/report/csvCells';

describe('neutraliseCell', () => {
  it.each(['=SUM(A1:A2)', '+33 1 23', '-2+3', '@cmd', '\tindent', '\rreturn', '=HYPERLINK("x")'])(
    'puts an apostrophe before %j, which a spreadsheet would read as a formula',
    (text) => {
      expect(neutraliseCell(text)).toBe(`'${text}`);
    },
  );

  it.each(['Cooperativa La Milpa', '', ' =not first', "'quoted", 'a=b', '1+1', 'Ünïcode'])(
    'leaves %j as it is',
    (text) => {
      expect(neutraliseCell(text)).toBe(text);
    },
  );
});

describe('csvField and csvText', () => {
  it('writes numbers at full precision and never neutralises them', () => {
    expect(csvField(0.12345678901234568)).toBe('0.12345678901234568');
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField(3)).toBe('3');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes text holding a comma, a quote or a line end, after neutralising it', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=1,2')).toBe('"\'=1,2"');
    expect(csvField('\rx')).toBe('"\'\rx"');
  });

  it('joins rows with CRLF', () => {
    expect(
      csvText([
        ['name', 'value'],
        ['=x', 1.5],
      ]),
    ).toBe("name,value\r\n'=x,1.5\r\n");
  });
});
