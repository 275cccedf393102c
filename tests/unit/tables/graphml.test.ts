/**
 * GraphML as networkx (the fixture it wrote, and a fresh one where python3 has networkx), yEd
 * and Gephi write it.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/core/model/importDataset';
import type { Dataset } from '../../../src/core/model/types';
import { detectFormat } from '../../../src/core/tables/formats';
import { hasNetworkx, PYTHON, saySkipped } from '../../fixtures/formats/python';
import { spawnSync } from 'node:child_process';

const FIXTURES = 'tests/fixtures/formats';
const text = (name: string, body: string) => ({ name, bytes: new TextEncoder().encode(body) });

function checkNetworkx(d: Dataset) {
  expect(d.organizations.map((o) => [o.id, o.name, o.sector, o.country, o.city])).toEqual([
    ['coop-milpa', 'Cooperativa de Consumo La Milpa', 'cooperative', 'MX', 'Ciudad de México'],
    ['dgess', 'Dirección General de Economía Social y Solidaria', 'government', 'MX', null],
    ['rucher', 'Coopérative de solidarité Le Rucher', 'cooperative', 'CA', null],
    ['ilo', 'International Labour Organization', 'international', 'CH', null],
  ]);
  expect(d.organizations[0]).toMatchObject({ lat: 19.36, lon: -99.06 });
  expect(d.organizations.map((o) => o.attributes.founded)).toEqual(['1998', '2013', '', '']);
  expect(d.organizations.map((o) => o.attributes.observer)).toEqual(['', '', '', 'True']);
  expect(
    d.links.map((l) => [l.source, l.target, l.type, l.weight, l.since, l.until, l.directed]),
  ).toEqual([
    ['coop-milpa', 'dgess', 'policy', 2, '2019', null, false],
    ['coop-milpa', 'rucher', 'trade', 1, '2020', null, false],
    ['dgess', 'ilo', 'partnership', 3, '2021', '2024', false],
  ]);
  expect(d.links.map((l) => l.scope)).toEqual(['national', 'international', 'international']);
  expect(d.issues.filter((i) => i.level !== 'info')).toEqual([]);
}

describe('GraphML as networkx writes it', () => {
  it('opens the fixture networkx wrote, told by its content', () => {
    const bytes = readFileSync(`${FIXTURES}/networkx.graphml`);
    expect(detectFormat(bytes)).toBe('graphml');
    const d = importDataset([{ name: 'networkx.graphml', bytes }]);
    expect(d.name).toBe('networkx');
    checkNetworkx(d);
    // networkx declares its keys last first; the columns follow the order of the data.
    expect(d.organizationColumns).toEqual(['founded', 'observer']);
    expect(d.issues.map((i) => i.file)).toEqual([
      'networkx.graphml › nodes',
      'networkx.graphml › nodes',
    ]);
  });

  it.skipIf(!hasNetworkx)('opens a GraphML networkx writes now, on this machine', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'atlas-graphml-')), 'fresh.graphml');
    const run = spawnSync(PYTHON, [`${FIXTURES}/networkx-graphml.py`, out], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    checkNetworkx(importDataset([{ name: 'fresh.graphml', bytes: readFileSync(out) }]));
  });
  saySkipped('GraphML written by networkx on this machine');
});

const YED = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml" xmlns:yed="http://www.yworks.com/xml/yed/3">
  <!--Created by yEd 3.23-->
  <key attr.name="Description" attr.type="string" for="graph" id="d0"/>
  <key for="port" id="d1" yfiles.type="portgraphics"/>
  <key attr.name="url" attr.type="string" for="node" id="d4"/>
  <key attr.name="description" attr.type="string" for="node" id="d5"/>
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="graphml" id="d7" yfiles.type="resources"/>
  <key attr.name="sector" attr.type="string" for="node" id="d8">
    <default><![CDATA[cooperative]]></default>
  </key>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <graph edgedefault="directed" id="G">
    <data key="d0"/>
    <node id="n0">
      <data key="d5"><![CDATA[Red de cooperativas & más]]></data>
      <data key="d6">
        <y:ShapeNode>
          <y:Geometry height="30.0" width="30.0" x="10.0" y="20.0"/>
          <y:Fill color="#FFCC00" transparent="false"/>
          <y:NodeLabel alignment="center" autoSizePolicy="content">Red Sur<y:LabelModel><y:SmartNodeLabelModel distance="4.0"/></y:LabelModel></y:NodeLabel>
          <y:Shape type="rectangle"/>
        </y:ShapeNode>
      </data>
    </node>
    <node id="n1" yfiles.foldertype="group">
      <data key="d6"><y:ProxyAutoBoundsNode><y:Realizers active="0"><y:GroupNode><y:NodeLabel>Federación</y:NodeLabel></y:GroupNode></y:Realizers></y:ProxyAutoBoundsNode></data>
      <data key="d8">network</data>
      <graph edgedefault="directed" id="n1:">
        <node id="n1::n0"><data key="d6"><y:ShapeNode><y:NodeLabel>Coop Norte</y:NodeLabel></y:ShapeNode></data><port name="p0"><data key="d1">port graphics</data></port></node>
      </graph>
    </node>
    <edge id="e0" source="n0" target="n1">
      <data key="d10"><y:PolyLineEdge><y:EdgeLabel>membership</y:EdgeLabel></y:PolyLineEdge></data>
    </edge>
    <edge id="e1" source="n1::n0" target="n0" directed="false"/>
  </graph>
  <data key="d7"><y:Resources/></data>
</graphml>
`;

describe('GraphML as yEd writes it', () => {
  const d = importDataset([text('mapa.graphml', YED)]);

  it('takes the label yEd draws, group members as nodes, and key defaults', () => {
    expect(d.organizations.map((o) => [o.id, o.name, o.sector])).toEqual([
      ['n0', 'Red Sur', 'cooperative'],
      ['n1::n0', 'Coop Norte', 'cooperative'],
      ['n1', 'Federación', 'network'],
    ]);
    expect(d.organizations[0]!.attributes).toEqual({
      url: '',
      description: 'Red de cooperativas & más',
    });
  });

  it('reads edge labels as attributes and the direction per edge or from the graph', () => {
    expect(d.links.map((l) => [l.key, l.source, l.target, l.directed, l.type])).toEqual([
      ['L34', 'n0', 'n1', true, null],
      ['L37', 'n1::n0', 'n0', false, null],
    ]);
    expect(d.links[0]!.attributes).toEqual({ id: 'e0', label: 'membership' });
  });
});

const GEPHI = `<?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key attr.name="label" attr.type="string" for="node" id="label"/>
<key attr.name="Edge Label" attr.type="string" for="edge" id="edgelabel"/>
<key attr.name="weight" attr.type="double" for="edge" id="weight"/>
<key attr.name="Edge Id" attr.type="string" for="edge" id="edgeid"/>
<key attr.name="r" attr.type="int" for="node" id="r"/>
<key attr.name="x" attr.type="float" for="node" id="x"/>
<key attr.name="size" attr.type="float" for="node" id="size"/>
<key attr.name="Country" attr.type="string" for="node" id="country"/>
<graph edgedefault="undirected">
<node id="0">
<data key="label">Myriel</data>
<data key="size">28.685715</data>
<data key="country">FR</data>
<data key="r">91</data>
<data key="x">-266.82776</data>
</node>
<node id="1">
<data key="label">Napoleon</data>
<data key="country">Francia</data>
</node>
<edge id="0" source="1" target="0">
<data key="edgeid">0</data>
<data key="weight">1.0</data>
</edge>
<hyperedge><endpoint node="0"/><endpoint node="1"/></hyperedge>
</graph>
</graphml>`;

describe('GraphML as Gephi writes it', () => {
  const d = importDataset([text('gephi.graphml', GEPHI)]);

  it('reads label, country and weight keys as fields, viz keys as attributes', () => {
    expect(d.organizations.map((o) => [o.id, o.name, o.country])).toEqual([
      ['0', 'Myriel', 'FR'],
      ['1', 'Napoleon', 'FR'],
    ]);
    expect(d.organizationColumns).toEqual(['size', 'r', 'x']);
    expect(d.links.map((l) => [l.source, l.target, l.weight, l.scope])).toEqual([
      ['1', '0', 1, 'national'],
    ]);
  });

  it('leaves hyperedges aside with a message counting them', () => {
    expect(d.issues.find((i) => i.code === 'hyperedges_skipped')).toMatchObject({
      level: 'info',
      params: { count: 1 },
    });
  });
});

describe('GraphML that cannot be read', () => {
  it('gets one sentence naming the file and the line', () => {
    expect(() =>
      importDataset([text('roto.graphml', GEPHI.replace('</node>\n<node', '<node'))]),
    ).toThrow(
      /^roto\.graphml is not well-formed XML \(line \d+: .*\), so it cannot be read; export it again\.$/,
    );
  });

  it('an XML file of another kind is named as such', () => {
    expect(() =>
      importDataset([
        text('dibujo.xml', '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'),
      ]),
    ).toThrow(
      'dibujo.xml is an XML file but neither GEXF nor GraphML, the network formats the app reads.',
    );
  });
});

describe('the edges’ directions and yEd’s drawn names', () => {
  const FILE = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key id="n0" for="node" attr.name="name" attr.type="string"/>
  <key id="e0" for="edge" attr.name="directed" attr.type="boolean"/>
  <key id="ng" for="node" yfiles.type="nodegraphics"/>
  <graph id="G" edgedefault="undirected">
    <node id="a"><data key="n0">Red Sur</data><data key="ng"><y:ShapeNode><y:NodeLabel>Red Sur</y:NodeLabel></y:ShapeNode></data></node>
    <node id="b"><data key="n0">Coop Norte</data><data key="ng"><y:ShapeNode><y:NodeLabel>Cooperativa del Norte</y:NodeLabel></y:ShapeNode></data></node>
    <edge source="a" target="b"><data key="e0">true</data></edge>
    <edge source="b" target="a" directed="false"><data key="e0">true</data></edge>
    <edge source="a" target="a"/>
  </graph>
</graphml>`;
  const d = importDataset([text('drawn.graphml', FILE)]);

  it('takes the edge’s `directed`, else its `directed` key, else the graph’s default', () => {
    expect(d.links.map((l) => l.directed)).toEqual([true, false, false]);
    expect(d.linkColumns).toEqual([]);
    expect(d.issues.filter((i) => i.code === 'duplicate_column')).toEqual([]);
  });

  it('reads a drawn label only where it says something the name key does not', () => {
    expect(d.organizations.map((o) => [o.name, o.attributes.label])).toEqual([
      ['Red Sur', ''],
      ['Coop Norte', 'Cooperativa del Norte'],
    ]);
  });
});
