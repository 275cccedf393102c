import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { exportDataset } from '../../../src/core/export/exportDataset';
import type { ExportFile } from '../../../src/core/export/files';
import type { GraphExportOptions } from '../../../src/core/export/gexf';
import { NODE_SIZE } from '../../../src/core/looks/encodings';
import { sectorColor } from '../../../src/core/looks/palette';
import type { Dataset } from '../../../src/core/model/types';
import { dataset as datasetOf, link, organization } from '../hostile/hostile';
import { analysis, hostile, illustrative, text } from './exported';

const GEXF = 'http://gexf.net/1.3';
const VIZ = 'http://gexf.net/1.3/viz';
const GRAPHML = 'http://graphml.graphdrawing.org/xmlns';

async function file(
  dataset: Dataset,
  format: 'gexf' | 'graphml',
  options: Partial<GraphExportOptions> = {},
): Promise<ExportFile> {
  const [only] = await exportDataset(dataset, format, { metrics: null, stem: 'net', ...options });
  return only!;
}

/** The file as an XML parser reads it; any error of well-formedness fails the test. */
function parse(exported: ExportFile): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${exported.name}: ${message}`);
    },
  });
  return parser.parseFromString(text(exported), 'text/xml');
}

function all(doc: Document | Element, ns: string, name: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS(ns, name));
}

/** A GEXF node's or edge's attribute values, by title. */
function gexfValues(doc: Document, kind: 'node' | 'edge', element: Element): Map<string, string> {
  const block = all(doc, GEXF, 'attributes').find((a) => a.getAttribute('class') === kind)!;
  const titles = new Map(
    all(block, GEXF, 'attribute').map((a) => [a.getAttribute('id'), a.getAttribute('title')!]),
  );
  return new Map(
    all(element, GEXF, 'attvalue').map((v) => [
      titles.get(v.getAttribute('for'))!,
      v.getAttribute('value')!,
    ]),
  );
}

describe('the GEXF export', () => {
  it('is GEXF 1.3, undirected by default, with typed attributes for every column', async () => {
    const dataset = illustrative();
    const doc = parse(await file(dataset, 'gexf', { metrics: analysis(dataset) }));
    const root = doc.documentElement!;
    expect(root.namespaceURI).toBe(GEXF);
    expect(root.getAttribute('version')).toBe('1.3');
    expect(root.getAttribute('xmlns:viz')).toBe(VIZ);
    expect(all(doc, GEXF, 'graph')[0]!.getAttribute('defaultedgetype')).toBe('undirected');
    const types = new Map(
      all(doc, GEXF, 'attribute').map((a) => [a.getAttribute('title'), a.getAttribute('type')]),
    );
    expect(types.get('sector')).toBe('string');
    expect(types.get('lat')).toBe('double');
    expect(types.get('website')).toBe('string');
    expect(types.get('atlas_degree')).toBe('integer');
    expect(types.get('atlas_betweenness')).toBe('double');
    expect(types.get('atlas_placeholder')).toBe('boolean');
    expect(types.get('alliance_type')).toBe('string');
    expect(all(doc, GEXF, 'node')).toHaveLength(dataset.organizations.length);
    expect(all(doc, GEXF, 'edge')).toHaveLength(dataset.links.length);
  });

  it('keeps the alliance type out of the edge’s type, and each direction as data', async () => {
    const dataset = illustrative();
    const doc = parse(await file(dataset, 'gexf'));
    const edges = all(doc, GEXF, 'edge');
    // Directed and undirected links in one network: one undirected graph, as networkx reads it.
    expect(edges.every((e) => e.getAttribute('type') === null)).toBe(true);
    const directed = edges.filter((e) => gexfValues(doc, 'edge', e).get('directed') === 'true');
    expect(directed).toHaveLength(dataset.links.filter((l) => l.directed).length);
    // Edges are numbered in order, as Gephi numbers them (the ids are no data of the links).
    expect(edges.map((e) => e.getAttribute('id'))).toEqual(dataset.links.map((_, i) => `${i}`));
    const first = dataset.links[0]!;
    const edge = edges[0]!;
    expect(gexfValues(doc, 'edge', edge).get('alliance_type')).toBe(first.type);
    expect(Number(edge.getAttribute('weight'))).toBe(first.weight);
  });

  it('is a directed graph when every link is directed', async () => {
    const dataset = illustrative();
    const doc = parse(
      await file(
        { ...dataset, links: dataset.links.map((l) => ({ ...l, directed: true })) },
        'gexf',
      ),
    );
    expect(all(doc, GEXF, 'graph')[0]!.getAttribute('defaultedgetype')).toBe('directed');
  });

  it('colours each organisation by the app’s sector palette; positions and sizes only if given', async () => {
    const dataset = illustrative();
    const plain = parse(await file(dataset, 'gexf'));
    expect(all(plain, VIZ, 'position')).toEqual([]);
    expect(all(plain, VIZ, 'size')).toEqual([]);
    for (const node of all(plain, GEXF, 'node').slice(0, 20)) {
      const o = dataset.organizations.find((x) => x.id === node.getAttribute('id'))!;
      const colour = all(node, VIZ, 'color')[0]!;
      const hex = ['r', 'g', 'b']
        .map((c) => Number(colour.getAttribute(c)).toString(16).padStart(2, '0'))
        .join('');
      expect(`#${hex}`.toUpperCase()).toBe(sectorColor(o.sector).toUpperCase());
    }
    const positions = new Map(dataset.organizations.map((o, i) => [o.id, { x: i, y: 2 * i }]));
    const placed = parse(
      await file(dataset, 'gexf', { metrics: analysis(dataset), positions, sizeBy: 'degree' }),
    );
    const second = all(placed, GEXF, 'node')[1]!;
    const position = all(second, VIZ, 'position')[0]!;
    // Gephi's y axis points up.
    expect([position.getAttribute('x'), position.getAttribute('y')]).toEqual(['1', '-2']);
    const sizes = all(placed, VIZ, 'size').map((s) => Number(s.getAttribute('value')));
    expect(sizes).toHaveLength(dataset.organizations.length);
    expect(Math.max(...sizes)).toBe(NODE_SIZE.max);
  });

  it('escapes every text, and replaces what XML 1.0 cannot hold', async () => {
    const name = 'a\u0001b\uFFFFc\uD800d\ttab\nline\r<&>"\'';
    const dataset = datasetOf(
      [organization('__proto__', { name }), organization(`<&>"'`), organization('x y')],
      [link('L1', '__proto__', `<&>"'`, { type: '<b>' })],
    );
    const doc = parse(await file(dataset, 'gexf'));
    const nodes = all(doc, GEXF, 'node');
    expect(nodes.map((n) => n.getAttribute('id'))).toEqual(['__proto__', `<&>"'`, 'x y']);
    expect(nodes[0]!.getAttribute('label')).toBe('a\uFFFDb\uFFFDc\uFFFDd\ttab\nline\r<&>"\'');
    const edge = all(doc, GEXF, 'edge')[0]!;
    expect(edge.getAttribute('target')).toBe(`<&>"'`);
    expect(gexfValues(doc, 'edge', edge).get('alliance_type')).toBe('<b>');
  });

  it('reads back the hostile network’s ids, names and attributes exactly', async () => {
    const dataset = hostile();
    const doc = parse(await file(dataset, 'gexf'));
    const nodes = all(doc, GEXF, 'node');
    expect(nodes.map((n) => n.getAttribute('id'))).toEqual(dataset.organizations.map((o) => o.id));
    expect(nodes.map((n) => n.getAttribute('label'))).toEqual(
      dataset.organizations.map((o) => o.name),
    );
    expect(gexfValues(doc, 'node', nodes[0]!).get('__proto__')).toBe('proto');
    expect(gexfValues(doc, 'node', nodes[5]!).get('atlas_placeholder')).toBe('true');
  });
});

describe('the GraphML export', () => {
  it('declares a typed key for every column, one undirected graph, direction as data', async () => {
    const dataset = illustrative();
    const doc = parse(await file(dataset, 'graphml', { metrics: analysis(dataset) }));
    expect(doc.documentElement!.namespaceURI).toBe(GRAPHML);
    const keys = all(doc, GRAPHML, 'key').filter((k) => k.getAttribute('attr.name'));
    const type = (forWhat: string, name: string) =>
      keys
        .find((k) => k.getAttribute('for') === forWhat && k.getAttribute('attr.name') === name)
        ?.getAttribute('attr.type');
    expect(type('node', 'name')).toBe('string');
    expect(type('node', 'lat')).toBe('double');
    expect(type('node', 'atlas_core_number')).toBe('int');
    expect(type('node', 'atlas_placeholder')).toBe('boolean');
    expect(type('edge', 'weight')).toBe('double');
    expect(type('edge', 'directed')).toBe('boolean');
    expect(type('edge', 'alliance_type')).toBe('string');
    expect(all(doc, GRAPHML, 'graph')[0]!.getAttribute('edgedefault')).toBe('undirected');
    const edges = all(doc, GRAPHML, 'edge');
    expect(edges.filter((e) => e.hasAttribute('directed'))).toEqual([]);
    expect(edges).toHaveLength(dataset.links.length);
  });

  it('draws for yEd: the sector’s colour, the name, an arrow on a directed link', async () => {
    const dataset = illustrative();
    const doc = parse(await file(dataset, 'graphml'));
    const Y = 'http://www.yworks.com/xml/graphml';
    const first = all(doc, GRAPHML, 'node')[0]!;
    const o = dataset.organizations[0]!;
    expect(all(first, Y, 'Fill')[0]!.getAttribute('color')).toBe(sectorColor(o.sector));
    expect(all(first, Y, 'NodeLabel')[0]!.textContent).toBe(o.name);
    const arrows = all(doc, Y, 'Arrows').map((a) => a.getAttribute('target'));
    expect(arrows.filter((a) => a === 'standard')).toHaveLength(
      dataset.links.filter((l) => l.directed).length,
    );
  });

  it('reads back the hostile network’s ids and values exactly', async () => {
    const dataset = hostile();
    const doc = parse(await file(dataset, 'graphml'));
    const nodes = all(doc, GRAPHML, 'node');
    expect(nodes.map((n) => n.getAttribute('id'))).toEqual(dataset.organizations.map((o) => o.id));
    const edges = all(doc, GRAPHML, 'edge');
    expect(edges.map((e) => e.getAttribute('target'))).toEqual(dataset.links.map((l) => l.target));
  });
});
