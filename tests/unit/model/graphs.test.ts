import { describe, expect, it } from 'vitest';
import { buildAnalysisGraph, buildDatasetGraph } from '../../../src/core/model/graphs';
import type { Dataset, Link, Organization } from '../../../src/core/model/types';

function organization(id: string, sector: string | null = null): Organization {
  return {
    id,
    name: `Organisation ${id}`,
    sector,
    country: null,
    region: null,
    city: null,
    lat: null,
    lon: null,
    scope: null,
    worldRegion: null,
    themes: [],
    aliases: [],
    placeholder: false,
    attributes: {},
    row: null,
  };
}

let linkNumber = 0;
function link(
  source: string,
  target: string,
  weight = 1,
  directed = false,
  type: string | null = null,
): Link {
  linkNumber += 1;
  return {
    key: `L${linkNumber}`,
    source,
    target,
    type,
    weight,
    directed,
    since: null,
    until: null,
    scope: 'unknown',
    scopeExplicit: false,
    themes: [],
    attributes: {},
    row: null,
  };
}

function dataset(organizations: Organization[], links: Link[]): Dataset {
  return {
    name: 'test',
    organizations,
    links,
    organizationColumns: [],
    linkColumns: [],
    issues: [],
  };
}

// a–b three times (one reversed, one directed), b–c, c→a directed, a self link, d isolated.
function sample(): Dataset {
  return dataset(
    [
      organization('a', 'cooperative'),
      organization('b', 'government'),
      organization('c'),
      organization('d', 'academia'),
    ],
    [
      link('a', 'b', 2, false, 'trade'),
      link('b', 'a', 3, false, 'policy'),
      link('a', 'b', 0.5, true, 'funding'),
      link('b', 'c'),
      link('c', 'a', 4, true),
      link('a', 'a', 9),
    ],
  );
}

describe('buildDatasetGraph', () => {
  it('keeps every link: parallel, reverse, directed and self links', () => {
    const data = sample();
    const graph = buildDatasetGraph(data);
    expect(graph.type).toBe('mixed');
    expect(graph.multi).toBe(true);
    expect(graph.nodes()).toEqual(['a', 'b', 'c', 'd']);
    expect(graph.size).toBe(6);
    expect(graph.edges()).toEqual(data.links.map((l) => l.key));
    expect(graph.directedSize).toBe(2);
    expect(graph.undirectedSize).toBe(4);
    expect(graph.selfLoopCount).toBe(1);
    const funding = data.links[2]!;
    expect(graph.isDirected(funding.key)).toBe(true);
    expect(graph.source(funding.key)).toBe('a');
    expect(graph.getEdgeAttributes(funding.key)).toEqual({
      weight: 0.5,
      type: 'funding',
      scope: 'unknown',
    });
    expect(graph.getNodeAttributes('a')).toEqual({ sector: 'cooperative' });
  });

  it('names the function and the link when an end is unknown', () => {
    const data = dataset([organization('a')], [link('a', 'zz')]);
    expect(() => buildDatasetGraph(data)).toThrow(
      /buildDatasetGraph: link L\d+ names organisation "zz"/,
    );
  });

  it('refuses duplicate organisation ids and link keys', () => {
    expect(() => buildDatasetGraph(dataset([organization('a'), organization('a')], []))).toThrow(
      /buildDatasetGraph: organisation id "a" appears twice/,
    );
    const l = link('a', 'b');
    expect(() =>
      buildDatasetGraph(dataset([organization('a'), organization('b')], [l, { ...l }])),
    ).toThrow(/appears twice/);
  });
});

describe('buildAnalysisGraph', () => {
  it('merges parallel and reverse links into one weighted tie, drops self links, keeps isolated', () => {
    const graph = buildAnalysisGraph(sample());
    expect(graph.type).toBe('undirected');
    expect(graph.multi).toBe(false);
    expect(graph.nodes()).toEqual(['a', 'b', 'c', 'd']);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(3);
    expect(graph.selfLoopCount).toBe(0);
    expect(graph.getEdgeAttributes(graph.edge('a', 'b')!)).toEqual({ weight: 5.5, links: 3 });
    expect(graph.getEdgeAttributes(graph.edge('b', 'c')!)).toEqual({ weight: 1, links: 1 });
    expect(graph.getEdgeAttributes(graph.edge('a', 'c')!)).toEqual({ weight: 4, links: 1 });
    expect(graph.degree('d')).toBe(0);
    expect(graph.getNodeAttributes('b')).toEqual({ sector: 'government' });
    expect(graph.getNodeAttributes('c')).toEqual({ sector: null });
    expect(graph.edges()).toEqual(['t0', 't1', 't2']);
  });

  it('leaves the dataset alone and gives the same graph twice', () => {
    const data = sample();
    const before = structuredClone(data);
    const first = buildAnalysisGraph(data);
    const second = buildAnalysisGraph(data);
    expect(data).toEqual(before);
    expect(second.export()).toEqual(first.export());
    buildDatasetGraph(data);
    expect(data).toEqual(before);
  });

  it('keeps only the links a filter accepts, but every organisation', () => {
    const graph = buildAnalysisGraph(sample(), { includeLink: (l) => l.type === 'trade' });
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttributes(graph.edge('b', 'a')!)).toEqual({ weight: 2, links: 1 });
  });

  it('handles an empty dataset and a dataset without links', () => {
    expect(buildAnalysisGraph(dataset([], [])).order).toBe(0);
    const graph = buildAnalysisGraph(dataset([organization('x'), organization('y')], []));
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(0);
  });

  it('names the function and what was wrong for bad input', () => {
    expect(() => buildAnalysisGraph(dataset([organization('a')], [link('zz', 'a')]))).toThrow(
      /buildAnalysisGraph: link L\d+ names organisation "zz"/,
    );
    expect(() =>
      buildAnalysisGraph(
        dataset([organization('a'), organization('b')], [link('a', 'b', Number.NaN)]),
      ),
    ).toThrow(/buildAnalysisGraph: link L\d+ has weight NaN/);
  });
});
