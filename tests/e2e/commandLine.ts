/**
 * The command line run in-process, for browser tests that check the app shows what it says:
 * every number on screen must equal the command line's.
 */
import { readFileSync } from 'node:fs';
import { run, type CliIo } from '../../src/cli/run';

/** The illustrative network's two files, as `--orgs … --links …`. */
export const ILLUSTRATIVE = [
  '--orgs',
  'datasets/illustrative/organizations.csv',
  '--links',
  'datasets/illustrative/links.csv',
];

/**
 * The JSON that `atlas …args` prints. Files are read from disk, or from `files` (name → text)
 * where given.
 */
export async function atlasJson<T>(
  args: readonly string[],
  files?: Readonly<Record<string, string>>,
): Promise<T> {
  const out: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: () => undefined,
    readFile: (path) => (files ? Buffer.from(files[path] ?? '') : readFileSync(path)),
  };
  await run([...args], io);
  return JSON.parse(out.join('')) as T;
}
