/** Formats told apart by content, never by name. */
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/core/model/importDataset';
import { detectFormat } from '../../../src/core/tables/formats';
import { utf16, utf8 } from '../../fixtures/import/bytes';

const GEXF = '<gexf version="1.3"><graph><nodes><node id="a" label="Á"/></nodes></graph></gexf>';

describe('detectFormat', () => {
  it.each([
    ['a ZIP archive (a workbook)', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'xlsx'],
    ['GEXF', utf8(GEXF), 'gexf'],
    [
      'GEXF with a BOM, a declaration and a comment',
      utf8(`<?xml version="1.0"?>\n<!-- x -->\n${GEXF}`, true),
      'gexf',
    ],
    ['GEXF in UTF-16', utf16(GEXF, 'le'), 'gexf'],
    [
      'GraphML with a prefixed root',
      utf8('<g:graphml xmlns:g="x"><g:graph/></g:graphml>'),
      'graphml',
    ],
    [
      'GraphML after a doctype',
      utf8('<!DOCTYPE graphml [ <!ENTITY a "b"> ]><graphml/>'),
      'graphml',
    ],
    ['XML of another kind', utf8('<?xml version="1.0"?><svg/>'), 'xml'],
    ['CSV', utf8('id,name\n1,A\n'), 'csv'],
    ['CSV whose first header looks like a tag', utf8('<id>,name\n1,A\n'), 'csv'],
    ['an empty file', new Uint8Array(), 'csv'],
  ])('%s', (_, bytes, format) => {
    expect(detectFormat(bytes)).toBe(format);
  });

  it('opens a GEXF file written in UTF-16', () => {
    const d = importDataset([{ name: 'u16.gexf', bytes: utf16(GEXF, 'be') }]);
    expect(d.organizations.map((o) => o.name)).toEqual(['Á']);
  });

  it('opens a GEXF file and a CSV file in one import, each for what it holds', () => {
    const d = importDataset([
      { name: 'nodes.gexf', bytes: utf8(GEXF) },
      { name: 'links.csv', bytes: utf8('source,target\na,b\n') },
    ]);
    expect(d.organizations.map((o) => [o.id, o.placeholder])).toEqual([
      ['a', false],
      ['b', true],
    ]);
    expect(d.name).toBe('nodes');
  });
});
