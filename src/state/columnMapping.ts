/** What the column-mapping step needs from the core: a file's headers and the known fields. */
import { LINK_FIELDS, ORGANIZATION_FIELDS, type FileKind } from '../core/csv/headers';
import { inspectCsvFile, type FileInspection } from '../core/csv/readFile';
import type { PendingMapping } from './importSlice';

export type { FileKind, FileInspection };

export const FIELDS_BY_KIND: Record<FileKind, readonly string[]> = {
  organizations: ORGANIZATION_FIELDS,
  links: LINK_FIELDS,
};

/** Reads the first rows of the file that needs mapping (cheap: a preview, not an import). */
export function inspectPendingFile(pending: PendingMapping): FileInspection | null {
  const file = pending.files.find((f) => f.name === pending.file);
  return file ? inspectCsvFile(file) : null;
}
