/** English catalogue: every string the app shows. Other languages have the same keys. */
export const en = {
  app: {
    name: 'Alliance Atlas',
    tagline: 'Who collaborates with whom in the social and solidarity economy',
  },
  dataset: {
    illustrative: 'Illustrative SSE network (fictional alliances)',
    loading: 'Loading the network…',
  },
  language: { label: 'Language', en: 'English', es: 'Español', fr: 'Français' },
  import: {
    button: 'Import CSV files',
    hint: 'Choose the organisations file and the links file together.',
    progress: 'Importing… {{percent}} %',
    cancel: 'Cancel',
    cancelled: 'Import cancelled; the previous network is still shown.',
    failed: 'The import failed: {{message}}',
    messages: 'Import messages',
    summary_error_one: '{{count}} error',
    summary_error_other: '{{count}} errors',
    summary_warning_one: '{{count}} warning',
    summary_warning_other: '{{count}} warnings',
    summary_info_one: '{{count}} note',
    summary_info_other: '{{count}} notes',
    none: 'No problems found in the files.',
    show: 'Show messages',
    hide: 'Hide messages',
    levelHeader: 'Level',
    file: 'File',
    row: 'Row',
    column: 'Column',
    message: 'Message',
    level: { error: 'Error', warning: 'Warning', info: 'Note' },
    wholeFile: 'whole file',
  },
  mapping: {
    title: 'Which column of {{file}} is which?',
    explain:
      'No column name was recognised. Say what each column holds; the others are kept as attributes.',
    kind: 'This file lists',
    organizations: 'organisations',
    links: 'links (alliances)',
    column: 'Column in the file',
    field: 'Means',
    keep: '— keep as an attribute —',
    unnamed: 'Column {{n}}',
    required: 'Still needed: {{fields}}.',
    apply: 'Import with these columns',
    dismiss: 'Close',
  },
  unusable: {
    missing_file: '{{file}} could not be read.',
    empty: '{{file}} is empty: it has no header row and no data.',
    binary: '{{file}} is not a text CSV file (it looks binary).',
    no_header: '{{file}} has no header row.',
    missing_columns:
      '{{file}} lacks the columns it needs: an id column, or a source and a target column.',
    unrecognised:
      '{{file}} is neither an organisations file (an id column) nor a links file (source and target columns).',
  },
  issue: {
    encoding_fallback:
      'The file is not valid UTF-8; it was read as Windows-1252 (Excel). Check the accents.',
    duplicate_id:
      'Organisation id “{{id}}” already appears on row {{firstRow}}; this row was not used.',
    missing_id: 'This row has no id, so the organisation was not used.',
    missing_name: 'No name: the id is shown instead.',
    missing_endpoint: 'The link has no {{missing}}, so it was not used.',
    unknown_endpoint:
      'No organisation has the id “{{value}}”; a placeholder organisation was created.',
    unknown_endpoint_summary: '{{count}} organisations were created from the links file alone.',
    dangling_dropped: 'No organisation matches “{{value}}”; the link was dropped.',
    name_matched_endpoint:
      '“{{value}}” is not an id; it matched the organisation named so (id “{{id}}”).',
    ambiguous_endpoint:
      '“{{value}}” matches {{count}} organisations by name ({{ids}}); treated as unknown.',
    self_link: 'The link ties “{{id}}” to itself: kept, but ignored by the metrics.',
    invalid_weight: 'Weight “{{value}}” is not a positive number; 1 was used.',
    unknown_country: 'Country “{{value}}” was not recognised; its links have an unknown scope.',
    unknown_world_region:
      'World region “{{value}}” was not recognised; the country’s region is used.',
    custom_sector:
      'Sector “{{value}}” is not one of the usual sectors; kept as it is ({{count}} organisations).',
    invalid_boolean: '“{{value}}” is not yes or no; the link was taken as undirected.',
    invalid_year: '“{{value}}” is not a year or a date; it was left empty.',
    invalid_coordinate: 'Coordinate “{{value}}” is out of range; it was left empty.',
    invalid_scope:
      'Scope “{{value}}” is not local, national, regional or international; it was ignored.',
    parallel_links:
      'Another link between “{{source}}” and “{{target}}” is on row {{firstRow}}; both kept, the metrics add their weights.',
    ragged_row: 'The row has {{values}} values for {{columns}} columns.',
    unknown_column: 'This column is not a known field; it is kept as an attribute.',
    duplicate_column: 'This column name appears twice; the first one is used.',
    csv_syntax: 'A quote is not closed or stands where it should not; check this row.',
  },
  stats: {
    organizations_one: '{{count, number}} organisation',
    organizations_other: '{{count, number}} organisations',
    alliances_one: '{{count, number}} alliance',
    alliances_other: '{{count, number}} alliances',
    ofTotal: '{{visible}} of {{total}}',
    label: 'Network size',
  },
  legend: { title: 'Sector', placeholder: 'Not in the organisations file', other: 'Other or none' },
  graph: { label: 'Network of organisations and their alliances' },
  sector: {
    cooperative: 'Cooperative',
    social_enterprise: 'Social enterprise',
    civil_society: 'Civil society',
    movement: 'Movement or collective',
    union: 'Union',
    academia: 'University or research',
    government: 'Government',
    private: 'Private firm',
    network: 'SSE network or federation',
    international: 'International body',
    finance: 'Solidarity finance',
  },
  scope: {
    local: 'Local',
    national: 'National',
    regional: 'Regional',
    international: 'International',
    unknown: 'Unknown',
  },
};

export type Catalogue = typeof en;
