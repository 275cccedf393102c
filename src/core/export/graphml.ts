/**
 * GraphML with a typed `<key>` for every column (networkx's `read_graphml` gives each value its
 * type), and yEd's shapes beside them (yfiles keys: a disc in the sector's colour, the name as its
 * label, an arrow on a directed link) so that yEd shows the network as it opens it.
 *
 * Every link is an edge of one undirected graph, its direction the boolean `directed`: GraphML
 * readers (networkx among them) refuse a graph whose edges say `directed` differently, and the
 * app's own analysis reads every alliance as an undirected tie. In GraphML `type` means nothing
 * special, but the alliance type is `alliance_type` here as in GEXF. Placeholders are nodes,
 * flagged by `atlas_placeholder`. Edges have no id (GraphML asks for none): an id would come back
 * as a column of the links when the file is imported again.
 */
import type { Dataset } from '../model/types';
import { graphHeader, linkColumns, organizationColumns, type Column } from './columns';
import { textFile, type ExportFile } from './files';
import type { GraphExportOptions } from './gexf';
import { nodeLooks } from './graphLooks';
import { xmlEscape as x, xmlValue } from './xml';

export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';
const YFILES_NAMESPACE = 'http://www.yworks.com/xml/graphml';

const LIST_SEPARATOR = '; ';

/** GraphML's names of the export's column types. */
const GRAPHML_TYPE = { string: 'string', integer: 'int', double: 'double', boolean: 'boolean' };

/** Columns held by the node's or edge's own XML attributes. */
const STRUCTURAL = new Set(['id', 'source', 'target']);

/** yEd's disc, when no size measure is chosen. */
const DEFAULT_SIZE = 30;

function keys<Row>(kind: 'node' | 'edge', prefix: string, columns: readonly Column<Row>[]) {
  return columns.map(
    (column, i) =>
      `  <key id="${prefix}${i}" for="${kind}" attr.name="${x(graphHeader(column))}" attr.type="${GRAPHML_TYPE[column.type]}"/>`,
  );
}

function data<Row>(prefix: string, columns: readonly Column<Row>[], row: Row): string {
  let out = '';
  columns.forEach((column, i) => {
    const value = xmlValue(column.value(row), column.type, LIST_SEPARATOR);
    if (value !== null) out += `<data key="${prefix}${i}">${x(value)}</data>`;
  });
  return out;
}

export function exportGraphml(
  dataset: Dataset,
  options: GraphExportOptions,
  fileName: string,
): ExportFile {
  const notStructural = <Row>(c: Column<Row>) => c.field === undefined || !STRUCTURAL.has(c.field);
  const nodeColumns = organizationColumns(dataset, options.metrics, { placeholders: true }).filter(
    notStructural,
  );
  const edgeColumns = linkColumns(dataset).filter(notStructural);
  const looks = nodeLooks(dataset, options.metrics, options.sizeBy);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${GRAPHML_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="${YFILES_NAMESPACE}" xsi:schemaLocation="${GRAPHML_NAMESPACE} http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">`,
    ...keys('node', 'n', nodeColumns),
    ...keys('edge', 'e', edgeColumns),
    '  <key id="ng" for="node" yfiles.type="nodegraphics"/>',
    '  <key id="eg" for="edge" yfiles.type="edgegraphics"/>',
    '  <graph id="G" edgedefault="undirected">',
  ];
  for (const o of dataset.organizations) {
    const size = looks.size(o) ?? DEFAULT_SIZE;
    const at = options.positions?.get(o.id);
    // yEd places a shape by its top left corner.
    const place =
      at !== undefined && Number.isFinite(at.x) && Number.isFinite(at.y)
        ? ` x="${at.x - size / 2}" y="${at.y - size / 2}"`
        : '';
    const shape =
      `<y:ShapeNode><y:Geometry height="${size}" width="${size}"${place}/>` +
      `<y:Fill color="${looks.colour(o).hex}" transparent="false"/>` +
      `<y:NodeLabel>${x(o.name)}</y:NodeLabel><y:Shape type="ellipse"/></y:ShapeNode>`;
    lines.push(
      `    <node id="${x(o.id)}">${data('n', nodeColumns, o)}<data key="ng">${shape}</data></node>`,
    );
  }
  for (const link of dataset.links) {
    const arrows = `<y:PolyLineEdge><y:Arrows source="none" target="${link.directed ? 'standard' : 'none'}"/></y:PolyLineEdge>`;
    lines.push(
      `    <edge source="${x(link.source)}" target="${x(link.target)}">` +
        `${data('e', edgeColumns, link)}<data key="eg">${arrows}</data></edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return textFile(fileName, lines.join('\n'));
}
