/** What the column-mapping step needs from the core: a file's headers and the known fields. */
import { LINK_FIELDS, ORGANIZATION_FIELDS, type FileKind } from '../../core/csv/headers';
import { inspectCsvFile, type FileInspection } from '../../core/csv/readFile';
import type { ImportSource } from '../../core/protocol/import';
import { readStart } from './files';

export const FIELDS_BY_KIND: Record<FileKind, readonly string[]> = {
  organizations: ORGANIZATION_FIELDS,
  links: LINK_FIELDS,
};

/**
 * Reads the start of the file that needs mapping (cheap: its first megabyte, not an import);
 * null when it cannot be read at all.
 */
export async function inspectFile(source: ImportSource): Promise<FileInspection | null> {
  try {
    const start = await readStart(source);
    return inspectCsvFile(start, undefined, 'blob' in source);
  } catch {
    return null;
  }
}
