/** The streaming XML reader: events and lines whatever the chunks, and what it refuses. */
import { describe, expect, it } from 'vitest';
import { XmlSyntaxError, XmlTokenizer, type XmlHandler } from '../../../src/core/tables/xml';

type Event = [string, ...unknown[]];

function events(chunks: string[]): Event[] {
  const out: Event[] = [];
  const handler: XmlHandler = {
    open: (name, attributes, line) =>
      out.push(['open', name, Object.fromEntries(attributes), line]),
    close: (name) => out.push(['close', name]),
    text: (text) => {
      const last = out.at(-1);
      // Text may come in pieces: joined here so that tests read it whole.
      if (last?.[0] === 'text') last[1] = `${last[1] as string}${text}`;
      else out.push(['text', text]);
    },
  };
  const tokenizer = new XmlTokenizer(handler);
  for (const chunk of chunks) tokenizer.push(chunk);
  tokenizer.end();
  return out.filter((e) => e[0] !== 'text' || (e[1] as string).trim() !== '');
}

function syntaxError(text: string): XmlSyntaxError {
  try {
    events([text]);
  } catch (error) {
    expect(error).toBeInstanceOf(XmlSyntaxError);
    return error as XmlSyntaxError;
  }
  throw new Error('expected an XmlSyntaxError');
}

const DOCUMENT = [
  "<?xml version='1.0' encoding='UTF-8'?>",
  '<!DOCTYPE gexf [ <!ENTITY x "y"> ]>',
  '<!-- a comment with <tags> inside -->',
  '<root a="1" b=\'two words\'>',
  '  <item label="A &amp; B &lt;&#233;&#xE9;&gt;" empty=""/>',
  '  <text>Caf&eacute; &quot;x&quot; <![CDATA[<not a tag> & co]]></text>',
  '  <viz:color r="1"',
  '     g="2"/>',
  '</root>',
  '',
].join('\n');

const EXPECTED: Event[] = [
  ['open', 'root', { a: '1', b: 'two words' }, 4],
  ['open', 'item', { label: 'A & B <éé>', empty: '' }, 5],
  ['close', 'item'],
  ['open', 'text', {}, 6],
  ['text', 'Caf&eacute; "x" <not a tag> & co'],
  ['close', 'text'],
  ['open', 'viz:color', { r: '1', g: '2' }, 7],
  ['close', 'viz:color'],
  ['close', 'root'],
];

describe('XmlTokenizer', () => {
  it('gives elements, attributes, text and the line each element opens on', () => {
    expect(events([DOCUMENT])).toEqual(EXPECTED);
  });

  it('gives the same events however the text is cut into chunks', () => {
    for (const size of [1, 2, 3, 7, 64]) {
      const chunks: string[] = [];
      for (let at = 0; at < DOCUMENT.length; at += size) chunks.push(DOCUMENT.slice(at, at + size));
      expect(events(chunks), `chunks of ${size}`).toEqual(EXPECTED);
    }
  });

  it('counts CRLF, LF and a lone CR as one line end each, even cut between CR and LF', () => {
    const text = '<a>\r\n<b/>\r<c/>\n<d/></a>';
    const lines = (chunks: string[]) =>
      events(chunks)
        .filter((e) => e[0] === 'open')
        .map((e) => [e[1], e[3]]);
    const wanted = [
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 4],
    ];
    expect(lines([text])).toEqual(wanted);
    expect(lines(['<a>\r', '\n<b/>\r', '<c/>\n<d/></a>'])).toEqual(wanted);
  });

  it('reads a tag whose quoted value holds > and line ends', () => {
    expect(events(['<a t="x > y\nz"/>'])).toEqual([
      ['open', 'a', { t: 'x > y z' }, 1],
      ['close', 'a'],
    ]);
  });

  it.each([
    ['<a><b></a>', 1, '</a> closes <b>, opened on line 1'],
    ['<a>\n<b>\n</c></a>', 3, '</c> closes <b>, opened on line 2'],
    ['<a>\n<b>', 2, 'the file ends before <b>, opened on line 2, is closed'],
    ['<a><b x="1', 1, 'the file ends inside a tag'],
    ['<a><!-- never closed', 1, 'the file ends inside a comment'],
    ['</a>', 1, '</a> closes an element that was never opened'],
    ['<a/><b/>', 1, '<b> stands after the end of the root element'],
    ['<a x=1/>', 1, 'the attributes of <a> are not written as name="value"'],
    ['just text', 1, 'text stands before the root element'],
    ['<?xml version="1.0"?>\n', 2, 'the file holds no XML element'],
  ])('refuses %j at line %i: %s', (text, line, detail) => {
    const error = syntaxError(text);
    expect([error.line, error.detail]).toEqual([line, detail]);
  });
});
