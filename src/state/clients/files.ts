import { type InputFile } from '../../core/csv/readFile';
import type { ImportSource } from '../../core/protocol/import';
import { INSPECTION_BYTES } from '../../core/csv/readFile';

/** Files the user picked, as the import takes them: handles the worker reads itself. */
export function pickedFiles(files: readonly File[]): ImportSource[] {
  return files.map((file) => ({ name: file.name, blob: file }));
}

/** The start of a file, enough for the column-mapping step to show its header and first rows. */
export async function readStart(source: ImportSource): Promise<InputFile> {
  if ('bytes' in source) return source;
  const start = source.blob.slice(0, INSPECTION_BYTES);
  return { name: source.name, bytes: new Uint8Array(await start.arrayBuffer()) };
}

/** Fetches files served with the app (same origin only: the CSP allows nothing else). */
export async function fetchBundledFiles(
  files: readonly { name: string; url: string }[],
): Promise<InputFile[]> {
  return Promise.all(
    files.map(async ({ name, url }) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
      return { name, bytes: new Uint8Array(await response.arrayBuffer()) };
    }),
  );
}
