/**
 * XML read as a stream of events (an element opens, text, an element closes), a chunk of text at
 * a time, with the line of each element: what GEXF and GraphML need, in a worker (which has no
 * DOMParser) and in Node alike, without holding a document tree. It checks what makes a network
 * file unreadable (tags that do not nest, a file cut short) and reads the rest leniently: an
 * entity it does not know (a DTD's) stays as written, and no DTD is ever expanded.
 */
import { isValidUtf8 } from '../csv/decode';
import type { InputFile } from '../csv/readFile';
import type { FileIssues } from '../issues/importIssues';

export interface XmlHandler {
  /** An element opens; `attributes` as written, their entities decoded. */
  open(name: string, attributes: ReadonlyMap<string, string>, line: number): void;
  close(name: string): void;
  /** Character data inside the root element, entities decoded (CDATA as it is). */
  text(text: string): void;
}

/** Where and how a file stops being well-formed XML. */
export class XmlSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly detail: string,
  ) {
    super(`line ${line}: ${detail}`);
    this.name = 'XmlSyntaxError';
  }
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY = /&(?:#(\d{1,7})|#x([\da-fA-F]{1,6})|(lt|gt|amp|quot|apos));/g;

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return PREDEFINED[name]!;
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const NAME = /^[^\s/>=<"'!?]+/;
const ATTRIBUTE = /\s*([^\s=/>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

/** What a markup token is, from its first characters; null while too few have come. */
function markupKind(text: string, at: number, final: boolean): string | null {
  const starts = ['<!--', '<![CDATA[', '<!', '<?', '</'];
  for (const start of starts) {
    if (text.startsWith(start, at)) return start;
    // Not yet known: the text may still go on into this opening.
    if (!final && at + start.length > text.length && start.startsWith(text.slice(at))) return null;
  }
  return '<';
}

/** The end of a tag (past its `>`), skipping `>` inside quoted values; -1 when not there yet. */
function tagEnd(text: string, from: number, brackets: boolean): number {
  let quote = '';
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (brackets && c === '[') depth++;
    else if (brackets && c === ']') depth--;
    else if (c === '>' && depth <= 0) return i + 1;
  }
  return -1;
}

const quoteTag = (name: string) => `<${name}>`;

export class XmlTokenizer {
  private buffer = '';
  private pos = 0;
  /** The line `pos` stands on. */
  private line = 1;
  private carriageReturn = false;
  private readonly open: { name: string; line: number }[] = [];
  private rootSeen = false;
  private rootClosed = false;

  constructor(private readonly handler: XmlHandler) {}

  push(chunk: string): void {
    // XML reads CRLF and a lone CR as LF: so do the lines counted here.
    let text = (this.carriageReturn ? '\r' : '') + chunk;
    this.carriageReturn = text.endsWith('\r');
    if (this.carriageReturn) text = text.slice(0, -1);
    this.buffer = this.buffer.slice(this.pos) + text.replace(/\r\n?/g, '\n');
    this.pos = 0;
    this.parse(false);
  }

  end(): void {
    if (this.carriageReturn) this.buffer = this.buffer.slice(this.pos) + '\n';
    else this.buffer = this.buffer.slice(this.pos);
    this.pos = 0;
    this.carriageReturn = false;
    this.parse(true);
    const unclosed = this.open.at(-1);
    if (unclosed) {
      throw new XmlSyntaxError(
        this.line,
        `the file ends before ${quoteTag(unclosed.name)}, opened on line ${unclosed.line}, is closed`,
      );
    }
    if (!this.rootSeen) throw new XmlSyntaxError(this.line, 'the file holds no XML element');
  }

  private advance(to: number): void {
    const b = this.buffer;
    for (let i = b.indexOf('\n', this.pos); i !== -1 && i < to; i = b.indexOf('\n', i + 1)) {
      this.line++;
    }
    this.pos = to;
  }

  private characters(raw: string, cdata = false): void {
    if (raw === '') return;
    if (this.open.length > 0) {
      this.handler.text(cdata ? raw : decodeEntities(raw));
      return;
    }
    if (/\S/.test(raw)) {
      const where = this.rootClosed
        ? 'after the end of the root element'
        : 'before the root element';
      throw new XmlSyntaxError(this.line, `text stands ${where}`);
    }
  }

  private parse(final: boolean): void {
    const b = this.buffer;
    for (;;) {
      const lt = b.indexOf('<', this.pos);
      if (lt === -1) {
        // Text may end inside an entity: it waits for the next `<`, unless it grows large.
        if (!final && b.length - this.pos <= 1 << 16) return;
        const amp = b.lastIndexOf('&');
        const cut = !final && amp >= this.pos ? amp : b.length;
        this.characters(b.slice(this.pos, cut));
        this.advance(cut);
        return;
      }
      if (lt > this.pos) {
        this.characters(b.slice(this.pos, lt));
        this.advance(lt);
      }
      const kind = markupKind(b, lt, final);
      if (kind === null) return;
      let end: number;
      switch (kind) {
        case '<!--':
          end = b.indexOf('-->', lt + 4);
          end = end === -1 ? -1 : end + 3;
          break;
        case '<![CDATA[':
          end = b.indexOf(']]>', lt + 9);
          end = end === -1 ? -1 : end + 3;
          break;
        case '<?':
          end = b.indexOf('?>', lt + 2);
          end = end === -1 ? -1 : end + 2;
          break;
        default:
          end = tagEnd(b, lt + 1, kind === '<!');
      }
      if (end === -1) {
        if (!final) return;
        const what =
          kind === '<!--' ? 'a comment' : kind === '<![CDATA[' ? 'a CDATA section' : 'a tag';
        throw new XmlSyntaxError(this.line, `the file ends inside ${what}`);
      }
      const line = this.line;
      if (kind === '<![CDATA[') {
        if (this.open.length === 0)
          throw new XmlSyntaxError(line, 'CDATA stands outside the root element');
        this.characters(b.slice(lt + 9, end - 3), true);
      } else if (kind === '</') this.closeTag(b.slice(lt + 2, end - 1).trim(), line);
      else if (kind === '<') this.openTag(b.slice(lt + 1, end - 1), line);
      this.advance(end);
    }
  }

  private openTag(inner: string, line: number): void {
    const empty = inner.endsWith('/');
    const body = empty ? inner.slice(0, -1) : inner;
    const name = NAME.exec(body)?.[0];
    if (name === undefined) throw new XmlSyntaxError(line, 'a tag has no element name');
    if (this.rootClosed) {
      throw new XmlSyntaxError(line, `${quoteTag(name)} stands after the end of the root element`);
    }
    const attributes = new Map<string, string>();
    let at = name.length;
    ATTRIBUTE.lastIndex = at;
    for (let m = ATTRIBUTE.exec(body); m !== null; m = ATTRIBUTE.exec(body)) {
      at = ATTRIBUTE.lastIndex;
      // Literal tabs and line ends in a value read as spaces, as XML normalises them.
      const raw = (m[2] ?? m[3] ?? '').replace(/[\t\n]/g, ' ');
      if (!attributes.has(m[1]!)) attributes.set(m[1]!, decodeEntities(raw));
    }
    if (body.slice(at).trim() !== '') {
      throw new XmlSyntaxError(
        line,
        `the attributes of ${quoteTag(name)} are not written as name="value"`,
      );
    }
    this.rootSeen = true;
    this.handler.open(name, attributes, line);
    if (empty) this.closed(name);
    else this.open.push({ name, line });
  }

  private closeTag(name: string, line: number): void {
    const top = this.open.pop();
    if (top === undefined)
      throw new XmlSyntaxError(line, `</${name}> closes an element that was never opened`);
    if (top.name !== name) {
      throw new XmlSyntaxError(
        line,
        `</${name}> closes ${quoteTag(top.name)}, opened on line ${top.line}`,
      );
    }
    this.closed(name);
  }

  private closed(name: string): void {
    this.handler.close(name);
    if (this.open.length === 0) this.rootClosed = true;
  }
}

/** Bytes decoded at a time. */
const CHUNK_BYTES = 1 << 16;

/** An XML file's encoding: its byte order mark, else its declaration, else UTF-8. */
function xmlEncoding(bytes: Uint8Array): { label: string; skip: number } {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { label: 'utf-8', skip: 3 };
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0)) return { label: 'utf-16le', skip: 0 };
  if ((a === 0xfe && b === 0xff) || (a === 0 && b === 0x3c)) return { label: 'utf-16be', skip: 0 };
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 512));
  const declared = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1];
  return { label: declared?.toLowerCase() ?? 'utf-8', skip: 0 };
}

/**
 * Decodes an XML file a chunk at a time into the tokenizer, reporting the bytes read. Declared
 * UTF-8 that is not falls back to Windows-1252, with a warning, as CSV files do.
 */
export function readXml(
  file: InputFile,
  handler: XmlHandler,
  issues: FileIssues,
  onProgress?: (fraction: number) => void,
): void {
  const { bytes } = file;
  const { label, skip } = xmlEncoding(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { ignoreBOM: false });
  } catch {
    // An encoding the platform does not know: UTF-8 is XML's default.
    decoder = new TextDecoder('utf-8');
  }
  if (decoder.encoding === 'utf-8' && !isValidUtf8(bytes.subarray(skip), false)) {
    issues.warning(
      null,
      null,
      'encoding_fallback',
      `${file.name} is not valid UTF-8, so it was read as Windows-1252 (what Spanish- and French-locale Excel writes); check that accented letters look right.`,
      { encoding: 'windows-1252' },
    );
    decoder = new TextDecoder('windows-1252');
  }
  const tokenizer = new XmlTokenizer(handler);
  const size = bytes.length || 1;
  for (let at = skip; at < bytes.length; at += CHUNK_BYTES) {
    const end = Math.min(bytes.length, at + CHUNK_BYTES);
    tokenizer.push(decoder.decode(bytes.subarray(at, end), { stream: true }));
    onProgress?.(end / size);
  }
  tokenizer.push(decoder.decode());
  tokenizer.end();
}
