/**
 * The 50 MB import, measured: a generated links file of a million rows (and its organisations)
 * chosen in the app in headless Chromium; the time to the end of parsing and to the dataset on
 * screen, the longest main-thread task while the worker parses (budget: 100 ms) and after, and
 * the peak memory of Chromium's page processes (the page and its workers) above what they held
 * before; then the same files through the command line's `validate` and its peak memory.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, waitForGraph } from '../tests/e2e/harness';
import { writeLargeImport, type LargeImportFiles } from '../tests/e2e/largeFiles';

/** Resident memory of every Chromium page (renderer) process, in bytes. */
function rendererMemory(): number {
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      // The process ended while being read.
    }
  }
  return total;
}

export interface LargeImportFigures {
  links: number;
  bytes: number;
  /** Files chosen → the progress bar at 100 %: the worker has read every row. */
  parsedMs: number;
  /** Files chosen → the status bar counting every alliance. */
  shownMs: number;
  longestTaskWhileParsingMs: number;
  longestTaskAfterMs: number;
  /** Peak resident memory of the page processes above what they held before, in bytes. */
  peakMemoryWhileParsing: number;
  /** The same until two seconds after every alliance is counted (the analysis then starts). */
  peakMemory: number;
  progressSteps: number;
  errors: string[];
}

export async function measureLargeImport(
  files: LargeImportFiles,
  links: number,
): Promise<LargeImportFigures> {
  const app = await startApp();
  try {
    const page = await app.open('?lang=en');
    await waitForGraph(page);
    await page.getByTestId('analysis-status').and(page.locator('[data-status="done"]')).waitFor();
    await page.evaluate(() => {
      const w = window as unknown as {
        __tasks: [number, number][];
        __progress: [number, number][];
      };
      w.__tasks = [];
      w.__progress = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__tasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask' });
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="import-progress"] progress');
        const value = bar ? Number((bar as HTMLProgressElement).value) : NaN;
        const last = w.__progress.at(-1);
        if (!Number.isNaN(value) && value !== last?.[1])
          w.__progress.push([performance.now(), value]);
      }).observe(document.body, { subtree: true, attributes: true, childList: true });
    });
    const before = rendererMemory();
    const samples: [number, number][] = [];
    const sampler = setInterval(() => samples.push([Date.now(), rendererMemory()]), 100);
    const start = Date.now();
    const startedAt = await page.evaluate(() => performance.now());
    await page.getByTestId('import-input').setInputFiles([files.organizations, files.links]);
    const shown = `${links.toLocaleString('en')} alliances`;
    await page.getByTestId('graph-stats').filter({ hasText: shown }).waitFor({ timeout: 600_000 });
    const shownMs = Date.now() - start;
    await page.waitForTimeout(2000);
    clearInterval(sampler);
    const { tasks, progress } = await page.evaluate(() => {
      const w = window as unknown as {
        __tasks: [number, number][];
        __progress: [number, number][];
      };
      return { tasks: w.__tasks, progress: w.__progress };
    });
    const full = progress.find(([, value]) => value >= 1)?.[0] ?? progress.at(-1)?.[0] ?? startedAt;
    const longest = (list: [number, number][]) => Math.max(0, ...list.map(([, d]) => d));
    const parsedAt = start + (full - startedAt);
    const peak = (until: number) =>
      Math.max(before, ...samples.filter(([t]) => t <= until).map(([, m]) => m)) - before;
    return {
      links,
      bytes: files.bytes,
      parsedMs: full - startedAt,
      shownMs,
      longestTaskWhileParsingMs: longest(tasks.filter(([t, d]) => t >= startedAt && t + d <= full)),
      longestTaskAfterMs: longest(tasks.filter(([t, d]) => t + d > full)),
      peakMemoryWhileParsing: peak(parsedAt),
      peakMemory: peak(Infinity),
      progressSteps: progress.filter(([, v]) => v > 0 && v < 1).length,
      errors: [...app.errors],
    };
  } finally {
    await app.close();
  }
}

/** The command line's peak resident memory and time for one command, read by Node itself. */
function cliRun(args: string[]): { ms: number; peak: number } {
  const probe = join(tmpdir(), `atlas-rss-${process.pid}.cjs`);
  writeFileSync(
    probe,
    "process.on('exit', () => process.stderr.write(`\\nATLAS_MAX_RSS ${process.resourceUsage().maxRSS}\\n`));",
  );
  const start = Date.now();
  const { stderr } = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], {
    env: { ...process.env, NODE_OPTIONS: `--require ${probe}` },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = Date.now() - start;
  rmSync(probe, { force: true });
  const kb = Math.max(0, ...[...stderr.matchAll(/ATLAS_MAX_RSS (\d+)/g)].map((m) => Number(m[1])));
  return { ms, peak: kb * 1024 };
}

export function cliImportFigures(files: LargeImportFiles): {
  ms: number;
  peak: number;
  idle: number;
} {
  const run = cliRun(['validate', '--orgs', files.organizations, '--links', files.links, '--json']);
  const idle = cliRun([
    'validate',
    '--orgs',
    'datasets/tiny/organizations.csv',
    '--links',
    'datasets/tiny/links.csv',
  ]);
  return { ...run, idle: idle.peak };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const times = (bytes: number, size: number) => `${(bytes / size).toFixed(1)}×`;

export async function largeImportBench(seed: number): Promise<void> {
  const links = 1_000_000;
  const files = writeLargeImport(20_000, links, seed);
  try {
    console.log(
      `\nThe 50 MB import: 20,000 organisations and ${links.toLocaleString('en')} links, ${mb(files.bytes)} of CSV`,
    );
    const cli = cliImportFigures(files);
    console.log(
      `  command line, validate:  ${(cli.ms / 1000).toFixed(2)} s, peak memory ${mb(cli.peak)} (${times(cli.peak, files.bytes)} the files; Node and tsx alone: ${mb(cli.idle)}, so the import itself ${times(cli.peak - cli.idle, files.bytes)})`,
    );
    const browser = await measureLargeImport(files, links);
    console.log(`  in headless Chromium:`);
    console.log(
      `    files chosen → every row parsed (progress 100 %)   ${(browser.parsedMs / 1000).toFixed(2)} s, ${browser.progressSteps} progress steps`,
    );
    console.log(
      `    files chosen → every alliance counted on screen    ${(browser.shownMs / 1000).toFixed(2)} s`,
    );
    console.log(
      `    longest main-thread task while parsing             ${browser.longestTaskWhileParsingMs.toFixed(0)} ms (budget 100 ms)`,
    );
    console.log(
      `    longest main-thread task once the dataset arrived  ${browser.longestTaskAfterMs.toFixed(0)} ms`,
    );
    console.log(
      `    peak memory of the page and its workers, above what they held: while parsing ${mb(browser.peakMemoryWhileParsing)} (${times(browser.peakMemoryWhileParsing, files.bytes)} the files), until 2 s after ${mb(browser.peakMemory)} (${times(browser.peakMemory, files.bytes)})`,
    );
    if (browser.errors.length > 0) console.log(`    console errors: ${browser.errors.join(' | ')}`);
  } finally {
    rmSync(files.dir, { recursive: true, force: true });
  }
}
