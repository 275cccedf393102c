import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METRICS, metricTable } from '../../../src/core/metrics/registry';
import { runMetricSuite } from '../../../src/core/metrics/suite';
import { buildAnalysisGraph } from '../../../src/core/model/graphs';
import { importDataset } from '../../../src/core/model/importDataset';
import { buildAnalysisReport } from '../../../src/core/report/analysisReport';
import { toAnalysisMetrics } from '../../../src/core/report/metricsAdapter';
import { ORGANIZATION_METRICS, SUMMARY_METRICS } from '../../../src/core/report/reportTypes';

/** The values at a path such as `organizations[].brokerage.liaison` in the report. */
function valuesAt(report: unknown, path: string): unknown[] {
  let values: unknown[] = [report];
  for (const part of path.split('.')) {
    const key = part.replace('[]', '');
    values = values.map((v) => (v as Record<string, unknown>)[key]);
    if (part.endsWith('[]')) values = values.flatMap((v) => v as unknown[]);
  }
  return values;
}

describe('the metric registry', () => {
  it('describes every metric the report carries, in three languages', () => {
    const ids = new Set(METRICS.map((m) => m.id));
    for (const field of [...ORGANIZATION_METRICS, ...SUMMARY_METRICS]) {
      if (field === 'communities') continue; // the count of the `community` field
      expect(ids.has(field), field).toBe(true);
    }
    expect(ids.size).toBe(METRICS.length);
    for (const metric of METRICS) {
      for (const language of ['en', 'es', 'fr'] as const) {
        expect(metric.definition[language].length, `${metric.id} ${language}`).toBeGreaterThan(10);
      }
      expect(metric.networkx.length, metric.id).toBeGreaterThan(0);
      expect(metric.outputs.length, metric.id).toBeGreaterThan(0);
    }
  });

  it('names outputs that `analyze --json` carries, with the type it says', () => {
    const file = (name: string) => ({
      name,
      bytes: new Uint8Array(readFileSync(`datasets/illustrative/${name}`)),
    });
    const dataset = importDataset([file('organizations.csv'), file('links.csv')]);
    const graph = buildAnalysisGraph(dataset);
    const metrics = toAnalysisMetrics(runMetricSuite(graph));
    const report = buildAnalysisReport(dataset, { graph, metrics });
    for (const metric of METRICS) {
      for (const output of metric.outputs) {
        const values = valuesAt(report, output.field).flat(2);
        expect(values.length, output.field).toBeGreaterThan(0);
        for (const value of values) {
          if (value === null) expect(output.nullable, `${output.field} null`).toBe(true);
          else if (output.type === 'integer')
            expect(Number.isInteger(value), output.field).toBe(true);
          else expect(typeof value, output.field).toBe('number');
        }
      }
    }
  });

  it('is what the README’s metric table shows (npx tsx scripts/metric-table.ts)', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(metricTable());
  });
});
