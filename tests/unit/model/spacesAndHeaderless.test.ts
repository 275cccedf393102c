/**
 * Files that are not quite tables: columns separated by spaces (`Source Target`, as edge lists
 * are often written), and files without a header row (an adjacency list, a matrix of 0 and 1).
 */
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../src/core/csv/delimiter';
import { importDataset } from '../../../src/core/model/importDataset';
import { UnusableInputError } from '../../../src/core/issues/issues';
import { csv } from '../../fixtures/import/bytes';

function refusal(files: { name: string; bytes: Uint8Array }[]): UnusableInputError {
  try {
    importDataset(files);
  } catch (e) {
    if (e instanceof UnusableInputError) return e;
    throw e;
  }
  throw new Error('expected an UnusableInputError');
}

describe('a space between columns', () => {
  it('is the delimiter when no other fits and the header splits into known columns', () => {
    expect(detectDelimiter('Source Target\na b\nb c\n')).toBe(' ');
    expect(detectDelimiter('id name sector\nc1 Coop cooperative\n')).toBe(' ');
  });

  it('is not, where another delimiter fits or the header is one known name', () => {
    expect(detectDelimiter('source,target\na b,c d\n')).toBe(',');
    expect(detectDelimiter('organisation name\nCoop Sur\n')).toBe(',');
    expect(detectDelimiter('Nombre de la organización\nCoop Sur\n')).toBe(',');
  });

  it('reads a space-delimited edge list', () => {
    const d = importDataset([csv('edges.txt', 'Source Target Weight\na b 2\nb c 1\n"c d" a 1\n')]);
    expect(d.links.map((l) => [l.source, l.target, l.weight])).toEqual([
      ['a', 'b', 2],
      ['b', 'c', 1],
      ['c d', 'a', 1],
    ]);
  });

  it('is named when the file seems to use it but its columns are unknown', () => {
    const e = refusal([csv('links.csv', 'from_org to_org\nx y\ny z\n')]);
    expect(e.code).toBe('space_delimited');
    expect(e.message).toBe(
      'links.csv seems to separate its columns with spaces, but its first row ("from_org", "to_org") names no column the app knows; save it with commas, semicolons or tabs between the columns, with a first row naming them (source, target for alliances; id, name for organisations).',
    );
  });
});

describe('a file without a header row', () => {
  it('an adjacency list gets a sentence saying so, not a column taken for "a" (Spanish "to")', () => {
    for (const text of ['a b c\nb c\nc a\n', 'a,b,c\nb,c\nc,a\n']) {
      const e = refusal([csv('network.txt', text)]);
      expect(e.code).toBe('headerless');
      expect(e.reason).toBe('no_header');
      expect(e.message).toBe(
        'network.txt seems to have no header row: its first row ("a", "b", "c") looks like data, not column names; add a first row naming the columns (source, target for alliances; id, name for organisations).',
      );
    }
  });

  it('a headerless edge list of numbers too', () => {
    expect(refusal([csv('edges.csv', '1,2\n2,3\n3,1\n4,1\n')]).code).toBe('headerless');
  });

  it('a matrix of 0 and 1, with or without labels', () => {
    for (const text of [
      '0,1,1\n1,0,0\n1,0,0\n',
      ',a,b,c\na,0,1,1\nb,1,0,0\nc,1,0,0\n',
      ';a;b\na;0;1\nb;1;0\n',
    ]) {
      const e = refusal([csv('matrix.csv', text)]);
      expect(e.code, text).toBe('adjacency_matrix');
      expect(e.message).toBe(
        'matrix.csv looks like an adjacency matrix (rows and columns of 0 and 1), not a table with a header row; write its alliances one per row with source and target columns.',
      );
    }
  });

  it('leaves files with a real header to the usual sentence', () => {
    expect(refusal([csv('data.csv', 'foo,bar\n1,2\n')]).code).toBe('unrecognised');
    expect(refusal([csv('links.csv', 'from_org,to_org,weight\na,b,1\n')]).code).toBe('no_ends');
  });
});
