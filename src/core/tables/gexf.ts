/**
 * GEXF 1.1–1.3 as Gephi writes it → a nodes table and an edges table. A node's id and label,
 * then its attributes under their titles (so `sector` or `country` read as those fields, the
 * rest as attributes); an edge's source, target, its direction (the GEXF edge `type` is
 * directed or undirected, not the kind of alliance), weight, kind, label and attributes. Viz
 * data (colour, position, size) and hierarchy are left aside. A dynamic network opens as the
 * union of its times: each attribute's static value, else its latest, and an edge's start and
 * end (or its spells' span) as its since and until, with a message saying so.
 */
import type { InputFile } from '../csv/readFile';
import type { IssueLog } from '../issues/importIssues';
import type { Table } from './table';
import {
  directedText,
  NetworkTables,
  networkPart,
  readNetworkXml,
  splitName,
  type NetworkItem,
} from './network';
import type { TableBuilder } from './memoryTable';
import type { XmlHandler } from './xml';

type ItemClass = 'node' | 'edge';

interface Declaration {
  column: number;
  default?: string;
}

/**
 * The creator this app writes in its files' `<meta>`: their edge ids number the edges and are no
 * data of the links (GEXF requires an id on every edge), so they are not read as a column.
 */
export const ATLAS_CREATOR = 'Alliance Atlas';

/** A value over time: its interval's ends as written (absent: unbounded). */
interface TimedValue {
  value: string;
  start: string | undefined;
  end: string | undefined;
}

interface Item extends NetworkItem {
  kind: ItemClass;
  /** An edge's own `type` (its direction), which wins over a `directed` attribute. */
  type: string | undefined;
  timed: Map<number, TimedValue>;
  spells: { start: string | undefined; end: string | undefined }[];
}

/** Compares two GEXF times: numbers as numbers, dates as ISO text. */
function compareTime(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (a.trim() !== '' && b.trim() !== '' && Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `a` is a later value than `b`: it ends later (no end is latest), then starts later. */
function later(a: TimedValue, b: TimedValue): boolean {
  if (a.end === undefined || b.end === undefined) {
    if (a.end !== b.end) return a.end === undefined;
  } else if (compareTime(a.end, b.end) !== 0) return compareTime(a.end, b.end) > 0;
  if (a.start === undefined) return false;
  return b.start === undefined || compareTime(a.start, b.start) > 0;
}

const START = ['start', 'startopen'];
const END = ['end', 'endopen'];
const timeOf = (attributes: ReadonlyMap<string, string>, names: string[]) =>
  names.map((n) => attributes.get(n)).find((v) => v !== undefined);

class GexfHandler implements XmlHandler {
  readonly network = new NetworkTables();
  /** Something in the file changes over time. */
  dynamic = false;
  private rootPrefix: string | null = null;
  /** Elements of another namespace (viz:…) being skipped, and how deep. */
  private foreign = 0;
  private directedByDefault = false;
  private readonly declarations: Record<ItemClass, Map<string, Declaration>> = {
    node: new Map(),
    edge: new Map(),
  };
  private declaringClass: ItemClass | null = null;
  private declaring: Declaration | null = null;
  private defaultText: string | null = null;
  private readonly items: Item[] = [];
  /** The text of `<meta><creator>` while it is read, then the creator. */
  private creatorText: string | null = null;
  private creator: string | null = null;

  constructor() {
    const { nodes, edges } = this.network;
    nodes.column('xml:id', 'id', true);
    nodes.column('xml:label', 'label');
    edges.column('xml:id', 'id');
    edges.column('xml:source', 'source', true);
    edges.column('xml:target', 'target', true);
    edges.column('xml:directed', 'directed', true);
    for (const name of ['weight', 'kind', 'label', 'start', 'end'])
      edges.column(`xml:${name}`, name);
  }

  private builder(kind: ItemClass): TableBuilder {
    return kind === 'node' ? this.network.nodes : this.network.edges;
  }

  open(name: string, attributes: ReadonlyMap<string, string>, line: number): void {
    const { prefix, local } = splitName(name);
    this.rootPrefix ??= prefix;
    if (this.foreign > 0 || prefix !== this.rootPrefix) {
      this.foreign++;
      return;
    }
    const item = this.items.at(-1);
    switch (local) {
      case 'creator':
        this.creatorText = '';
        break;
      case 'graph':
        this.network.graphLine ??= line;
        this.directedByDefault = directedText(attributes.get('defaultedgetype'), false) === 'true';
        if (attributes.get('mode') === 'dynamic') this.dynamic = true;
        break;
      case 'attributes':
        this.declaringClass = attributes.get('class') === 'edge' ? 'edge' : 'node';
        if (this.declaringClass === 'node') this.network.nodesLine ??= line;
        else this.network.edgesLine ??= line;
        break;
      case 'attribute':
        this.declare(attributes);
        break;
      case 'default':
        if (this.declaring) this.defaultText = '';
        break;
      case 'nodes':
        this.network.nodesLine ??= line;
        break;
      case 'edges':
        this.network.edgesLine ??= line;
        break;
      case 'node':
      case 'edge':
        this.items.push(this.item(local, attributes, line));
        break;
      case 'attvalue':
        if (item) this.attvalue(item, attributes);
        break;
      case 'spell':
        if (item) {
          item.spells.push({ start: timeOf(attributes, START), end: timeOf(attributes, END) });
          this.dynamic = true;
        }
        break;
    }
  }

  private declare(attributes: ReadonlyMap<string, string>): void {
    const kind = this.declaringClass;
    if (kind === null) return;
    const id = attributes.get('id') ?? attributes.get('title') ?? '';
    const title = attributes.get('title')?.trim() || id;
    // An edge attribute `directed` (the app's, in a graph of both kinds) is the edge's direction.
    const column =
      kind === 'edge' && title.toLowerCase() === 'directed'
        ? this.network.edges.column('xml:directed', 'directed', true)
        : this.builder(kind).column(`att:${id}`, title, true);
    const declaration = { column };
    this.declarations[kind].set(id, declaration);
    this.declaring = declaration;
  }

  private item(kind: ItemClass, attributes: ReadonlyMap<string, string>, line: number): Item {
    const builder = this.builder(kind);
    const item: Item = {
      kind,
      values: [],
      line,
      type: kind === 'edge' ? attributes.get('type') : undefined,
      timed: new Map(),
      spells: [],
    };
    const ownIds = kind === 'edge' && this.creator === ATLAS_CREATOR;
    for (const [name, value] of attributes) {
      if (START.includes(name) || END.includes(name)) this.dynamic = true;
      if (kind === 'edge' && (name === 'type' || (name === 'id' && ownIds))) continue;
      // An open interval's end is still its end, for a network seen as a whole.
      const column = name === 'startopen' ? 'start' : name === 'endopen' ? 'end' : name;
      item.values[builder.column(`xml:${column}`, column)] = value;
    }
    return item;
  }

  private attvalue(item: Item, attributes: ReadonlyMap<string, string>): void {
    const id = attributes.get('for') ?? attributes.get('id') ?? '';
    let declaration = this.declarations[item.kind].get(id);
    if (declaration === undefined) {
      // Gephi and graphology read an undeclared attribute under its id; so does the app.
      declaration = { column: this.builder(item.kind).column(`att:${id}`, id) };
      this.declarations[item.kind].set(id, declaration);
    }
    const value = attributes.get('value') ?? '';
    const start = timeOf(attributes, START);
    const end = timeOf(attributes, END);
    if (start === undefined && end === undefined) {
      item.values[declaration.column] = value;
      return;
    }
    this.dynamic = true;
    const timed = { value, start, end };
    const known = item.timed.get(declaration.column);
    if (known === undefined || later(timed, known)) item.timed.set(declaration.column, timed);
  }

  text(text: string): void {
    if (this.foreign > 0) return;
    if (this.defaultText !== null) this.defaultText += text;
    if (this.creatorText !== null) this.creatorText += text;
  }

  close(name: string): void {
    if (this.foreign > 0) {
      this.foreign--;
      return;
    }
    switch (splitName(name).local) {
      case 'creator':
        this.creator = this.creatorText?.trim() ?? null;
        this.creatorText = null;
        break;
      case 'attributes':
        this.declaringClass = null;
        break;
      case 'attribute':
        this.declaring = null;
        break;
      case 'default':
        if (this.declaring && this.defaultText !== null) this.declaring.default = this.defaultText;
        this.defaultText = null;
        break;
      case 'node':
      case 'edge':
        this.finish(this.items.pop()!);
        break;
    }
  }

  private finish(item: Item): void {
    const { values } = item;
    for (const [column, timed] of item.timed) values[column] ??= timed.value;
    for (const declaration of this.declarations[item.kind].values()) {
      if (declaration.default !== undefined) values[declaration.column] ??= declaration.default;
    }
    if (item.kind === 'edge') {
      // The edge's type, else its `directed` attribute, else the graph's default.
      const direction = this.network.edges.column('xml:directed', 'directed', true);
      values[direction] = directedText(item.type ?? values[direction], this.directedByDefault);
    }
    if (item.kind === 'edge' && item.spells.length > 0) {
      // The spells' span: from the first start to the last end, unbounded if one is.
      const edges = this.network.edges;
      const span = (pick: 'start' | 'end', sign: number) => {
        let best: string | undefined;
        for (const spell of item.spells) {
          const t = spell[pick];
          if (t === undefined) return undefined;
          if (best === undefined || sign * compareTime(t, best) > 0) best = t;
        }
        return best;
      };
      const start = edges.column('xml:start', 'start');
      const end = edges.column('xml:end', 'end');
      values[start] ??= span('start', -1) ?? '';
      values[end] ??= span('end', 1) ?? '';
    }
    this.builder(item.kind).add(values, item.line);
  }
}

export function openGexf(
  file: InputFile,
  log: IssueLog,
  onProgress?: (fraction: number) => void,
): Table[] {
  const handler = new GexfHandler();
  readNetworkXml(file, handler, log, onProgress);
  const tables = handler.network.tables(file);
  if (handler.dynamic) {
    log
      .forFile(networkPart(file, tables))
      .info(
        handler.network.graphLine,
        null,
        'dynamic_network',
        `${file.name} is a dynamic network: where an attribute has values over time the latest was taken, every node and edge is included whatever its time, and the edges' start and end were read as their since and until.`,
        {},
      );
  }
  return tables;
}
