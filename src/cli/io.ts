/**
 * What the command line needs from the outside world, injected so that tests run it in-process.
 */
import { type InputFile } from '../core/csv/readFile';
import { readFileSync } from 'node:fs';

import { CliError } from './args';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Throws as node:fs does (an error with a `code` such as ENOENT). */
  readFile: (path: string) => Uint8Array;
}

export function nodeIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFileSync(path),
  };
}

function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return typeof error.code === 'string' ? error.code : null;
}

/** Reads one input file, turning file-system failures into one sentence. */
export function readInput(io: CliIo, path: string, what: string): InputFile {
  try {
    return { name: path, bytes: io.readFile(path) };
  } catch (error) {
    const code = errorCode(error);
    switch (code) {
      case 'ENOENT':
        throw new CliError(`The ${what} file ${path} does not exist.`);
      case 'EISDIR':
        throw new CliError(`The ${what} file ${path} is a folder, not a file.`);
      case 'EACCES':
      case 'EPERM':
        throw new CliError(`The ${what} file ${path} cannot be read: permission denied.`);
      default:
        throw new CliError(`The ${what} file ${path} cannot be read (${code ?? 'unknown error'}).`);
    }
  }
}
