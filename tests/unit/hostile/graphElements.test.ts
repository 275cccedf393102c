/**
 * The network as Cytoscape elements, laid out by fcose headless (as in the page, without a
 * canvas), for organisations whose ids are the names of built-in object properties.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { allianceLooks, organizationLooks, type LookView } from '../../../src/core/looks/looks';
import { OTHER_SECTOR_COLOR } from '../../../src/core/looks/palette';
import type { Dataset } from '../../../src/core/model/types';
import { datasetElements, LABEL_CHARACTERS } from '../../../src/ui/graph/elements';
import { linkOf, organizationOf } from '../../../src/ui/graph/elementIds';
import { layoutFor, runSeeded } from '../../../src/ui/graph/layouts';
import { graphStylesheet } from '../../../src/ui/graph/stylesheet';
import { dataset, hostileDataset, organization, PROTOTYPE_NAMES } from './hostile';

cytoscape.use(fcose);

const PLAIN: LookView = {
  colourBy: 'sector',
  sizeBy: 'degree',
  shown: null,
  highlighted: null,
  path: null,
  selected: null,
  theme: 'default',
};

function looksOf(data: Dataset) {
  return {
    organizations: organizationLooks(data, null, PLAIN),
    alliances: allianceLooks(data, PLAIN),
  };
}

function headless() {
  const dataset = hostileDataset();
  const { organizations, alliances } = looksOf(dataset);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: datasetElements(dataset, organizations, alliances),
    style: graphStylesheet({
      dashPatterns: alliances.dashPatterns,
      large: false,
      theme: 'default',
    }),
  });
  const index = new Map(dataset.organizations.map((o, i) => [o.id, i]));
  const at = (node: cytoscape.NodeSingular) => index.get(organizationOf(node)) ?? 0;
  const nodeLooks = {
    prominence: (node: cytoscape.NodeSingular) => organizations.prominence[at(node)]!,
    diameter: (node: cytoscape.NodeSingular) => organizations.diameters[at(node)]!,
  };
  return { dataset, cy, nodeLooks };
}

describe('organisations and alliances named like built-in properties, in Cytoscape', () => {
  it('keep their ids, sectors and colours as text', () => {
    const { dataset, cy } = headless();
    expect(cy.nodes().map((node) => organizationOf(node))).toEqual(
      dataset.organizations.map((o) => o.id),
    );
    expect(cy.edges().map((edge) => linkOf(edge))).toEqual(dataset.links.map((l) => l.key));
    for (const name of PROTOTYPE_NAMES) {
      const node = cy.nodes().filter((n) => organizationOf(n) === name);
      expect(node.data('color')).toBe(OTHER_SECTOR_COLOR);
    }
  });

  it('are laid out by fcose, which keys its nodes by element id in plain objects', () => {
    const { cy, nodeLooks } = headless();
    runSeeded(cy.layout(layoutFor(nodeLooks)));
    const positions = cy.nodes().map((node) => node.position());
    expect(positions.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(new Set(positions.map((p) => `${p.x},${p.y}`)).size).toBe(positions.length);
  });
});

describe('the names Cytoscape draws on the canvas', () => {
  it('are isolated (a right-to-left override reorders nothing after them) and shortened', () => {
    const rtl = 'Cooperativa \u202Eel Sur 42';
    const long = 'Longname'.repeat(1250);
    const named = dataset([
      organization('rtl', { name: rtl }),
      organization('long', { name: long }),
    ]);
    const { organizations, alliances } = looksOf(named);
    const elements = datasetElements(named, organizations, alliances);
    const labels = elements.map((element) => String(element.data.label));
    expect(labels[0]).toBe(`\u2068${rtl}\u2069`);
    expect(labels[1]).toBe(`\u2068${long.slice(0, LABEL_CHARACTERS - 1)}…\u2069`);
    // The whole name stays in the data, for whoever reads it.
    expect(elements.map((element) => element.data.name)).toEqual([rtl, long]);
  });
});
