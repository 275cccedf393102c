/**
 * GEXF 1.3 (gexf.net/1.3, with its viz module), as Gephi reads it: organisations as nodes (their
 * name as the label, every other column as a typed attribute, the sector's colour, and a size and
 * a position when given), links as edges with their weight.
 *
 * In GEXF an edge's `type` is its direction, so the alliance type is the attribute
 * `alliance_type`. A network whose links are all directed is a directed graph; any other is
 * undirected, each link's direction kept in the boolean attribute `directed` (networkx's
 * read_gexf refuses a graph whose edges differ in direction, and the analysis reads every
 * alliance as undirected anyway). Placeholders are nodes like the others (every edge needs its two ends),
 * flagged by `atlas_placeholder`.
 *
 * GEXF asks for an id on every edge: the edges are numbered in order, as Gephi numbers them, and
 * the import reads no column from the ids of a file whose creator is this app (ATLAS_CREATOR),
 * so that the file imported again gives the same links and, written again, the same file.
 */
import type { SizeEncoding } from '../looks/encodings';
import type { Dataset } from '../model/types';
import type { AnalysisMetrics } from '../report/reportTypes';
import { graphHeader, linkColumns, organizationColumns, type Column } from './columns';
import { textFile, type ExportFile } from './files';
import { ATLAS_CREATOR } from '../tables/gexf';
import { nodeLooks } from './graphLooks';
import { xmlEscape as x, xmlValue, type Positions } from './xml';

export const GEXF_NAMESPACE = 'http://gexf.net/1.3';
export const GEXF_VIZ_NAMESPACE = 'http://gexf.net/1.3/viz';

/** Between several values of an attribute (themes). */
const LIST_SEPARATOR = '; ';

/** Columns GEXF holds in the node's or edge's own XML attributes, not among its attvalues. */
const STRUCTURAL = new Set(['id', 'name', 'source', 'target', 'weight']);

export interface GraphExportOptions {
  metrics: AnalysisMetrics | null;
  /** Where each organisation is; none, no positions are written. */
  positions?: Positions;
  /** The measure that sizes the organisations; none, no sizes are written. */
  sizeBy?: SizeEncoding;
}

function declarations<Row>(kind: 'node' | 'edge', columns: readonly Column<Row>[]): string[] {
  const lines = [`    <attributes class="${kind}" mode="static">`];
  columns.forEach((column, i) => {
    lines.push(
      `      <attribute id="${i}" title="${x(graphHeader(column))}" type="${column.type}"/>`,
    );
  });
  lines.push('    </attributes>');
  return lines;
}

function attvalues<Row>(columns: readonly Column<Row>[], row: Row): string {
  const values: string[] = [];
  columns.forEach((column, i) => {
    const value = xmlValue(column.value(row), column.type, LIST_SEPARATOR);
    if (value !== null) values.push(`<attvalue for="${i}" value="${x(value)}"/>`);
  });
  return values.length === 0 ? '' : `<attvalues>${values.join('')}</attvalues>`;
}

export function exportGexf(
  dataset: Dataset,
  options: GraphExportOptions,
  fileName: string,
): ExportFile {
  const nodeColumns = organizationColumns(dataset, options.metrics, { placeholders: true }).filter(
    (c) => c.field === undefined || !STRUCTURAL.has(c.field),
  );
  const edgeColumns = linkColumns(dataset).filter(
    (c) => c.field === undefined || !STRUCTURAL.has(c.field),
  );
  const looks = nodeLooks(dataset, options.metrics, options.sizeBy);
  const allDirected = dataset.links.length > 0 && dataset.links.every((l) => l.directed);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${GEXF_VIZ_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GEXF_NAMESPACE} ${GEXF_NAMESPACE}/gexf.xsd" version="1.3">`,
    `  <meta><creator>${ATLAS_CREATOR}</creator><description>${x(dataset.name)}</description></meta>`,
    `  <graph defaultedgetype="${allDirected ? 'directed' : 'undirected'}" mode="static">`,
    ...declarations('node', nodeColumns),
    ...declarations('edge', edgeColumns),
    '    <nodes>',
  ];
  for (const o of dataset.organizations) {
    const { r, g, b } = looks.colour(o);
    const size = looks.size(o);
    const at = options.positions?.get(o.id);
    const placed = at !== undefined && Number.isFinite(at.x) && Number.isFinite(at.y);
    // Gephi's y axis points up, the app's down: the picture keeps its way up.
    const position = placed ? `<viz:position x="${at.x}" y="${-at.y}" z="0"/>` : '';
    lines.push(
      `      <node id="${x(o.id)}" label="${x(o.name)}">${attvalues(nodeColumns, o)}` +
        `<viz:color r="${r}" g="${g}" b="${b}"/>${position}` +
        `${size === null ? '' : `<viz:size value="${size}"/>`}</node>`,
    );
  }
  lines.push('    </nodes>', '    <edges>');
  dataset.links.forEach((link, i) => {
    lines.push(
      `      <edge id="${i}" source="${x(link.source)}" target="${x(link.target)}" weight="${link.weight}">` +
        `${attvalues(edgeColumns, link)}</edge>`,
    );
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return textFile(fileName, lines.join('\n'));
}
