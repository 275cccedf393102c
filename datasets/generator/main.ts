/**
 * npm run generate -- --organizations N --links M [--seed S] --out DIR
 * Writes DIR/organizations.csv and DIR/links.csv. Exit 2 with one sentence on bad arguments.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArgsError, parseGeneratorArgs } from './args';
import { generateNetwork, networkToCsv } from './network';

function main(argv: readonly string[]): number {
  let args;
  try {
    args = parseGeneratorArgs(argv);
  } catch (error) {
    if (error instanceof ArgsError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const started = performance.now();
  const csv = networkToCsv(generateNetwork(args));
  try {
    mkdirSync(args.out, { recursive: true });
    writeFileSync(join(args.out, 'organizations.csv'), csv.organizations);
    writeFileSync(join(args.out, 'links.csv'), csv.links);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Could not write to ${args.out}: ${reason}\n`);
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `Wrote ${args.organizations} organisations and ${args.links} links to ${args.out} ` +
      `(seed ${args.seed}, ${seconds} s).\n`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
