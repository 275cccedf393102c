/**
 * A workspace: the work kept on this machine between visits — the files the network was
 * imported from and those added to it (as they were chosen, unknown columns and all, read again
 * on return, in the same order), how they were read, the edits made in the app, and the view. Several are kept, each under a name. This is the form they are saved
 * in, with its version and the reading of older versions; where they are saved is the page's
 * business (state/clients/workspaceStorage.ts).
 *
 * The files rather than the dataset: saving a file costs no work on the page (the browser copies
 * it into storage), and reading it again is the import every network already goes through, with
 * its progress and its messages.
 */
import type { ColumnMapping } from '../csv/headers';
import { EMPTY_HISTORY, readHistory, type EditHistory } from '../edit/history';
import { readSavedViews, type SavedView } from '../view/savedViews';

export { nextName } from '../numberedName';

export const WORKSPACE_FORMAT = 1;

/** What a list of workspaces shows of each. */
export interface WorkspaceSummary {
  id: string;
  name: string;
  /** Milliseconds since 1970 (Date.now()). */
  created: number;
  saved: number;
  /** The network's name as the header shows it (a catalogue key for the illustrative one). */
  datasetName: string | null;
  organizations: number;
  links: number;
}

/** A file as chosen: a Blob (a File) or its bytes. */
export interface SavedFile {
  name: string;
  data: Blob | Uint8Array;
}

/** The name of the import of the illustrative network, which ships with the app: no files. */
export const ILLUSTRATIVE_IMPORT = 'dataset.illustrative';

/**
 * One import: its files, the name shown, and the columns named by hand, if any. The illustrative
 * network's import has no files.
 */
export interface SavedImport {
  files: SavedFile[];
  name: string;
  /** By file name: each column's field (as the import's column-mapping step names them). */
  columnMapping?: ReadonlyMap<string, ColumnMapping>;
}

export interface Workspace {
  format: typeof WORKSPACE_FORMAT;
  summary: WorkspaceSummary;
  /**
   * The imports the network is built from: the first, then each set of files added to it.
   * Empty: the illustrative network, as the app opens.
   */
  sources: SavedImport[];
  /** The view as the store keeps it (layer, filters, colour, size, layout …). */
  view: Record<string, unknown> | null;
  /** The edits made in the app, undone ones included (core/edit/history). */
  edits: EditHistory;
  /** The views saved for a story, in its order. */
  views: SavedView[];
}

export function newWorkspace(id: string, name: string, now: number): Workspace {
  return {
    format: WORKSPACE_FORMAT,
    summary: { id, name, created: now, saved: now, datasetName: null, organizations: 0, links: 0 },
    sources: [],
    view: null,
    edits: EMPTY_HISTORY,
    views: [],
  };
}

/**
 * Whether there is anything to continue: a network of one's own, or a view that differs from
 * the one the app opens with (`opening`).
 */
export function holdsWork(workspace: Workspace, opening: Record<string, unknown>): boolean {
  if (workspace.sources.some((source) => source.name !== ILLUSTRATIVE_IMPORT)) return true;
  if (workspace.edits.entries.length > 0 || workspace.views.length > 0) return true;
  const { view } = workspace;
  return (
    view !== null &&
    Object.entries(view).some(
      ([key, value]) => key in opening && JSON.stringify(value) !== JSON.stringify(opening[key]),
    )
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readSummary(raw: unknown, id: string): WorkspaceSummary {
  const s = isRecord(raw) ? raw : {};
  const number = (value: unknown) =>
    typeof value === 'number' && Number.isFinite(value) ? value : 0;
  return {
    id,
    name: typeof s.name === 'string' && s.name.trim() !== '' ? s.name : id,
    created: number(s.created),
    saved: number(s.saved),
    datasetName: typeof s.datasetName === 'string' ? s.datasetName : null,
    organizations: number(s.organizations),
    links: number(s.links),
  };
}

function readFiles(raw: unknown): SavedFile[] | null {
  if (!Array.isArray(raw)) return null;
  const files: SavedFile[] = [];
  for (const file of raw) {
    if (!isRecord(file) || typeof file.name !== 'string') return null;
    const { data } = file;
    const blob = typeof Blob !== 'undefined' && data instanceof Blob;
    if (!blob && !(data instanceof Uint8Array)) return null;
    files.push({ name: file.name, data: data as Blob | Uint8Array });
  }
  return files;
}

function readColumnMapping(raw: unknown): ReadonlyMap<string, ColumnMapping> | undefined {
  if (!(raw instanceof Map)) return undefined;
  const mapping = new Map<string, ColumnMapping>();
  for (const [file, columns] of raw) {
    if (typeof file !== 'string' || !(columns instanceof Map)) return undefined;
    for (const [column, field] of columns) {
      if (typeof column !== 'string' || (field !== null && typeof field !== 'string')) {
        return undefined;
      }
    }
    mapping.set(file, columns as ColumnMapping);
  }
  return mapping;
}

function readSource(raw: unknown): SavedImport | null {
  if (!isRecord(raw)) return null;
  const files = readFiles(raw.files);
  if (!files || (files.length === 0 && raw.name !== ILLUSTRATIVE_IMPORT)) return null;
  const mapping = readColumnMapping(raw.columnMapping);
  return {
    files,
    name: typeof raw.name === 'string' ? raw.name : files.map((f) => f.name).join(' + '),
    ...(mapping ? { columnMapping: mapping } : {}),
  };
}

/** The imports in order; one that cannot be read ends the list (what follows added to it). */
function readSources(raw: unknown): SavedImport[] {
  if (!Array.isArray(raw)) return [];
  const sources: SavedImport[] = [];
  for (const item of raw) {
    const source = readSource(item);
    if (!source) break;
    sources.push(source);
  }
  return sources;
}

/**
 * A workspace as read back from storage, brought up to this version; null for what is no
 * workspace at all (a record of a newer version is read as far as its fields allow).
 */
export function readWorkspace(raw: unknown, id: string): Workspace | null {
  if (!isRecord(raw) || typeof raw.format !== 'number') return null;
  return {
    format: WORKSPACE_FORMAT,
    summary: readSummary(raw.summary, id),
    sources: readSources(raw.sources),
    view: isRecord(raw.view) ? raw.view : null,
    edits: readHistory(raw.edits),
    views: readSavedViews(raw.views),
  };
}

/** A copy's name: `copyOf` worded by the page ("{{name}} (copy)"), numbered if taken. */
export function copyName(copy: string, taken: readonly string[]): string {
  const names = new Set(taken);
  if (!names.has(copy)) return copy;
  for (let n = 2; ; n++) {
    const name = `${copy} ${n}`;
    if (!names.has(name)) return name;
  }
}
