/** Rewrites the metric table of README.md from the metric registry: npx tsx scripts/metric-table.ts */
import { readFileSync, writeFileSync } from 'node:fs';
import { metricTable } from '../src/core/metrics/registry';

const START = '<!-- metric-table:start -->';
const END = '<!-- metric-table:end -->';
const readme = readFileSync('README.md', 'utf8');
const before = readme.slice(0, readme.indexOf(START) + START.length);
const after = readme.slice(readme.indexOf(END));
writeFileSync('README.md', `${before}\n${metricTable()}\n${after}`);
