import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METRICS, metricTable } from '../../../src/core/metrics/registry';
import { ORGANIZATION_METRICS, SUMMARY_METRICS } from '../../../src/core/report/reportTypes';

describe('the metric registry', () => {
  it('describes every metric the report carries, in three languages', () => {
    const ids = new Set(METRICS.map((m) => m.id));
    for (const field of [...ORGANIZATION_METRICS, ...SUMMARY_METRICS]) {
      if (field === 'communities') continue; // the count of the `community` field
      expect(ids.has(field), field).toBe(true);
    }
    for (const metric of METRICS) {
      for (const language of ['en', 'es', 'fr'] as const) {
        expect(metric.definition[language].length, `${metric.id} ${language}`).toBeGreaterThan(10);
      }
    }
  });
  it('is what the README’s metric table shows (npx tsx scripts/metric-table.ts)', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(metricTable());
  });
});
