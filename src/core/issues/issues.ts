/** A problem found in the input, shaped as README, the data format says. */
export type IssueLevel = 'error' | 'warning' | 'info';

export type IssueCode =
  | 'encoding_fallback'
  | 'duplicate_id'
  | 'lookalike_id'
  | 'missing_id'
  | 'missing_name'
  | 'missing_endpoint'
  | 'unknown_endpoint'
  | 'dangling_dropped'
  | 'name_matched_endpoint'
  | 'ambiguous_endpoint'
  | 'self_link'
  | 'invalid_weight'
  | 'unknown_country'
  | 'unknown_world_region'
  | 'custom_sector'
  | 'invalid_boolean'
  | 'invalid_year'
  | 'reversed_years'
  | 'invalid_coordinate'
  | 'invalid_scope'
  | 'parallel_links'
  | 'ragged_row'
  | 'unknown_column'
  | 'alias_column'
  | 'duplicate_column'
  | 'computed_column'
  | 'placeholder_rows'
  | 'csv_syntax'
  | 'project_migrated'
  | 'no_organizations'
  | 'no_links'
  | 'typed_column'
  | 'long_as_longitude'
  | 'long_not_longitude'
  | 'region_is_world_region'
  | 'name_as_id'
  | 'sheet_ignored'
  | 'sheet_unrecognised'
  | 'sheet_same_kind'
  | 'dynamic_network'
  | 'hyperedges_skipped'
  | 'conflicting_value'
  | 'pair_already_linked'
  | 'files_appended'
  /** An organisation added in the app under an id another already has. */
  | 'id_taken';

export interface ImportIssue {
  level: IssueLevel;
  /** File name as the user gave it. */
  file: string;
  /** Row as a spreadsheet numbers it (header = 1); null when the issue is about the whole file. */
  row: number | null;
  /** Header as written in the file; null when the issue is about a whole row or file. */
  column: string | null;
  code: IssueCode;
  /** English sentence; the app translates from `code` and `params`. */
  message: string;
  /** Values the message names, for translation (ids, values, other rows). */
  params: Record<string, string | number>;
  /**
   * Only on a message that stands for several rows (a notice repeated down a file, said once):
   * how many rows, and every one of them in order; `row` is the first, and `params.rows` the
   * first few as the sentence names them.
   */
  count?: number;
  rows?: number[];
}

/**
 * The notices said once for all the rows they concern, per file and per what tells them apart
 * (importIssues.ts): an unknown id, a value, a column, or nothing but their kind.
 */
export const GROUPED_CODES = [
  'unknown_endpoint',
  'dangling_dropped',
  'name_matched_endpoint',
  'ambiguous_endpoint',
  'unknown_country',
  'unknown_world_region',
  'duplicate_id',
  'missing_id',
  'missing_name',
  'missing_endpoint',
  'invalid_weight',
  'invalid_boolean',
  'invalid_year',
  'invalid_coordinate',
  'invalid_scope',
  'self_link',
  'parallel_links',
  'ragged_row',
  'csv_syntax',
  'region_is_world_region',
  'pair_already_linked',
] as const satisfies readonly IssueCode[];
export type GroupedCode = (typeof GROUPED_CODES)[number];

/**
 * Why a file cannot be used, precisely, and the values its sentence names besides the file's
 * name: every language's sentence names the same (the app translates from `code` and `params`).
 */
export const UNUSABLE_PARAMS = {
  no_file: [],
  empty: [],
  /** `kind`: what the bytes look like (BINARY_KINDS). */
  binary: ['kind'],
  no_header: [],
  /** `firstRow`: the file's first cells, quoted. */
  headerless: ['firstRow'],
  adjacency_matrix: [],
  space_delimited: ['firstRow'],
  /** `lookedFor`: the column names tried. */
  no_source: ['lookedFor'],
  no_target: ['lookedFor'],
  no_ends: ['lookedFor'],
  no_ids: ['lookedFor'],
  /** `firstRow`: the file's first cells, quoted. */
  unrecognised: ['firstRow', 'lookedFor'],
  /** `first`: the other file of the same kind. */
  two_links_files: ['first'],
  two_organizations_files: ['first'],
  /** A project file (src/core/export/projectFile.ts): not one, or of a newer version. */
  not_project: [],
  /** `version`: the file's; `supported`: the newest this app opens. */
  newer_project: ['version', 'supported'],
  /** `where`: the path of the first value that is wrong (`dataset.organizations[3].id`). */
  invalid_project: ['where'],
  /** An XML file of another kind than GEXF or GraphML. */
  other_xml: [],
  /** `line` and `detail`: where the XML breaks and how (tags quoted as written). */
  bad_xml: ['line', 'detail'],
  /** A ZIP archive from which no workbook could be read. */
  bad_workbook: [],
  /** A GEXF or GraphML file without a node or an edge. */
  no_nodes: [],
} as const satisfies Record<string, readonly string[]>;

export type UnusableCode = keyof typeof UNUSABLE_PARAMS;
export type UnusableParams = Partial<
  Record<(typeof UNUSABLE_PARAMS)[UnusableCode][number], string>
>;

/** What a binary file looks like, from its first bytes. */
export const BINARY_KINDS = ['zip', 'xls', 'pdf', 'png', 'jpeg', 'other'] as const;
export type BinaryKind = (typeof BINARY_KINDS)[number];

/**
 * Thrown when a file cannot be used at all (empty, binary, no header, no id/source/target
 * column). `message` is one English sentence naming the file and what is missing; `reason` the
 * broad kind (the column-mapping step mends `missing_columns` and `unrecognised`), `code` and
 * `params` what the app's sentence in each language says.
 */
export class UnusableInputError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly reason:
      | 'missing_file'
      | 'empty'
      | 'binary'
      | 'no_header'
      | 'delimiter'
      | 'missing_columns'
      | 'unrecognised'
      | 'unsupported'
      /** A workbook or an XML network that cannot be parsed: no column mapping can mend it. */
      | 'unreadable',
    readonly code: UnusableCode,
    readonly params: UnusableParams = {},
  ) {
    super(message);
    this.name = 'UnusableInputError';
  }
}
