/**
 * What the command line needs from the outside world, injected so that tests run it in-process.
 */
import { type InputFile } from '../core/csv/readFile';
import { readFileSync, statSync, writeFileSync } from 'node:fs';

import { CliError } from './args';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Throws as node:fs does (an error with a `code` such as ENOENT). */
  readFile: (path: string) => Uint8Array;
  /** Only `export` writes; without it, export says it cannot. Throws as node:fs does. */
  writeFile?: (path: string, bytes: Uint8Array) => void;
  /** True for an existing folder (export's `--out FOLDER`). */
  isDirectory?: (path: string) => boolean;
}

export function nodeIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFileSync(path),
    writeFile: (path, bytes) => writeFileSync(path, bytes),
    isDirectory: (path) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false,
  };
}

function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return typeof error.code === 'string' ? error.code : null;
}

/** Writes one output file, turning file-system failures into one sentence. */
export function writeOutput(io: CliIo, path: string, bytes: Uint8Array): void {
  if (!io.writeFile) throw new CliError('This command line cannot write files.');
  try {
    io.writeFile(path, bytes);
  } catch (error) {
    const code = errorCode(error);
    switch (code) {
      case 'ENOENT':
        throw new CliError(`Cannot write ${path}: its folder does not exist.`);
      case 'EISDIR':
        throw new CliError(`Cannot write ${path}: it is a folder.`);
      case 'EACCES':
      case 'EPERM':
        throw new CliError(`Cannot write ${path}: permission denied.`);
      default:
        throw new CliError(`Cannot write ${path} (${code ?? 'unknown error'}).`);
    }
  }
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
