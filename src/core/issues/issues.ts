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
  | 'csv_syntax';

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
}

/**
 * Thrown when a file cannot be used at all (empty, binary, no header, no id/source/target
 * column). `message` is one sentence naming the file and what is missing.
 */
export class UnusableInputError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly reason:
      'missing_file' | 'empty' | 'binary' | 'no_header' | 'missing_columns' | 'unrecognised',
  ) {
    super(message);
    this.name = 'UnusableInputError';
  }
}
