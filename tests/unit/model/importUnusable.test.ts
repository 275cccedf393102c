/** Files that cannot be used at all: one sentence naming the file and what is missing. */
import { inspectCsvFile } from '../../../src/core/csv/readFile';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/core/model/importDataset';
import { UnusableInputError } from '../../../src/core/issues/issues';
import { csv, utf8 } from '../../fixtures/import/bytes';

const LINKS = csv('links.csv', 'source,target\na,b\n');

function unusable(files: { name: string; bytes: Uint8Array }[]): UnusableInputError {
  try {
    importDataset(files);
  } catch (e) {
    expect(e).toBeInstanceOf(UnusableInputError);
    return e as UnusableInputError;
  }
  throw new Error('expected an UnusableInputError');
}

/** One sentence: no full stop before the end that starts another sentence. */
function expectOneSentence(message: string, file: string) {
  expect(message).toContain(file);
  expect(message.endsWith('.')).toBe(true);
  expect(message.slice(0, -1)).not.toMatch(/[.!?]\s+[A-Z]/);
}

describe('unusable input', () => {
  it.each([
    [
      'binary',
      'organizations.csv',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    ],
    ['empty', 'organizations.csv', new Uint8Array()],
    ['empty', 'organizations.csv', utf8('\n  \n')],
    ['no_header', 'organizations.csv', utf8(';;;\n;;\n')],
  ])('%s: %s', (reason, name, bytes) => {
    const e = unusable([{ name, bytes }, LINKS]);
    expect(e.reason).toBe(reason);
    expect(e.file).toBe(name);
    expectOneSentence(e.message, name);
  });

  it('names what an organisations file lacks', () => {
    const e = unusable([csv('organizations.csv', 'sector,country\ncoop,MX\n'), LINKS]);
    expect(e.reason).toBe('missing_columns');
    expect(e.message).toBe(
      'organizations.csv has no id or name column (looked for: id, key, clave, identificador, …; name, nombre, nom, organization, …).',
    );
  });

  it('names what a links file lacks', () => {
    const e = unusable([csv('links.csv', 'from_org,to_org,weight\na,b,1\n')]);
    expect(e.reason).toBe('missing_columns');
    expect(e.message).toBe(
      'links.csv has no source and target columns (looked for: source, from, origen, de, …; target, to, destino, a, …).',
    );
  });

  it('names the one end column a links file lacks', () => {
    const e = unusable([csv('alianzas.csv', 'origen;peso\na;1\n')]);
    expect(e.message).toBe(
      'alianzas.csv has no target column (looked for: target, to, destino, a, cible, …).',
    );
  });

  it('quotes the first row of a file it cannot place', () => {
    // (A first row of numbers is data: the file has no header, headerless.ts says.)
    const e = unusable([csv('data.csv', 'x,y,z\n4,5,6\n')]);
    expect(e.reason).toBe('unrecognised');
    expect(e.message).toMatch(
      /^data\.csv has neither an id or name column nor source and target columns: its first row reads "x", "y", "z" \(looked for: /,
    );
    expectOneSentence(e.message, 'data.csv');
  });

  it('refuses two organisations files', () => {
    const e = unusable([csv('a.csv', 'id\n1\n'), csv('b.csv', 'id,name\n2,B\n')]);
    expect(e.message).toBe(
      'a.csv and b.csv both look like organisations files; import one organisations file and one links file.',
    );
  });

  it('refuses no file at all', () => {
    expect(() => importDataset([])).toThrow(UnusableInputError);
  });

  it('a column mapping that still lacks the id column is refused', () => {
    expect(() =>
      importDataset([csv('o.csv', 'id,name\n1,A\n')], {
        columnMapping: new Map([
          [
            'o.csv',
            new Map([
              ['id', null],
              ['name', null],
            ]),
          ],
        ]),
      }),
    ).toThrow(/o\.csv has neither/);
  });
});

describe('inspectCsvFile', () => {
  it('says what a file is and how its headers were read, for the mapping step', () => {
    expect(inspectCsvFile(csv('x.csv', 'Código;Nombre;Giro\n1;A;coop\n'))).toEqual({
      name: 'x.csv',
      kind: 'organizations',
      headers: ['Código', 'Nombre', 'Giro'],
      fields: [null, 'name', null],
      delimiter: ';',
      encoding: 'UTF-8',
    });
    expect(inspectCsvFile(csv('y.csv', 'a1,b1\nx,y\n')).kind).toBeNull();
  });
});
