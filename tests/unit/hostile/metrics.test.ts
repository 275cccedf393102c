/**
 * The analysis and what the app reads of it, for organisations whose ids (and sectors) are the
 * names of built-in object properties.
 */
import { describe, expect, it } from 'vitest';
import { ownValue } from '../../../src/core/records';
import { analyzeDataset } from '../../../src/core/report/analyzeDataset';
import { buildAnalysisInput } from '../../../src/core/metrics/input';
import { runMetricSuite } from '../../../src/core/metrics/suite';
import { buildAnalysisReport } from '../../../src/core/report/analysisReport';
import type { AnalysisMetrics } from '../../../src/core/report/reportTypes';
import { organizationDetails } from '../../../src/state/selectors/details';
import { colourGroups, sizeValues } from '../../../src/state/selectors/explore';
import { dataset, hostileDataset, link, organization, PROTOTYPE_NAMES } from './hostile';

describe('the analysis of organisations named like built-in properties', () => {
  const network = hostileDataset();
  const ids = network.organizations.map((o) => o.id);

  it('runs, and keys every measure by the organisations’ own ids', () => {
    const metrics = analyzeDataset(network, { weighted: false, seed: 1 });
    for (const metric of ['betweenness', 'closeness', 'pagerank', 'community'] as const) {
      const values = metrics.organizations?.[metric];
      expect(Object.keys(values ?? {}).sort()).toEqual([...ids].sort());
      for (const id of ids) expect(typeof ownValue(values, id)).toBe('number');
    }
    // A ring of six: every organisation is as central as the next.
    for (const id of ids) {
      expect(ownValue(metrics.organizations?.betweenness, id)).toBeCloseTo(0.2, 12);
    }
    expect(Object.keys(metrics.brokerage ?? {}).sort()).toEqual([...ids].sort());
    expect(metrics.sectors?.map((row) => row.sector)).toEqual([
      '__proto__',
      'constructor',
      'cooperative',
      'hasOwnProperty',
      'toString',
      'valueOf',
    ]);
    expect(metrics.summary?.communities).toBeGreaterThan(0);
  });

  it('survives the trip from a worker (structured clone) with __proto__ still a key', () => {
    const metrics = structuredClone(analyzeDataset(network, { weighted: false, seed: 1 }));
    expect(ownValue(metrics.organizations?.betweenness, '__proto__')).toBeCloseTo(0.2, 12);
  });
});

describe('measures read for organisations the metrics leave out', () => {
  // Computed for `a` and `__proto__` only, as the report allows ("an id left out reads as null").
  const network = dataset(
    [
      organization('a'),
      organization('__proto__'),
      ...PROTOTYPE_NAMES.slice(1).map((id) => organization(id)),
    ],
    [link('L1', 'a', '__proto__')],
  );
  const metrics = JSON.parse(
    '{"organizations": {"community": {"a": 0, "__proto__": 1}, "betweenness": {"a": 0.5, "__proto__": 0.25}}}',
  ) as AnalysisMetrics;

  it('colours them as having no community, and by community the ones it has', () => {
    const { groupOf } = colourGroups(network, metrics, 'community');
    expect([...groupOf]).toEqual([
      ['a', '0'],
      ['__proto__', '1'],
      ['constructor', ''],
      ['toString', ''],
      ['valueOf', ''],
      ['hasOwnProperty', ''],
    ]);
  });

  it('sizes them as not computed', () => {
    const values = sizeValues(network, metrics, 'betweenness');
    expect([...values]).toEqual([
      ['a', 0.5],
      ['__proto__', 0.25],
      ['constructor', null],
      ['toString', null],
      ['valueOf', null],
      ['hasOwnProperty', null],
    ]);
  });

  it('ranks only what was computed, in the details panel', () => {
    expect(organizationDetails(network, metrics, 'constructor')?.metrics).toEqual([]);
    expect(organizationDetails(network, metrics, '__proto__')?.metrics).toEqual([
      { metric: 'betweenness', value: 0.25, rank: 2, of: 2 },
    ]);
  });
});

describe('the analyze report of organisations named like built-in properties', () => {
  it('gives each its own measures: the engine sees positions, never ids', () => {
    const network = hostileDataset();
    const report = buildAnalysisReport(network, runMetricSuite(buildAnalysisInput(network)));
    expect(report.organizations.map((row) => row.id)).toEqual(
      network.organizations.map((o) => o.id),
    );
    for (const row of report.organizations) {
      expect([row.degree, row.strength]).toEqual([2, 2]);
      expect(row.betweenness).toBeCloseTo(0.2, 12);
      expect(typeof row.community).toBe('number');
    }
    expect(
      report.suggestions.every((s) => network.organizations.some((o) => o.id === s.source)),
    ).toBe(true);
  });

  it('gives isolated ones their structure too', () => {
    const network = dataset(PROTOTYPE_NAMES.map((id) => organization(id)));
    const report = buildAnalysisReport(network, runMetricSuite(buildAnalysisInput(network)));
    for (const row of report.organizations) {
      expect([row.degree, row.strength, row.degree_centrality]).toEqual([0, 0, 0]);
      expect(row.brokerage).toEqual({
        coordinator: 0,
        consultant: 0,
        representative: 0,
        liaison: 0,
      });
    }
  });
});
