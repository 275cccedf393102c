/**
 * networkx reads the GEXF and GraphML files (README, analysis conventions: the numbers are
 * checked against networkx), where /usr/bin/python3 has networkx; elsewhere these tests are
 * skipped and say so in their names.
 */
import { describe, expect, it } from 'vitest';
import { exportDataset } from '../../../src/core/export/exportDataset';
import type { Dataset } from '../../../src/core/model/types';
import { analysis, HAS_NETWORKX, hostile, illustrative, python, withNetworkx } from './exported';

/**
 * Prints the graph networkx read: its kind, every node with its attributes, every edge with its
 * key (the file's edge id) and attributes. networkx knows GEXF 1.1draft and 1.2draft only; 1.3
 * is read by the same reader under its own namespace, which the script adds.
 */
const READ = `
import json, sys
import networkx as nx
from networkx.readwrite.gexf import GEXF

path = sys.argv[1]
if path.endswith('.gexf'):
    if '1.3' not in GEXF.versions:
        GEXF.versions['1.3'] = dict(GEXF.versions['1.2draft'], NS_GEXF='http://gexf.net/1.3',
                                    NS_VIZ='http://gexf.net/1.3/viz', VERSION='1.3')
    g = nx.read_gexf(path, version='1.3')
else:
    g = nx.read_graphml(path)
if g.is_multigraph():
    edges = [[u, v, str(k), d] for u, v, k, d in g.edges(keys=True, data=True)]
else:
    edges = [[u, v, str(d.get('id')), d] for u, v, d in g.edges(data=True)]
print(json.dumps({
    'directed': g.is_directed(),
    'nodes': {n: d for n, d in g.nodes(data=True)},
    'edges': edges,
}))
`;

interface Read {
  directed: boolean;
  nodes: Record<string, Record<string, unknown>>;
  edges: [string, string, string, Record<string, unknown>][];
}

async function readBack(dataset: Dataset, format: 'gexf' | 'graphml'): Promise<Read> {
  const [file] = await exportDataset(dataset, format, { metrics: analysis(dataset) });
  return python(READ, file!) as Read;
}

function checkNetwork(read: Read, dataset: Dataset): void {
  expect(read.directed).toBe(false);
  expect(Object.keys(read.nodes)).toHaveLength(dataset.organizations.length);
  expect(read.edges).toHaveLength(dataset.links.length);
  const metrics = analysis(dataset);
  const dgess = read.nodes['mx-dgess']!;
  expect(dgess.sector).toBe('government');
  expect(dgess.lat).toBe(19.4337);
  expect(dgess.website).toBe('https://mx-dgess.example.org');
  expect(dgess.atlas_degree).toBe(metrics.organizations!.degree!['mx-dgess']);
  expect(dgess.atlas_betweenness).toBeCloseTo(metrics.organizations!.betweenness!['mx-dgess']!, 12);
  expect(dgess.atlas_placeholder).toBe(false);
  // Edges carry no id of the app's (GEXF numbers them, GraphML has none): each link is found by
  // its ends, weight and type.
  const pair = (a: string, b: string) => JSON.stringify([a, b].sort());
  for (const l of dataset.links.slice(0, 50)) {
    const edge = read.edges.find(
      ([u, v, , d]) =>
        pair(u, v) === pair(l.source, l.target) &&
        d.weight === l.weight &&
        d.alliance_type === l.type,
    );
    expect(edge).toBeDefined();
  }
}

describe('networkx', () => {
  it.skipIf(!HAS_NETWORKX)(
    withNetworkx('read_graphml reads the illustrative network: nodes, edges, values, weights'),
    async () => {
      const dataset = illustrative();
      const read = await readBack(dataset, 'graphml');
      checkNetwork(read, dataset);
      const directed = read.edges.filter(([, , , d]) => d.directed === true);
      expect(directed).toHaveLength(dataset.links.filter((l) => l.directed).length);
      expect(read.nodes['mx-dgess']!.name).toBe(dataset.organizations[0]!.name);
    },
  );

  // networkx refuses a GEXF graph whose edges differ in direction ("Directed edge found in
  // undirected graph"): the illustrative network, with directed and undirected links, is an
  // undirected graph with each link's direction as data.
  it.skipIf(!HAS_NETWORKX)(
    withNetworkx('read_gexf reads the illustrative network: nodes, edges, values, weights'),
    async () => {
      const dataset = illustrative();
      expect(new Set(dataset.links.map((l) => l.directed))).toEqual(new Set([true, false]));
      const read = await readBack(dataset, 'gexf');
      checkNetwork(read, dataset);
      const directed = read.edges.filter(([, , , d]) => d.directed === true);
      expect(directed).toHaveLength(dataset.links.filter((l) => l.directed).length);
      const dgess = read.nodes['mx-dgess']!;
      expect(dgess.label).toBe(dataset.organizations[0]!.name);
      expect(dgess.viz).toMatchObject({ color: { r: 0xe6, g: 0x9f, b: 0x00 } });
    },
  );

  it.skipIf(!HAS_NETWORKX)(
    withNetworkx('reads the hostile network’s ids and values exactly, in both formats'),
    async () => {
      for (const format of ['gexf', 'graphml'] as const) {
        const dataset = hostile();
        const read = await readBack(dataset, format);
        expect(Object.keys(read.nodes).sort()).toEqual(
          dataset.organizations.map((o) => o.id).sort(),
        );
        expect(read.nodes['constructor']!.sector).toBe('constructor');
        expect(read.nodes['__proto__']!.__proto__).toBe('proto');
        expect(read.nodes[`<&>"'`]!.atlas_placeholder).toBe(false);
        expect(read.nodes['nobody']!.atlas_placeholder).toBe(true);
        const nameOf = format === 'gexf' ? 'label' : 'name';
        expect(read.nodes['rtl']![nameOf]).toBe('\u202eevil\u202c شبكة עמותה');
        expect(read.edges).toHaveLength(dataset.links.length);
      }
    },
  );
});
