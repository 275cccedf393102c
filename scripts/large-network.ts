/**
 * The large-network experience in headless Chromium, for a generated network: the time from
 * choosing its files to the first drawing, then the frame rate while panning (mouse drags) and
 * zooming (mouse wheel). Needs a build:
 *   npm run build && npx tsx scripts/large-network.ts [organizations] [links] [seed]
 * Defaults: 5,000 organisations, 25,000 links (README, the budgets: they "pan and zoom smoothly").
 */
import { formatViewChanges, measureLargeNetwork } from '../bench/browser';
import { formatViewMovement } from '../bench/panning';

const [organizations = 5_000, links = 25_000, seed = 20211] = process.argv
  .slice(2)
  .map((value) => Number(value.replaceAll(/[_,]/g, '')));
if (![organizations, links, seed].every((n) => Number.isInteger(n) && n > 0)) {
  console.error('usage: npx tsx scripts/large-network.ts [organizations] [links] [seed]');
  process.exit(2);
}

const figures = await measureLargeNetwork(organizations, links, seed);
const { panning, zooming } = figures.view;
const label = `${organizations.toLocaleString('en')}/${links.toLocaleString('en')}`;
console.log(`Large network ${label} (seed ${seed}), headless Chromium, software drawing:`);
console.log(`  files chosen → first drawing     ${(figures.drawnMs / 1000).toFixed(2)} s`);
console.log(`  files chosen → analysis done     ${(figures.analysedMs / 1000).toFixed(2)} s`);
console.log(`  fps while panning                ${panning.fps.toFixed(1)}`);
console.log(`  fps while zooming                ${zooming.fps.toFixed(1)}`);
console.log(
  `  longest frame                    ${Math.max(panning.longestFrameMs, zooming.longestFrameMs).toFixed(0)} ms while moving, ` +
    `${Math.max(panning.longestWithSettleMs, zooming.longestWithSettleMs).toFixed(0)} ms with the redraw at rest`,
);
console.log('Details:');
for (const line of formatViewMovement(figures.view)) console.log(line);
console.log(
  `  longest main-thread task: drawing ${figures.longestTaskWhileDrawingMs.toFixed(0)} ms, ` +
    `analysis ${figures.longestTaskWhileAnalysingMs.toFixed(0)} ms, moving ${figures.longestTaskWhileMovingMs.toFixed(0)} ms`,
);
console.log('Changing the view (time to drawn, longest main-thread task):');
for (const line of formatViewChanges(figures.changes)) console.log(line);
if (figures.errors.length > 0) console.log(`  console errors: ${figures.errors.join(' | ')}`);
