/**
 * `npm run bench`: import and metric timings on generated networks, side by side with the
 * baseline (graphology-metrics + graphology-communities-louvain, the engine Gephi Lite uses)
 * measured in the same run, and igraph's C core where Debian's python3-igraph is installed.
 * Figures are printed, never asserted: these machines are shared and noisy.
 *
 *   npm run bench                 # 1,000/5,000, 10,000/50,000 and 50,000/250,000
 *   npm run bench -- --quick      # without 50,000/250,000 (whose baseline path measures are not run)
 * With a build in dist/ it also measures the app in headless Chromium (bench/browser.ts), the
 * rankings table of a 50,000-organisation network there (bench/rankings.ts), that network kept
 * in a workspace and reopened (bench/workspace.ts), and the import of a
 * 50 MB file there and in the command line (bench/largeImport.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateNetwork, networkToCsv } from '../datasets/generator/network';
import { importDataset } from '../src/core/model/importDataset';
import { buildAnalysisGraph } from '../src/core/model/graphs';
import { buildAnalysisInput } from '../src/core/metrics/input';
import { completeMetricSuite } from '../src/core/metrics/suite';
import { parallelSweep } from '../src/cli/sweepPool';
import { timeGraphologyBaseline, type Timed } from './baseline';
import { browserBench } from './browser';
import { largeImportBench } from './largeImport';
import { rankingsBench } from './rankings';
import { workspaceBench } from './workspace';

interface Size {
  organizations: number;
  links: number;
  pathBaseline: boolean;
}

const SIZES: Size[] = [
  { organizations: 1_000, links: 5_000, pathBaseline: true },
  { organizations: 10_000, links: 50_000, pathBaseline: true },
];
if (!process.argv.includes('--quick')) {
  // The baseline's betweenness and closeness would take tens of minutes here (about 60 ms per
  // source): they are reported as not run. Ours stay exact.
  SIZES.push({ organizations: 50_000, links: 250_000, pathBaseline: false });
}
const SEED = 20211;
const PYTHON = '/usr/bin/python3';

function ms(value: number | undefined): string {
  return value === undefined
    ? '—'
    : value >= 1000
      ? `${(value / 1000).toFixed(2)} s`
      : `${value.toFixed(0)} ms`;
}

function igraphAvailable(): boolean {
  if (!existsSync(PYTHON)) return false;
  try {
    execFileSync(PYTHON, ['-c', 'import igraph'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function timeIgraph(dir: string, paths: boolean): Record<string, number> | null {
  const args = ['bench/igraph_bench.py', join(dir, 'organizations.csv'), join(dir, 'links.csv')];
  if (!paths) args.push('--no-paths');
  const out = execFileSync(PYTHON, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  return (JSON.parse(out) as { ms: Record<string, number> }).ms;
}

const withIgraph = igraphAvailable();
console.log(`Alliance Atlas benchmark — Node ${process.version}, seed ${SEED}`);
if (!withIgraph) console.log('(igraph column skipped: apt-get install python3-igraph to add it)');

for (const size of SIZES) {
  const label = `${size.organizations.toLocaleString('en')}/${size.links.toLocaleString('en')}`;
  const network = networkToCsv(generateNetwork({ ...size, seed: SEED }));
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  writeFileSync(join(dir, 'organizations.csv'), network.organizations);
  writeFileSync(join(dir, 'links.csv'), network.links);
  const bytes = {
    organizations: new TextEncoder().encode(network.organizations),
    links: new TextEncoder().encode(network.links),
  };

  let start = performance.now();
  const dataset = importDataset([
    { name: 'organizations.csv', bytes: bytes.organizations },
    { name: 'links.csv', bytes: bytes.links },
  ]);
  const importMs = performance.now() - start;
  // The graphology graph is the baseline's input only; ours is the analysis input.
  const graph = buildAnalysisGraph(dataset);

  const timings: Record<string, number> = {};
  start = performance.now();
  const input = buildAnalysisInput(dataset);
  timings['analysis input (dataset → adjacency)'] = performance.now() - start;
  start = performance.now();
  const partials = await parallelSweep(input);
  timings['path sweep'] = performance.now() - start;
  completeMetricSuite(input, partials, { seed: SEED }, timings);
  const suiteMs = Object.values(timings).reduce((a, b) => a + b, 0);

  const baseline: Record<string, Timed> = timeGraphologyBaseline(graph, {
    pathMeasures: size.pathBaseline,
    seed: SEED,
  });
  const igraph = withIgraph ? timeIgraph(dir, size.pathBaseline) : null;
  rmSync(dir, { recursive: true, force: true });

  console.log(`\n${label} organisations/links (${graph.size.toLocaleString('en')} ties)`);
  console.log(`  import (CSV bytes → dataset)      ${ms(importMs)}`);
  console.log(`  full metric suite (ours, exact), from the dataset   ${ms(suiteMs)}`);
  for (const [step, value] of Object.entries(timings)) {
    console.log(`    ${step.padEnd(40)} ${ms(value)}`);
  }
  console.log(
    `    (one sweep gives betweenness, closeness, harmonic, diameter and average path; ${availableParallelism()} threads)`,
  );
  console.log('  same measure                  ours  graphology    igraph (C)');
  const rows: [string, number | undefined, string[]][] = [
    ['betweenness + closeness', timings['path sweep'], ['betweenness', 'closeness']],
    ['harmonic', undefined, ['harmonic']],
    ['pagerank', timings['pagerank'], ['pagerank']],
    ['eigenvector', timings['eigenvector'], ['eigenvector']],
    ['clustering', timings['clustering'], ['clustering']],
    ['communities', timings['communities'], ['communities']],
  ];
  let oursShared = 0;
  let theirsShared = 0;
  for (const [label, ours, keys] of rows) {
    const sum = (source: Record<string, number | undefined> | null) =>
      source && keys.every((k) => source[k] !== undefined)
        ? keys.reduce((total, k) => total + (source[k] ?? 0), 0)
        : undefined;
    const base = sum(Object.fromEntries(Object.entries(baseline).map(([k, v]) => [k, v.ms])));
    const other = sum(igraph);
    if (ours !== undefined && base !== undefined) {
      oursShared += ours;
      theirsShared += base;
    }
    const baseText =
      base !== undefined ? ms(base) : keys.includes('betweenness') ? 'not run' : 'none';
    console.log(
      `  ${label.padEnd(24)} ${ms(ours).padStart(9)} ${baseText.padStart(11)} ${ms(other).padStart(13)}`,
    );
  }
  if (theirsShared > 0) {
    console.log(
      `  measures both compute: ours ${ms(oursShared)}, graphology ${ms(theirsShared)}: ${(theirsShared / oursShared).toFixed(1)}× faster`,
    );
  }
}

if (existsSync('dist/index.html')) {
  await browserBench(5_000, 25_000, SEED);
  await rankingsBench(50_000, 50_000, SEED);
  await workspaceBench(50_000, 50_000, SEED);
  await largeImportBench(SEED);
} else {
  console.log('\n(browser figures skipped: run `npm run build` first)');
}
