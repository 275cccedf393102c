import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/core/model/importDataset';
import { buildAnalysisGraph } from '../../../src/core/model/graphs';
import { buildAnalysisReport } from '../../../src/core/report/analysisReport';

const encoder = new TextEncoder();

function tiny() {
  return importDataset([
    {
      name: 'organizations.csv',
      bytes: encoder.encode(
        [
          'id,name,sector,country,city',
          'a,Alfa,cooperative,MX,Oaxaca',
          'b,Beta,government,MX,Oaxaca',
          'c,Gamma,academia,CO,Bogotá',
          'd,Delta,network,,',
          'e,Épsilon,union,FR,Lyon',
        ].join('\n'),
      ),
    },
    {
      name: 'links.csv',
      bytes: encoder.encode(
        ['source,target,weight', 'a,b,2', 'b,a,1', 'b,c,1', 'c,d,1', 'c,e,3', 'e,e,1'].join('\n'),
      ),
    },
  ]);
}

describe('buildAnalysisReport', () => {
  it('fills the structure and leaves the metrics engine’s fields null or empty', () => {
    const report = buildAnalysisReport(tiny());
    expect(report.summary).toEqual({
      organizations: 5,
      links: 6,
      ties: 4,
      components: 1,
      largest_component: 5,
      density: 0.4,
      transitivity: null,
      average_clustering: null,
      diameter: null,
      average_path_length: null,
      modularity: null,
      communities: null,
      sector_assortativity: null,
      ei_index: null,
      scopes: { local: 3, national: 0, regional: 1, international: 1, unknown: 1 },
    });
    const b = report.organizations.find((o) => o.id === 'b');
    expect(b).toMatchObject({ degree: 2, strength: 4, degree_centrality: 0.5, brokerage: null });
    expect(report.organizations.find((o) => o.id === 'e')?.degree).toBe(1);
    expect(report.sectors).toEqual([]);
    expect(report.mixing).toEqual({ sectors: [], observed: [], expected: [] });
    expect(report.suggestions).toEqual([]);
    expect(report.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['parallel_links', 'self_link']),
    );
  });

  it('takes the metrics engine’s results through one parameter; NaN and missing ids become null', () => {
    const dataset = tiny();
    const graph = buildAnalysisGraph(dataset);
    const report = buildAnalysisReport(dataset, {
      graph,
      metrics: {
        summary: { modularity: 0.25, diameter: 3, transitivity: Number.NaN },
        organizations: { betweenness: { a: 0, b: 0.5 }, community: { a: 0, b: 0, c: 1 } },
        brokerage: { b: { coordinator: 0, consultant: 0, representative: 0, liaison: 1 } },
        sectors: [{ sector: 'union', organizations: 1, internal: 0, external: 1, ei_index: 1 }],
        mixing: { sectors: ['union'], observed: [[0]], expected: [[0]] },
        suggestions: [
          { source: 'a', target: 'c', score: 1.44, shared_partners: ['b'], cross_sector: true },
        ],
      },
    });
    expect(report.summary.modularity).toBe(0.25);
    expect(report.summary.diameter).toBe(3);
    expect(report.summary.transitivity).toBeNull();
    const [a, b, c] = report.organizations;
    expect(b?.betweenness).toBe(0.5);
    expect(c?.betweenness).toBeNull();
    expect(a?.community).toBe(0);
    expect(b?.brokerage).toEqual({ coordinator: 0, consultant: 0, representative: 0, liaison: 1 });
    expect(a?.brokerage).toBeNull();
    expect(report.sectors).toHaveLength(1);
    expect(report.mixing.sectors).toEqual(['union']);
    expect(report.suggestions[0]?.shared_partners).toEqual(['b']);
  });

  it('leaves the dataset alone and gives the same report twice', () => {
    const dataset = tiny();
    const before = structuredClone(dataset);
    const first = buildAnalysisReport(dataset);
    const second = buildAnalysisReport(dataset);
    expect(second).toEqual(first);
    expect(dataset).toEqual(before);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });
});
