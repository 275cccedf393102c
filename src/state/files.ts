import type { InputFile } from '../core/model/importDataset';

/** Reads files the user picked into the byte arrays the core import takes. */
export async function readPickedFiles(files: readonly File[]): Promise<InputFile[]> {
  return Promise.all(
    files.map(async (file) => ({
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
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
