/**
 * Odd but ordinary files that used to lose rows or values without a word: mixed line endings,
 * names of built-in object properties, placeholder-like headers, lone separators, unclosed
 * quotes, lookalike ids, NUL bytes, UTF-16 without a BOM, reversed years.
 */
import { describe, expect, it } from 'vitest';
import { importDataset, type ImportOptions } from '../../../src/core/model/importDataset';
import type { Dataset } from '../../../src/core/model/types';
import { csv } from '../../fixtures/import/bytes';

const BUILT_IN = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];

function orgs(text: string, options?: ImportOptions): Dataset {
  return importDataset([csv('orgs.csv', text)], options);
}

function codes(dataset: Dataset): string[] {
  return dataset.issues.map((i) => i.code);
}

describe('line endings', () => {
  it('brings every row through whatever the mix of CRLF, LF and CR', () => {
    const dataset = orgs('id,name\r\n1,A\r\n2,B\n3,C\n4,D\r\n');
    expect(dataset.organizations.map((o) => [o.id, o.name, o.row])).toEqual([
      ['1', 'A', 2],
      ['2', 'B', 3],
      ['3', 'C', 4],
      ['4', 'D', 5],
    ]);
    expect(dataset.issues).toEqual([]);
  });

  it('takes a lone CR as a line end in an LF file, and CR CR LF as two', () => {
    const lf = orgs('id,name\n1,A\r2,B\n3,C\n');
    expect(lf.organizations.map((o) => [o.name, o.row])).toEqual([
      ['A', 2],
      ['B', 3],
      ['C', 4],
    ]);
    const crlf = orgs('id,name\r\n1,A\r\r\n2,B\r\n3,C\r\n');
    expect(crlf.organizations.map((o) => [o.name, o.row])).toEqual([
      ['A', 2],
      ['B', 4],
      ['C', 5],
    ]);
    expect([...lf.issues, ...crlf.issues]).toEqual([]);
  });

  it('keeps line ends inside quoted values as written', () => {
    const dataset = orgs('id,name,notes\n1,A,"one\r\ntwo\rthree"\r\n2,B,x\r3,C,y');
    expect(dataset.organizations.map((o) => o.attributes.notes)).toEqual([
      'one\r\ntwo\rthree',
      'x',
      'y',
    ]);
    expect(dataset.organizations.map((o) => o.row)).toEqual([2, 3, 4]);
  });

  it('brings every link of a large file whose CRLF rows turn into LF rows', () => {
    const rows = ['source,target,weight,notes\r'];
    for (let i = 0; i < 100_000; i++)
      rows.push(
        `o${i % 997},o${(i * 7 + 1) % 997},1,a note of some length${i < 50_000 ? '\r' : ''}`,
      );
    const dataset = importDataset([csv('links.csv', rows.join('\n') + '\n')]);
    expect(dataset.links).toHaveLength(100_000);
    expect(dataset.links.at(-1)!.row).toBe(100_001);
    expect(dataset.links.every((l) => l.attributes.notes === 'a note of some length')).toBe(true);
    expect(codes(dataset).filter((c) => c === 'ragged_row')).toEqual([]);
  });

  it('says a ragged row in a short sentence, however many values it has', () => {
    const extra = Array.from({ length: 5000 }, (_, i) => `value number ${i}`).join(',');
    const dataset = orgs(`id,name\n1,A,${extra}\n2,B\n`);
    const ragged = dataset.issues.find((i) => i.code === 'ragged_row')!;
    expect(ragged.row).toBe(2);
    expect(ragged.message.length).toBeLessThan(300);
    expect(JSON.stringify(ragged.params).length).toBeLessThan(300);
    expect(dataset.organizations).toHaveLength(2);
  });
});

describe('names of built-in object properties are ordinary text', () => {
  it('keeps a column headed __proto__ (and the other names) with its values', () => {
    const header = ['id', 'name', ...BUILT_IN].join(',');
    const dataset = orgs(`${header}\n1,A,p,c,t,v,h\n2,B,,,,,\n`);
    const first = dataset.organizations[0]!.attributes;
    expect(Object.keys(first)).toEqual(BUILT_IN);
    expect(BUILT_IN.map((k) => Object.hasOwn(first, k) && first[k])).toEqual([
      'p',
      'c',
      't',
      'v',
      'h',
    ]);
    expect(dataset.organizationColumns).toEqual(BUILT_IN);
    expect(Object.hasOwn(dataset.organizations[1]!.attributes, '__proto__')).toBe(true);
  });

  it('maps a column headed __proto__ to the id when told so', () => {
    const dataset = orgs('__proto__,nombre\nx1,Alfa\nx2,Beta\n', {
      columnMapping: new Map([['orgs.csv', new Map([['__proto__', 'id']])]]),
    });
    expect(dataset.organizations.map((o) => o.id)).toEqual(['x1', 'x2']);
  });

  it('keeps such sectors, alliance types, themes and ids as written', () => {
    const rows = BUILT_IN.map((name, i) => `${name},Org ${i},${name},${name}`);
    const dataset = importDataset([
      csv('orgs.csv', ['id,name,sector,themes', ...rows].join('\n')),
      csv(
        'links.csv',
        [
          'source,target,type',
          ...BUILT_IN.map((n, i) => `${n},${BUILT_IN[(i + 1) % 5]},${n}`),
        ].join('\n'),
      ),
    ]);
    expect(dataset.organizations.map((o) => [o.id, o.sector, o.themes])).toEqual(
      BUILT_IN.map((n) => [n, n, [n]]),
    );
    expect(dataset.links.map((l) => l.type)).toEqual(BUILT_IN);
    expect(dataset.links.every((l) => !l.source.startsWith('[') && l.source !== '')).toBe(true);
    expect(dataset.issues.filter((i) => i.code === 'custom_sector')).toHaveLength(5);
    expect(dataset.organizations.every((o) => !o.placeholder)).toBe(true);
  });
});

describe('nothing dropped without a word', () => {
  it('keeps an empty header next to a column named like its placeholder', () => {
    const dataset = orgs('id,name,,Column 3\n1,A,unnamed,named\n');
    const attributes = dataset.organizations[0]!.attributes;
    expect(Object.values(attributes).sort()).toEqual(['named', 'unnamed']);
    expect(attributes['Column 3']).toBe('named');
    expect(dataset.organizationColumns).toHaveLength(2);
  });

  it('keeps rows holding only ; or | in a one-column file', () => {
    const dataset = orgs('id\n1\n;\n|\n2\n');
    expect(dataset.organizations.map((o) => o.id)).toEqual(['1', ';', '|', '2']);
  });

  it('reads an unclosed quote as text and keeps the rows after it', () => {
    const dataset = orgs('id,name\n1,A\n2,"B\n3,C\n4,D\n');
    expect(dataset.organizations.map((o) => [o.id, o.name, o.row])).toEqual([
      ['1', 'A', 2],
      ['2', '"B', 3],
      ['3', 'C', 4],
      ['4', 'D', 5],
    ]);
    const issue = dataset.issues.find((i) => i.code === 'csv_syntax')!;
    expect(issue).toMatchObject({ level: 'warning', row: 3, column: 'name' });
    expect(issue.message).toMatch(/never closed/);
    expect(issue.message).toMatch(/as text/);
  });

  it('keeps the rest of a row whose quote is never closed, in its other columns', () => {
    const dataset = orgs('id,name,city\n1,"A,Puebla\n2,B,Lima');
    expect(dataset.organizations.map((o) => [o.id, o.name, o.city])).toEqual([
      ['1', '"A', 'Puebla'],
      ['2', 'B', 'Lima'],
    ]);
  });
});

describe('lookalike ids', () => {
  it('warns when two ids differ only by Unicode normalisation, naming both rows', () => {
    const nfc = 'caf\u00e9';
    const nfd = 'cafe\u0301';
    const dataset = orgs(`id,name\n${nfc},A\nx,X\n${nfd},B\n`);
    expect(dataset.organizations.map((o) => o.id)).toEqual([nfc, 'x', nfd]);
    const issue = dataset.issues.find((i) => i.code === 'lookalike_id')!;
    expect(issue).toMatchObject({ level: 'warning', row: 4, column: 'id' });
    expect(issue.params).toMatchObject({ firstRow: 2 });
    expect(issue.message).toContain('row 2');
  });

  it('warns when two ids differ only by an invisible character', () => {
    const dataset = orgs('id,name\ncoop1,A\ncoop\u200b1,B\n\u2060coop2,C\ncoop2,D\n');
    expect(dataset.organizations).toHaveLength(4);
    expect(
      dataset.issues
        .filter((i) => i.code === 'lookalike_id')
        .map((i) => [i.row, i.params.firstRow]),
    ).toEqual([
      [3, 2],
      [5, 4],
    ]);
  });
});

describe('smaller', () => {
  it('reads a UTF-8 file holding a NUL byte instead of calling it binary', () => {
    const bytes = new TextEncoder().encode('id,name\n1,Alfa\n2,Be\u0000ta\n3,Gamma\n');
    const dataset = importDataset([{ name: 'orgs.csv', bytes }]);
    expect(dataset.organizations.map((o) => o.id)).toEqual(['1', '2', '3']);
  });

  it('reads UTF-16 without a BOM holding mostly Chinese or Japanese text', () => {
    const text =
      'id,name,city\n1,北京合作社联合会,北京市\n2,上海社会企业发展中心,上海市\n3,東京生活協同組合連合会,東京都\n';
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      le[2 * i] = text.charCodeAt(i) & 0xff;
      le[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const be = le.map((_, i) => le[i ^ 1]!);
    for (const bytes of [le, be]) {
      const dataset = importDataset([{ name: 'orgs.csv', bytes }]);
      expect(dataset.organizations.map((o) => o.name)).toEqual([
        '北京合作社联合会',
        '上海社会企业发展中心',
        '東京生活協同組合連合会',
      ]);
    }
  });

  it('flags an alliance whose start year comes after its end year', () => {
    const dataset = importDataset([
      csv('links.csv', 'source,target,since,until\na,b,2019,2021\nb,c,2022,2018\n'),
    ]);
    expect(dataset.links).toHaveLength(2);
    const issue = dataset.issues.find((i) => i.code === 'reversed_years')!;
    expect(issue).toMatchObject({ level: 'warning', row: 3, column: 'since' });
    expect(issue.message).toContain('2022');
  });

  it('says that a second id-like column names the id too, not that it is unknown', () => {
    const dataset = orgs('id,clave,name\n1,k1,A\n');
    const issue = dataset.issues.find((i) => i.column === 'clave')!;
    expect(issue.code).toBe('alias_column');
    expect(issue.message).not.toMatch(/not one the app knows/);
    expect(issue.message).toMatch(/id/);
    expect(dataset.organizations[0]!.attributes.clave).toBe('k1');
  });
});
