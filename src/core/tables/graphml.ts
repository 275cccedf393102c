/**
 * GraphML as networkx, yEd and Gephi write it → a nodes table and an edges table. Each `<key>`
 * for nodes or edges is a column named by its `attr.name` (so `sector`, `label` or `weight` read
 * as those fields, the rest as attributes), its `<default>` filling the nodes or edges without a
 * value; yEd's node and edge graphics give their label (the text of the first label drawn).
 * Nested graphs (yEd's groups) are read as one; ports are left aside; hyperedges are counted
 * and left aside, with a message.
 */
import type { InputFile } from '../csv/readFile';
import type { IssueLog } from '../issues/importIssues';
import type { TableBuilder } from './memoryTable';
import {
  directedText,
  NetworkTables,
  networkPart,
  readNetworkXml,
  splitName,
  type NetworkItem,
} from './network';
import type { Table } from './table';
import type { XmlHandler } from './xml';
import { fieldOfHeader } from '../csv/headers';

type ItemClass = 'node' | 'edge';

interface Key {
  /** The column's key and name in the table; its index once a value or its default is met. */
  id: string;
  name: string;
  column: number | null;
  default?: string;
}

interface Item extends NetworkItem {
  kind: ItemClass;
  /** An edge's own `directed` XML attribute, which wins over a `directed` key. */
  directed?: string;
  /** An edge's direction when neither says: its graph's default. */
  byDefault?: boolean;
}

/** A `<data>` element being read: whose, which column, its text so far. */
interface Data {
  item: Item;
  column: number;
  text: string;
  /** yEd graphics: only the text of the first label counts. */
  graphics: boolean;
  /** Depth inside the data element, and the depth of the label being read (graphics). */
  depth: number;
  labelDepth: number | null;
  labelRead: boolean;
}

class GraphmlHandler implements XmlHandler {
  readonly network = new NetworkTables();
  hyperedges = 0;
  private readonly keys: Record<ItemClass, Map<string, Key>> = { node: new Map(), edge: new Map() };
  /** yEd's keys whose data draw a node or an edge (their label is read from them). */
  private readonly graphics: Record<ItemClass, Set<string>> = { node: new Set(), edge: new Set() };
  private keyBeingRead: Key[] = [];
  private defaultText: string | null = null;
  /** Each open graph's default direction. */
  private readonly graphs: boolean[] = [];
  /** Open elements: an item, or null for any other. */
  private readonly path: (Item | null)[] = [];
  private data: Data | null = null;
  /** Elements left aside (a hyperedge), and how deep. */
  private skipped = 0;

  constructor() {
    const { nodes, edges } = this.network;
    nodes.column('xml:id', 'id', true);
    nodes.column('yed:label', 'label');
    edges.column('xml:id', 'id');
    edges.column('xml:source', 'source', true);
    edges.column('xml:target', 'target', true);
    edges.column('xml:directed', 'directed', true);
  }

  private builder(kind: ItemClass): TableBuilder {
    return kind === 'node' ? this.network.nodes : this.network.edges;
  }

  open(name: string, attributes: ReadonlyMap<string, string>, line: number): void {
    const { local } = splitName(name);
    const data = this.data;
    if (data) {
      data.depth++;
      if (data.graphics && !data.labelRead && data.labelDepth === null && /Label$/.test(local)) {
        data.labelDepth = data.depth;
      }
      return;
    }
    const parent = this.path.at(-1) ?? null;
    // A hyperedge, and the data of a graph or of a port, are left aside with what they hold.
    if (this.skipped > 0 || local === 'hyperedge' || (local === 'data' && parent === null)) {
      if (this.skipped === 0 && local === 'hyperedge') this.hyperedges++;
      this.skipped++;
      return;
    }
    let item: Item | null = null;
    switch (local) {
      case 'key':
        this.declare(attributes);
        break;
      case 'default':
        if (this.keyBeingRead.length > 0) this.defaultText = '';
        break;
      case 'graph':
        this.network.graphLine ??= line;
        // A nested graph without its own default keeps the one around it.
        this.graphs.push(
          directedText(attributes.get('edgedefault'), this.graphs.at(-1) ?? false) === 'true',
        );
        break;
      case 'node':
      case 'edge':
        item = this.item(local, attributes, line);
        break;
      case 'data':
        this.startData(parent!, attributes.get('key') ?? '');
        break;
    }
    this.path.push(item);
  }

  private declare(attributes: ReadonlyMap<string, string>): void {
    const id = attributes.get('id') ?? '';
    const domain = attributes.get('for') ?? 'all';
    const yfiles = attributes.get('yfiles.type');
    const kinds: ItemClass[] =
      domain === 'all' ? ['node', 'edge'] : domain === 'node' || domain === 'edge' ? [domain] : [];
    this.keyBeingRead = [];
    for (const kind of kinds) {
      if (yfiles !== undefined) {
        if (yfiles === `${kind}graphics`) this.graphics[kind].add(id);
        continue;
      }
      const key: Key = {
        id: `key:${id}`,
        name: attributes.get('attr.name')?.trim() || id,
        column: null,
      };
      this.keys[kind].set(id, key);
      this.keyBeingRead.push(key);
    }
  }

  private item(kind: ItemClass, attributes: ReadonlyMap<string, string>, line: number): Item {
    const builder = this.builder(kind);
    const item: Item = { kind, values: [], line };
    // The content is in the data; of the element's own attributes (ports, parse hints, yEd's
    // folder type) only the id, the ends and the direction are read.
    for (const name of kind === 'node' ? ['id'] : ['id', 'source', 'target']) {
      const value = attributes.get(name);
      if (value !== undefined) item.values[builder.column(`xml:${name}`, name)] = value;
    }
    if (kind === 'edge') {
      item.directed = attributes.get('directed');
      item.byDefault = this.graphs.at(-1) ?? false;
    }
    return item;
  }

  private startData(item: Item, keyId: string): void {
    const graphics = this.graphics[item.kind].has(keyId);
    let column: number;
    if (graphics) column = this.builder(item.kind).column('yed:label', 'label');
    else {
      let key = this.keys[item.kind].get(keyId);
      if (key === undefined) {
        // Data for a key never declared keeps the key's id as its column name.
        key = { id: `key:${keyId}`, name: keyId, column: null };
        this.keys[item.kind].set(keyId, key);
      }
      column = this.columnOf(item.kind, key);
    }
    this.data = { item, column, text: '', graphics, depth: 0, labelDepth: null, labelRead: false };
  }

  text(text: string): void {
    const data = this.data;
    if (data) {
      if (!data.graphics || (data.labelDepth !== null && !data.labelRead)) data.text += text;
    } else if (this.defaultText !== null && this.skipped === 0) this.defaultText += text;
  }

  close(name: string): void {
    const data = this.data;
    if (data) {
      if (data.depth > 0) {
        if (data.labelDepth === data.depth) {
          data.labelDepth = null;
          data.labelRead = true;
        }
        data.depth--;
        return;
      }
      // The data element itself closes.
      const value = data.graphics ? data.text.trim() : data.text;
      if (!data.graphics || value !== '') data.item.values[data.column] = value;
      this.data = null;
      this.path.pop();
      return;
    }
    if (this.skipped > 0) {
      this.skipped--;
      return;
    }
    const item = this.path.pop();
    switch (splitName(name).local) {
      case 'key':
        this.keyBeingRead = [];
        break;
      case 'default':
        for (const key of this.keyBeingRead)
          if (this.defaultText !== null) key.default = this.defaultText;
        this.defaultText = null;
        break;
      case 'graph':
        this.graphs.pop();
        break;
      case 'node':
      case 'edge':
        if (item) this.finish(item);
        break;
    }
  }

  /**
   * A key's column, made when first needed: columns come in the order the data uses them
   * (networkx declares its keys last first).
   */
  private columnOf(kind: ItemClass, key: Key): number {
    // A `directed` key of edges (the app's, in a graph of both kinds) is the edge's direction.
    key.column ??=
      kind === 'edge' && key.name.toLowerCase() === 'directed'
        ? this.network.edges.column('xml:directed', 'directed', true)
        : this.builder(kind).column(key.id, key.name, true);
    return key.column;
  }

  private finish(item: Item): void {
    const { values } = item;
    for (const key of this.keys[item.kind].values()) {
      if (key.default !== undefined) values[this.columnOf(item.kind, key)] ??= key.default;
    }
    if (item.kind === 'edge') {
      // The edge's own attribute, else its `directed` data, else its graph's default.
      const direction = this.network.edges.column('xml:directed', 'directed', true);
      values[direction] = directedText(item.directed ?? values[direction], item.byDefault ?? false);
    } else {
      this.dropDrawnName(values);
    }
    this.builder(item.kind).add(values, item.line);
  }

  /**
   * yEd draws a label, which is read as the node's label; where a key of the node's data holds
   * the name and says the same (as the app's files do, drawing the name), the drawing adds
   * nothing and is not read. A label changed in yEd is still read.
   */
  private dropDrawnName(values: string[]): void {
    const drawn = this.network.nodes.known('yed:label');
    if (drawn === undefined || values[drawn] === undefined) return;
    for (const key of this.keys.node.values()) {
      if (key.column === null || fieldOfHeader(key.name, 'organizations') !== 'name') continue;
      if (values[key.column]?.trim() === values[drawn]) {
        values[drawn] = '';
        return;
      }
    }
  }

  /** Declared keys no node or edge used are still columns of the file, empty ones. */
  finishColumns(): void {
    for (const kind of ['node', 'edge'] as const) {
      for (const key of this.keys[kind].values()) this.columnOf(kind, key);
    }
  }
}

export function openGraphml(
  file: InputFile,
  log: IssueLog,
  onProgress?: (fraction: number) => void,
): Table[] {
  const handler = new GraphmlHandler();
  readNetworkXml(file, handler, log, onProgress);
  handler.finishColumns();
  const tables = handler.network.tables(file);
  if (handler.hyperedges > 0) {
    const count = handler.hyperedges;
    log
      .forFile(networkPart(file, tables))
      .info(
        handler.network.graphLine,
        null,
        'hyperedges_skipped',
        `${file.name} has ${count} hyperedge${count === 1 ? '' : 's'} (ties among more than two nodes), which ${count === 1 ? 'was' : 'were'} not read.`,
        { count },
      );
  }
  return tables;
}
