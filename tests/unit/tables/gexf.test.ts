/**
 * GEXF as Gephi writes it: Gephi's own Les Misérables sample, the GEXF primer's dynamic sample
 * (tests/fixtures/formats/README.md says where they come from), and the features of the format
 * one at a time.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/core/model/importDataset';
import { UnusableInputError } from '../../../src/core/issues/issues';
import type { Dataset } from '../../../src/core/model/types';
import { detectFormat } from '../../../src/core/tables/formats';
import { hasNetworkx, python, saySkipped } from '../../fixtures/formats/python';

const FIXTURES = 'tests/fixtures/formats';
const fixture = (name: string) => ({ name, bytes: readFileSync(`${FIXTURES}/${name}`) });
const gexf = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const byId = (d: Dataset, id: string) => d.organizations.find((o) => o.id === id)!;

function graph(body: string, graphAttributes = 'defaultedgetype="undirected"'): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.2" xmlns:viz="http://gexf.net/1.2/viz" version="1.2">',
    `  <graph ${graphAttributes}>`,
    body,
    '  </graph>',
    '</gexf>',
  ].join('\n');
}

describe("Gephi's Les Misérables sample", () => {
  const file = fixture('les-miserables.gexf');
  const d = importDataset([file]);

  it('is told by its content', () => {
    expect(detectFormat(file.bytes)).toBe('gexf');
    expect(importDataset([{ name: 'miserables.txt', bytes: file.bytes }]).links).toHaveLength(254);
  });

  it('opens with its 77 characters and 254 co-appearances', () => {
    expect(d.name).toBe('les-miserables');
    expect(d.organizations).toHaveLength(77);
    expect(d.links).toHaveLength(254);
    expect(d.organizations.some((o) => o.placeholder)).toBe(false);
  });

  it('takes the label as the name and keeps the modularity class under its title', () => {
    expect(byId(d, '11')).toMatchObject({ name: 'Valjean', row: 12 });
    expect(byId(d, '11').attributes['Modularity Class']).toBe('1');
    expect(byId(d, '0').attributes['Modularity Class']).toBe('0');
    expect(d.organizationColumns).toEqual(['Modularity Class']);
  });

  it('reads weights (1 where Gephi writes none) and undirected edges, viz data aside', () => {
    const link = d.links.find((l) => l.source === '2' && l.target === '0')!;
    expect(link).toMatchObject({ weight: 8, directed: false, type: null });
    expect(d.links.find((l) => l.source === '1' && l.target === '0')!.weight).toBe(1);
    expect(d.links.every((l) => !l.directed)).toBe(true);
    expect(d.linkColumns).toEqual(['id']);
  });

  it('says nothing above info, naming the nodes and the edges part', () => {
    expect(d.issues.filter((i) => i.level !== 'info')).toEqual([]);
    expect(new Set(d.issues.map((i) => i.file))).toEqual(
      new Set(['les-miserables.gexf › nodes', 'les-miserables.gexf › edges']),
    );
  });

  it.skipIf(!hasNetworkx)('holds the weighted ties of networkx’s les_miserables_graph', () => {
    const reference = JSON.parse(
      python(
        'import json, networkx as nx\n' +
          'g = nx.les_miserables_graph()\n' +
          'print(json.dumps(sorted([sorted([u, v]) + [d["weight"]] for u, v, d in g.edges(data=True)])))',
      ),
    ) as [string, string, number][];
    const name = new Map(d.organizations.map((o) => [o.id, o.name]));
    const ours = d.links
      .map((l) => [...[name.get(l.source)!, name.get(l.target)!].sort(), l.weight])
      .sort((a, b) => String(a).localeCompare(String(b)));
    reference.sort((a, b) => String(a).localeCompare(String(b)));
    expect(ours).toEqual(reference);
  });
  saySkipped('Les Misérables against networkx');

  it('reports progress from 0 to 1 in order', () => {
    const fractions: number[] = [];
    importDataset([file], { onProgress: (f) => fractions.push(f) });
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });
});

describe('the dynamic sample of the GEXF primer', () => {
  const d = importDataset([fixture('dynamics.gexf')]);

  it('opens with every node and edge, whatever its time', () => {
    expect(d.organizations.map((o) => [o.id, o.name])).toEqual([
      ['0', 'Gephi'],
      ['1', 'Network'],
      ['2', 'Visualization'],
      ['3', 'Graph'],
    ]);
    expect(d.links).toHaveLength(5);
  });

  it('takes the static value, else the latest, and the declared default', () => {
    expect(d.organizations.map((o) => o.attributes.indegree)).toEqual(['1', '1', '1', '1']);
    expect(d.organizations.map((o) => o.attributes.frog)).toEqual([
      'true',
      'true',
      'true',
      'false',
    ]);
    expect(byId(d, '0').attributes.url).toBe('http://gephi.org');
  });

  it('reads the edges’ start and end as since and until, the default direction as directed', () => {
    expect(d.links.map((l) => [l.source, l.target, l.since, l.until, l.directed])).toEqual([
      ['0', '1', '2009-03-01', null, true],
      ['0', '2', '2009-03-01', '2009-03-10', true],
      ['1', '0', '2009-03-01', null, true],
      ['2', '1', null, '2009-03-10', true],
      ['0', '3', '2009-03-01', null, true],
    ]);
  });

  it('says what was assumed, once, with the graph’s line', () => {
    const dynamic = d.issues.filter((i) => i.code === 'dynamic_network');
    expect(dynamic).toHaveLength(1);
    expect(dynamic[0]).toMatchObject({ level: 'info', file: 'dynamics.gexf › nodes', row: 7 });
    expect(dynamic[0]!.message).toMatch(/^dynamics\.gexf is a dynamic network: /);
  });
});

describe('GEXF, feature by feature', () => {
  it('recognises sector, country and year attributes by their titles, like CSV headers', () => {
    const d = importDataset([
      gexf(
        'red.gexf',
        graph(`
    <attributes class="node">
      <attribute id="0" title="Sector" type="string"/>
      <attribute id="1" title="País" type="string"/>
      <attribute id="2" title="Fundada" type="integer"/>
    </attributes>
    <attributes class="edge">
      <attribute id="t" title="tipo" type="string"/>
      <attribute id="y" title="desde" type="integer"/>
    </attributes>
    <nodes>
      <node id="n1" label="Cooperativa Pascual"><attvalues><attvalue for="0" value="cooperativa"/><attvalue for="1" value="México"/><attvalue for="2" value="1985"/></attvalues><viz:color r="1" g="2" b="3"/><viz:position x="1.5" y="-2"/><viz:size value="10"/></node>
      <node id="n2" label="OIT"><attvalues><attvalue for="0" value="international"/><attvalue for="1" value="CH"/></attvalues></node>
    </nodes>
    <edges>
      <edge id="e1" source="n1" target="n2" weight="2.5" label="Convenio"><attvalues><attvalue for="t" value="funding"/><attvalue for="y" value="2019"/></attvalues><viz:thickness value="3"/></edge>
    </edges>`),
      ),
    ]);
    expect(d.organizations.map((o) => [o.id, o.name, o.sector, o.country])).toEqual([
      ['n1', 'Cooperativa Pascual', 'cooperative', 'MX'],
      ['n2', 'OIT', 'international', 'CH'],
    ]);
    expect(d.organizations[0]!.attributes).toEqual({ Fundada: '1985' });
    expect(d.links[0]).toMatchObject({
      type: 'funding',
      weight: 2.5,
      since: '2019',
      scope: 'international',
      attributes: { id: 'e1', label: 'Convenio' },
    });
  });

  it('reads the edge type as the direction, never as the alliance type; kind is the type', () => {
    const d = importDataset([
      gexf(
        'dir.gexf',
        graph(
          `<nodes><node id="a"/><node id="b"/></nodes>
    <edges>
      <edge source="a" target="b"/>
      <edge source="a" target="b" type="undirected" kind="membership"/>
      <edge source="b" target="a" type="mutual"/>
    </edges>`,
          'defaultedgetype="directed"',
        ),
      ),
    ]);
    expect(d.links.map((l) => [l.directed, l.type])).toEqual([
      [true, null],
      [false, 'membership'],
      [false, null],
    ]);
  });

  it('reads nested nodes (a hierarchy) as nodes, and an undeclared attribute under its id', () => {
    const d = importDataset([
      gexf(
        'tree.gexf',
        graph(`<nodes>
      <node id="fed" label="Federación"><attvalues><attvalue for="sector" value="network"/></attvalues>
        <nodes><node id="c1" label="Coop 1" pid="fed"/></nodes>
      </node>
    </nodes>`),
      ),
    ]);
    expect(d.organizations.map((o) => [o.id, o.sector, o.attributes.pid])).toEqual([
      ['c1', null, 'fed'],
      ['fed', 'network', ''],
    ]);
  });

  it('makes placeholders for edge ends that no node declares, as Gephi does', () => {
    const d = importDataset([
      gexf(
        'ends.gexf',
        graph('<nodes><node id="a"/></nodes><edges><edge source="a" target="z"/></edges>'),
      ),
    ]);
    expect(d.organizations.map((o) => [o.id, o.placeholder])).toEqual([
      ['a', false],
      ['z', true],
    ]);
    expect(d.issues.find((i) => i.code === 'unknown_endpoint')).toMatchObject({
      file: 'ends.gexf › edges',
      row: 4,
    });
  });

  it('names a repeated node id with both lines', () => {
    const d = importDataset([
      gexf('dup.gexf', graph('<nodes>\n<node id="a"/>\n<node id="a"/>\n</nodes>')),
    ]);
    expect(d.issues.find((i) => i.code === 'duplicate_id')).toMatchObject({
      level: 'error',
      file: 'dup.gexf › nodes',
      row: 6,
      params: { id: 'a', firstRow: 5 },
    });
  });

  it('opens nodes without edges as organisations without alliances', () => {
    const d = importDataset([
      gexf('solo.gexf', graph('<nodes><node id="a"/><node id="b"/></nodes><edges/>')),
    ]);
    expect(d.organizations).toHaveLength(2);
    expect(d.links).toEqual([]);
  });

  it('refuses a file without nodes or edges in one sentence', () => {
    expect(() => importDataset([gexf('vacío.gexf', graph('<nodes/>'))])).toThrow(
      'vacío.gexf holds no nodes and no edges.',
    );
  });

  it('refuses XML that is not well formed in one sentence naming the file and the line', () => {
    let error: unknown;
    try {
      importDataset([gexf('roto.gexf', graph('<nodes>\n<node id="a">\n</nodes>'))]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnusableInputError);
    const { message, code, file, reason, params } = error as UnusableInputError;
    expect({ code, file, reason, params }).toEqual({
      code: 'bad_xml',
      file: 'roto.gexf',
      reason: 'unreadable',
      params: { line: '6', detail: '</nodes> closes <node>, opened on line 5' },
    });
    expect(message).toBe(
      'roto.gexf is not well-formed XML (line 6: </nodes> closes <node>, opened on line 5), so it cannot be read; export it again.',
    );
    expect(message.slice(0, -1)).not.toMatch(/[.!?]\s+[A-Z]/);
  });

  it('refuses a file cut short', () => {
    const text = graph('<nodes><node id="a"/><node id="b"/></nodes>');
    expect(() => importDataset([gexf('cut.gexf', text.slice(0, 150))])).toThrow(
      /^cut\.gexf is not well-formed XML \(line \d+: the file ends /,
    );
  });

  it('reads Windows-1252 bytes declared as UTF-8, with a warning, and a declared Latin-1', () => {
    const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
    const body = graph('<nodes><node id="a" label="Économie"/></nodes>');
    const declared = importDataset([
      { name: 'l1.gexf', bytes: latin1(body.replace('UTF-8', 'ISO-8859-1')) },
    ]);
    expect(declared.organizations[0]!.name).toBe('Économie');
    expect(declared.issues.map((i) => i.code)).not.toContain('encoding_fallback');
    const wrong = importDataset([{ name: 'w.gexf', bytes: latin1(body) }]);
    expect(wrong.organizations[0]!.name).toBe('Économie');
    expect(wrong.issues.map((i) => i.code)).toContain('encoding_fallback');
  });
});

describe('the edges’ ids and directions', () => {
  const edges = `    <attributes class="edge"><attribute id="d" title="directed" type="boolean"/></attributes>
    <nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
    <edges>
      <edge id="e7" source="a" target="b"><attvalues><attvalue for="d" value="true"/></attvalues></edge>
      <edge id="e8" source="b" target="a" type="undirected"><attvalues><attvalue for="d" value="true"/></attvalues></edge>
      <edge id="e9" source="a" target="a"/>
    </edges>`;
  const withCreator = (creator: string) =>
    graph(edges).replace('<graph', `<meta><creator>${creator}</creator></meta>\n  <graph`);

  it('keeps the edge ids of another tool’s file as the links’ `id`', () => {
    const d = importDataset([gexf('gephi.gexf', withCreator('Gephi 0.10'))]);
    expect(d.links.map((l) => l.attributes.id)).toEqual(['e7', 'e8', 'e9']);
    expect(d.linkColumns).toEqual(['id']);
  });

  it('reads no column from the edge ids of a file this app wrote (they only number the edges)', () => {
    const d = importDataset([gexf('atlas.gexf', withCreator('Alliance Atlas'))]);
    expect(d.linkColumns).toEqual([]);
    expect(d.links.map((l) => l.attributes)).toEqual([{}, {}, {}]);
  });

  it('takes the edge’s type, else its `directed` attribute, else the graph’s default', () => {
    const d = importDataset([gexf('directions.gexf', graph(edges))]);
    expect(d.links.map((l) => l.directed)).toEqual([true, false, false]);
    expect(d.issues.filter((i) => i.code === 'duplicate_column')).toEqual([]);
  });
});
