import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../src/core/csv/delimiter';
import { parseCsvText } from '../../../src/core/csv/parse';
import { IssueLog } from '../../../src/core/issues/importIssues';

function parse(text: string) {
  const log = new IssueLog();
  const table = parseCsvText(text, log.forFile('t.csv'));
  return { table, issues: log.issues };
}

describe('detectDelimiter', () => {
  it.each([
    [',', 'id,name,sector\n1,A,coop\n2,B,ngo\n'],
    [';', 'id;name;sector\n1;A;coop\n2;B;ngo\n'],
    ['\t', 'id\tname\tsector\n1\tA\tcoop\n2\tB\tngo\n'],
    ['|', 'id|name|sector\n1|A|coop\n2|B|ngo\n'],
  ])('detects %j', (delimiter, text) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('is not fooled by decimal commas in a semicolon file', () => {
    expect(detectDelimiter('source;target;weight\na;b;1,5\nb;c;2,25\nc;d;0,5\n')).toBe(';');
  });

  it('is not fooled by quoted values full of commas', () => {
    const text = 'id;name;notes\n1;"Red, A";"a, b, c, d"\n2;"B, C";"e, f, g"\n';
    expect(detectDelimiter(text)).toBe(';');
  });

  it('is not fooled by semicolon-separated themes in a comma file', () => {
    const text = 'id,name,themes\n1,A,food;housing;care\n2,B,finance;care\n';
    expect(detectDelimiter(text)).toBe(',');
  });

  it('falls back to a comma for a one-column file, whatever its values hold', () => {
    expect(detectDelimiter('id\nA;B\nC;D\n')).toBe(',');
    expect(detectDelimiter('id\n1\n2\n')).toBe(',');
  });

  it('prefers the delimiter that splits the header into known names', () => {
    // Comma gives as many consistent columns, but only the tab splits out known headers.
    const text = 'id\tname\n1,5\tA,B\n2,5\tC,D\n';
    expect(detectDelimiter(text)).toBe('\t');
  });
});

describe('parseCsvText', () => {
  it('numbers rows as a spreadsheet does, header = 1', () => {
    const { table } = parse('id,name\n1,A\n2,B\n');
    expect(table.header).toEqual(['id', 'name']);
    expect(table.headerRow).toBe(1);
    expect(table.records).toEqual([
      ['1', 'A'],
      ['2', 'B'],
    ]);
    expect(table.rows).toEqual([2, 3]);
  });

  it('keeps delimiters and newlines inside quoted values, one row per record', () => {
    const text =
      'id,name,notes\r\n1,"Coop, A","line one\r\nline two\nline three"\r\n2,B,"say ""hi"""\r\n3,C,x\r\n';
    const { table, issues } = parse(text);
    expect(table.records[0]).toEqual(['1', 'Coop, A', 'line one\r\nline two\nline three']);
    expect(table.records[1]).toEqual(['2', 'B', 'say "hi"']);
    expect(table.rows).toEqual([2, 3, 4]);
    expect(issues).toEqual([]);
  });

  it('counts blank lines as rows but skips them, also rows of empty cells', () => {
    const { table } = parse('\nid;name\n\n1;A\n;\n   \n2;B');
    expect(table.headerRow).toBe(2);
    expect(table.rows).toEqual([4, 7]);
    expect(table.records).toEqual([
      ['1', 'A'],
      ['2', 'B'],
    ]);
  });

  it('trims header cells and drops a stray BOM', () => {
    expect(parse('\uFEFF Id , Label \n1,A\n').table.header).toEqual(['Id', 'Label']);
  });

  it('reads an unclosed quote as text, reports it with its row, and keeps the rows after it', () => {
    const { table, issues } = parse('id,name\n1,A\n2,"B\n3,"C,x""y\n4,D\n');
    expect(table.records).toEqual([
      ['1', 'A'],
      ['2', '"B'],
      ['3', '"C', 'x""y'],
      ['4', 'D'],
    ]);
    expect(table.rows).toEqual([2, 3, 4, 5]);
    // The same problem on two rows is one message naming both.
    expect(issues.map((i) => [i.level, i.code, i.row, i.column, i.file, i.rows])).toEqual([
      ['warning', 'csv_syntax', 3, 'name', 't.csv', [3, 4]],
    ]);
    expect(issues[0]!.message).toMatch(/^2 rows have the same problem with quotes \(rows 3, 4\); /);
  });

  it('ends a value with a stray quote at the end of its row, so the next rows stay rows', () => {
    const { table, issues } = parse('id,notes\n1,"a"x\n2,"b"\n3,"say "hi" twice",z\n');
    expect(table.records).toEqual([
      ['1', 'a"x'],
      ['2', 'b'],
      ['3', 'say "hi" twice', 'z'],
    ]);
    expect(issues.map((i) => [i.row, i.column, i.params.problem])).toEqual([
      [2, 'notes', 'stray_quote'],
      [4, 'notes', 'stray_quote'],
    ]);
    expect(issues[0]!.message).toMatch(/ends at the end of the row/);
  });

  it('takes the opening quote as text when a value runs onto later rows and then goes wrong', () => {
    const { table, issues } = parse('id,name\n1,"A\n2,B"x\n3,C\n');
    expect(table.records).toEqual([
      ['1', '"A'],
      ['2', 'B"x'],
      ['3', 'C'],
    ]);
    expect(issues.map((i) => [i.row, i.params.problem])).toEqual([[2, 'unclosed_quote']]);
  });

  it('warns of a quoted value over lines that hold as many delimiters as a row', () => {
    const { table, issues } = parse('id,name,city\n1,"A,Lima\n2,B,Quito\n3",C\n4,D,Cusco\n');
    expect(table.records).toEqual([
      ['1', 'A,Lima\n2,B,Quito\n3', 'C'],
      ['4', 'D', 'Cusco'],
    ]);
    expect(issues).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'name',
        params: { problem: 'multiline_value', column: 2, rows: '3-4' },
      }),
    ]);
    // A text over two lines with a comma or two is only a text.
    expect(parse('id,name,city\n1,"Calle 5, Centro\nPuebla",x\n').issues).toEqual([]);
  });

  it('gives the same records whatever the chunks, line ends and quotes mixed', () => {
    const text =
      'id,"na\r\nme",x\r\n1,"a""b",  "c"  \r2,"d\re",\n\r\n3,"f,g" ,h\r\n4,"open\n5,x,y\r6,"z';
    const whole = parse(text);
    for (const size of [1, 2, 3, 5, 7, 64]) {
      const log = new IssueLog();
      const table = parseCsvText(text, log.forFile('t.csv'), { chunkSize: size });
      expect(table).toEqual(whole.table);
      expect(log.issues).toEqual(whole.issues);
    }
    expect(whole.table.records).toEqual([
      ['1', 'a"b', '  "c"  '],
      ['2', 'd\re', ''],
      ['3', 'f,g', 'h'],
      ['4', '"open'],
      ['5', 'x', 'y'],
      ['6', '"z'],
    ]);
    expect(whole.table.rows).toEqual([2, 3, 5, 6, 7, 8]);
  });

  it('keeps row numbers right across chunks of a large text', () => {
    const lines = ['id,name,notes'];
    for (let i = 1; i <= 60000; i++)
      lines.push(i % 1000 === 0 ? `${i},"N${i}","a\nb, c"` : `${i},N${i},x`);
    const log = new IssueLog();
    const fractions: number[] = [];
    const table = parseCsvText(lines.join('\n'), log.forFile('big.csv'), {
      onProgress: (f) => fractions.push(f),
      chunkSize: 65536,
    });
    expect(table.records).toHaveLength(60000);
    expect(table.rows[59999]).toBe(60001);
    expect(table.records[59999]).toEqual(['60000', 'N60000', 'a\nb, c']);
    expect(table.records.every((r, i) => r[0] === String(i + 1) && table.rows[i] === i + 2)).toBe(
      true,
    );
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });
});
