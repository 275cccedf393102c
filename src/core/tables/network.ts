/**
 * What the XML network formats (GEXF, GraphML) share: a file read into two tables, its nodes
 * (organisations) and its edges (links), named `network.gexf › nodes` and `› edges`, whose rows
 * are the lines of the file where each node and edge starts; and the sentences for a file that
 * cannot be read.
 */
import type { InputFile } from '../csv/readFile';
import type { IssueLog } from '../issues/importIssues';
import { UnusableInputError } from '../issues/issues';
import { TableBuilder } from './memoryTable';
import { tableName, type Table } from './table';
import { readXml, XmlSyntaxError, type XmlHandler } from './xml';

/** A node or an edge being read: its values at their columns' indexes, and its line. */
export interface NetworkItem {
  values: string[];
  line: number;
}

export class NetworkTables {
  readonly nodes = new TableBuilder();
  readonly edges = new TableBuilder();
  /** Lines where the nodes' and the edges' columns are declared or begin (their header row). */
  nodesLine: number | null = null;
  edgesLine: number | null = null;
  graphLine: number | null = null;

  /** The tables with something in them; throws when neither has. */
  tables(file: InputFile): Table[] {
    const describe = (part: 'nodes' | 'edges', line: number | null) => ({
      name: tableName(file.name, part),
      file: file.name,
      sheet: null,
      headerRow: line ?? this.graphLine ?? 1,
      kind: part === 'nodes' ? ('organizations' as const) : ('links' as const),
      multipleTargets: false,
    });
    const tables: Table[] = [];
    if (this.nodes.count > 0) tables.push(this.nodes.build(describe('nodes', this.nodesLine)));
    if (this.edges.count > 0) tables.push(this.edges.build(describe('edges', this.edgesLine)));
    if (tables.length === 0) {
      throw new UnusableInputError(
        `${file.name} holds no nodes and no edges.`,
        file.name,
        'empty',
        'no_nodes',
      );
    }
    return tables;
  }
}

/** The name of a network file's first table, for messages about the whole file. */
export function networkPart(file: InputFile, tables: Table[]): string {
  return tables[0]?.name ?? file.name;
}

/**
 * Reads an XML network with a format's handler; a file that is not well-formed XML gets one
 * sentence naming it, the line and what is wrong there.
 */
export function readNetworkXml(
  file: InputFile,
  handler: XmlHandler,
  log: IssueLog,
  onProgress?: (fraction: number) => void,
): void {
  try {
    readXml(file, handler, log.forFile(file.name), onProgress);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    throw new UnusableInputError(
      `${file.name} is not well-formed XML (line ${error.line}: ${error.detail}), so it cannot be read; export it again.`,
      file.name,
      'unreadable',
      'bad_xml',
      { line: String(error.line), detail: error.detail },
    );
  }
}

/** An element's name without its namespace prefix, and the prefix. */
export function splitName(name: string): { prefix: string; local: string } {
  const colon = name.indexOf(':');
  return colon === -1
    ? { prefix: '', local: name }
    : { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
}

/** True, false: what a direction word of GEXF or GraphML means for a link's `directed` column. */
export function directedText(value: string | undefined, fallback: boolean): string {
  const word = value?.trim().toLowerCase();
  if (word === undefined || word === '') return String(fallback);
  if (word === 'directed' || word === 'true') return 'true';
  if (word === 'undirected' || word === 'mutual' || word === 'false') return 'false';
  return value!;
}
