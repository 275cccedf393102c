/**
 * The app's project file: one JSON object holding the dataset as the app has it, the settings
 * the caller passes (opaque here), and the saved views, stories and edits (empty until the app
 * keeps them). A file records its version; a file of an older version is brought up to date by
 * the migrations, one version at a time, so that every file the app ever wrote still opens
 * (tests/fixtures/project keeps one of each version).
 */
import { UnusableInputError, type ImportIssue } from '../issues/issues';
import type { Dataset } from '../model/types';
import { isObject, readDataset } from './projectShape';

export const PROJECT_FORMAT = 'alliance-atlas-project';

export interface ProjectFile {
  format: typeof PROJECT_FORMAT;
  version: number;
  dataset: Dataset;
  /** What the caller keeps of its state; read back as it was written. */
  settings: Record<string, unknown>;
  views: unknown[];
  stories: unknown[];
  edits: unknown[];
}

/** A project file as parsed, of some version: only `format` and `version` are known. */
export type RawProject = Record<string, unknown>;

/** Turns a file of version N into one of version N + 1. */
export type Migration = (project: RawProject) => RawProject;

/**
 * `MIGRATIONS[i]` turns version i + 1 into version i + 2; the version written is the one after
 * the last. A new version adds its migration here and its fixture under tests/fixtures/project.
 */
export const MIGRATIONS: readonly Migration[] = [];

export const PROJECT_VERSION = MIGRATIONS.length + 1;

export function projectFile(dataset: Dataset, settings: Record<string, unknown> = {}): ProjectFile {
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    dataset,
    settings,
    views: [],
    stories: [],
    edits: [],
  };
}

/** The project file's text (records without a prototype are written like any other object). */
export function writeProjectFile(dataset: Dataset, settings: Record<string, unknown> = {}): string {
  return JSON.stringify(projectFile(dataset, settings)) + '\n';
}

export interface ReadProject {
  project: ProjectFile;
  /** An info message when the file was of an older version and was brought up to date. */
  issues: ImportIssue[];
}

function notProject(file: string): UnusableInputError {
  return new UnusableInputError(
    `${file} is not an Alliance Atlas project file.`,
    file,
    'unsupported',
    'not_project',
  );
}

function invalidAt(file: string): (where: string) => never {
  return (where) => {
    throw new UnusableInputError(
      `${file} is an Alliance Atlas project file, but its field ${where} is not valid.`,
      file,
      'unsupported',
      'invalid_project',
      { where },
    );
  };
}

/**
 * Reads a project file of this version or an older one. Throws UnusableInputError, with one
 * sentence, for text that is not a project file, a file of a newer version, or a value that is
 * wrong (named by its path).
 */
export function readProjectFile(
  text: string,
  file = 'project.json',
  migrations: readonly Migration[] = MIGRATIONS,
): ReadProject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw notProject(file);
  }
  if (!isObject(parsed) || !Object.hasOwn(parsed, 'format') || parsed.format !== PROJECT_FORMAT) {
    throw notProject(file);
  }
  const invalid = invalidAt(file);
  const version = parsed.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) invalid('version');
  const from = version as number;
  const current = migrations.length + 1;
  if (from > current) {
    throw new UnusableInputError(
      `${file} was saved by a newer Alliance Atlas (project version ${from}); this one opens versions up to ${current}.`,
      file,
      'unsupported',
      'newer_project',
      { version: String(from), supported: String(current) },
    );
  }
  let raw: RawProject = parsed;
  for (let v = from; v < current; v++) {
    raw = { ...migrations[v - 1]!(raw), version: v + 1 };
  }
  const settings = raw.settings;
  if (!isObject(settings)) invalid('settings');
  const lists = (key: 'views' | 'stories' | 'edits'): unknown[] => {
    const value = raw[key];
    return Array.isArray(value) ? value : invalid(key);
  };
  const project: ProjectFile = {
    format: PROJECT_FORMAT,
    version: current,
    dataset: readDataset(raw.dataset, 'dataset', invalid),
    settings: settings as Record<string, unknown>,
    views: lists('views'),
    stories: lists('stories'),
    edits: lists('edits'),
  };
  const issues: ImportIssue[] =
    from === current
      ? []
      : [
          {
            level: 'info',
            file,
            row: null,
            column: null,
            code: 'project_migrated',
            message: `The project file was saved in version ${from}; it was brought up to version ${current}.`,
            params: { from, to: current },
          },
        ];
  return { project, issues };
}

/**
 * True when a file's first bytes open a project file (`{"format":"alliance-atlas-project"`, as
 * writeProjectFile writes it, spaces and a byte order mark allowed): the import then reads it
 * as one, not as a table.
 */
export function looksLikeProjectFile(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512));
  return new RegExp(`^\\uFEFF?\\s*\\{\\s*"format"\\s*:\\s*"${PROJECT_FORMAT}"`).test(head);
}
