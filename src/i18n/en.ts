/** English catalogue: every string the app shows. Other languages have the same keys. */
import type { LinkField, OrganizationField } from '../core/csv/headers';
import type { ExportErrorCode } from '../core/export/files';
import type { BinaryKind, GroupedCode, IssueCode, UnusableCode } from '../core/issues/issues';
import type { Theme, WorldRegion } from '../core/model/types';

/** Sentences that name a count come in the plural forms of each language (`count`). */
type Counted =
  | 'ambiguous_endpoint'
  | 'custom_sector'
  | 'unknown_endpoint_summary'
  | 'alias_column_filled'
  | 'hyperedges_skipped'
  | 'placeholder_rows'
  | 'pair_already_linked_summary';
type Plural<K extends string> = `${K}_one` | `${K}_other`;

/**
 * Every issue code has a sentence; the summary variants are for placeholders counted together
 * and for pairs already linked where the rows are not known, the filled variant for a column
 * that stood in for another where that one had no value. `values` and `columns` are nested in
 * the sentence of a ragged row, the counts of an append in its summary, each in its plural form.
 */
type IssueSentences = Record<
  Exclude<
    IssueCode | 'unknown_endpoint_summary' | 'alias_column_filled' | 'pair_already_linked_summary',
    Counted
  >,
  string
> &
  Record<
    Plural<
      Counted | 'values' | 'columns' | 'organizationsAdded' | 'organizationsMerged' | 'linksAdded'
    >,
    string
  >;

/**
 * A catalogue: the keys of this one. Spanish and French also have a `_many` form beside each
 * `_other` (CLDR uses it for millions: "1 000 000 organisations"); English has none.
 */
export type Catalogue = WithMany<typeof en>;
type WithMany<T> = {
  [K in keyof T]: T[K] extends string ? T[K] : WithMany<T[K]>;
} & { [K in keyof T as K extends `${infer Base}_other` ? `${Base}_many` : never]?: string };
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
  /** A label and what follows it (French spaces the colon). */
  punctuation: { colon: '{{label}}:' },
  import: {
    reading: 'Reading the files: their messages will be listed here.',
    button: 'Import files',
    hint: 'Choose the organisations and links CSV files together, or one Excel or Kumu workbook, a GEXF or GraphML file, or a project file.',
    appendButton: 'Add files',
    appendHint:
      'Add the organisations and links of more files to the network shown: an organisation whose id is already there is merged with it, and every value that differs is listed.',
    progress: 'Importing… {{percent}} %',
    cancel: 'Cancel',
    failed:
      'The import stopped on an unexpected error ({{detail}}); the network on screen is kept.',
    unavailable:
      'Part of the app could not be loaded (is the connection lost?), so the import did not run; the network on screen is kept. Try again once the page can reach its server.',
    cancelled: 'Import cancelled; the previous network is still shown.',
    shownOf_one: '{{shown}} of {{count}} message shown.',
    shownOf_other: '{{shown}} of {{count}} messages shown.',
    more_one: 'Show {{count}} more',
    more_other: 'Show {{count}} more',
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
    rowsOf_one: 'Row {{first}} and {{count}} more',
    rowsOf_other: 'Row {{first}} and {{count}} more',
    rowsMore_one: '… and {{count}} more',
    rowsMore_other: '… and {{count}} more',
  },
  linksOnly: {
    title: 'Replace the network with the alliances of {{file}}?',
    explain:
      '{{file}} holds only alliances: the organisations will be the ends named in it, without sector, country or other details, and the network shown will be replaced.',
    hint: 'To keep the organisations’ details, choose their file together with this one.',
    confirm: 'Import the alliances only',
    cancel: 'Cancel',
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
    fields: {
      organizations: {
        id: 'Id (unique identifier)',
        name: 'Name',
        sector: 'Sector',
        country: 'Country',
        region: 'Region (state, province)',
        city: 'City',
        lat: 'Latitude',
        lon: 'Longitude',
        scope: 'Scope (local to international)',
        world_region: 'World region',
        themes: 'Themes',
        aliases: 'Other names (acronyms)',
      } satisfies Record<OrganizationField, string>,
      links: {
        source: 'Source (an organisation’s id)',
        target: 'Target (an organisation’s id)',
        type: 'Alliance type',
        weight: 'Weight',
        directed: 'Directed (yes or no)',
        since: 'Since (year or date)',
        until: 'Until (year or date)',
        scope: 'Scope (instead of the one derived)',
        themes: 'Themes',
      } satisfies Record<LinkField, string>,
    },
  },
  unusable: {
    no_file: 'No file was given: import an organisations file, a links file, or both.',
    empty: '{{file}} is empty: it has no header row and no data.',
    binary:
      '{{file}} is not a CSV text file (it looks like {{kind}}); save it from the spreadsheet as CSV and import that.',
    no_header: '{{file}} has no header row: every row in it is empty.',
    headerless:
      '{{file}} seems to have no header row: its first row ({{firstRow}}) looks like data, not column names; add a first row naming the columns (source, target for alliances; id, name for organisations).',
    adjacency_matrix:
      '{{file}} looks like an adjacency matrix (rows and columns of 0 and 1), not a table with a header row; write its alliances one per row with source and target columns.',
    space_delimited:
      '{{file}} seems to separate its columns with spaces, but its first row ({{firstRow}}) names no column the app knows; save it with commas, semicolons or tabs between the columns, with a first row naming them (source, target for alliances; id, name for organisations).',
    no_source: '{{file}} has no source column (looked for: {{lookedFor}}).',
    no_target: '{{file}} has no target column (looked for: {{lookedFor}}).',
    no_ends: '{{file}} has no source and target columns (looked for: {{lookedFor}}).',
    no_ids: '{{file}} has no id or name column (looked for: {{lookedFor}}).',
    unrecognised:
      '{{file}} has neither an id or name column nor source and target columns: its first row reads {{firstRow}} (looked for: {{lookedFor}}).',
    two_links_files:
      '{{first}} and {{file}} both look like links files; import one organisations file and one links file.',
    two_organizations_files:
      '{{first}} and {{file}} both look like organisations files; import one organisations file and one links file.',
    not_project: '{{file}} is not an Alliance Atlas project file.',
    newer_project:
      '{{file}} was saved by a newer Alliance Atlas (project version {{version}}); this one opens versions up to {{supported}}.',
    invalid_project:
      '{{file}} is an Alliance Atlas project file, but its field {{where}} is not valid.',
    other_xml:
      '{{file}} is an XML file but neither GEXF nor GraphML, the network formats the app reads.',
    bad_xml:
      '{{file}} is not well-formed XML (line {{line}}: {{detail}}), so it cannot be read; export it again.',
    bad_workbook:
      '{{file}} is a ZIP archive but no workbook could be read from it; open it in a spreadsheet and save it again as .xlsx.',
    no_nodes: '{{file}} holds no nodes and no edges.',
  } satisfies Record<UnusableCode, string>,
  /** What a binary file looks like, named inside unusable.binary. */
  binaryKind: {
    zip: 'a ZIP archive or an Excel workbook (.xlsx)',
    xls: 'an old Excel workbook (.xls)',
    pdf: 'a PDF document',
    png: 'a PNG image',
    jpeg: 'a JPEG image',
    other: 'a binary file',
  } satisfies Record<BinaryKind, string>,
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
    unknown_endpoint_summary_one: '{{count}} organisation was created from the links file alone.',
    unknown_endpoint_summary_other:
      '{{count}} organisations were created from the links file alone.',
    dangling_dropped: 'No organisation matches “{{value}}”; the link was dropped.',
    name_matched_endpoint:
      '“{{value}}” is not an id; it matched the organisation named so (id “{{id}}”).',
    ambiguous_endpoint_one:
      '“{{value}}” matches {{count}} organisation by name ({{ids}}); treated as unknown.',
    ambiguous_endpoint_other:
      '“{{value}}” matches {{count}} organisations by name ({{ids}}); treated as unknown.',
    self_link: 'The link ties “{{id}}” to itself: kept, but ignored by the metrics.',
    invalid_weight: 'Weight “{{value}}” is not a positive number; 1 was used.',
    unknown_country: 'Country “{{value}}” was not recognised; its links have an unknown scope.',
    unknown_world_region:
      'World region “{{value}}” was not recognised; the country’s region is used.',
    custom_sector_one:
      'Sector “{{value}}” is not one of the usual sectors; kept as it is ({{count}} organisation).',
    custom_sector_other:
      'Sector “{{value}}” is not one of the usual sectors; kept as it is ({{count}} organisations).',
    invalid_boolean: '“{{value}}” is not yes or no; the link was taken as undirected.',
    invalid_year: '“{{value}}” is not a year or a date; it was left empty.',
    invalid_coordinate: 'Coordinate “{{value}}” is out of range; it was left empty.',
    invalid_scope:
      'Scope “{{value}}” is not local, national, regional or international; it was ignored.',
    parallel_links:
      'Another link between “{{source}}” and “{{target}}” is on row {{firstRow}}; both kept, the metrics add their weights.',
    ragged_row:
      'The row has $t(issue.values, {"count": {{values}} }) for $t(issue.columns, {"count": {{columns}} }).',
    values_one: '{{count}} value',
    values_other: '{{count}} values',
    columns_one: '{{count}} column',
    columns_other: '{{count}} columns',
    unknown_column: 'This column is not a known field; it is kept as an attribute.',
    duplicate_column: 'This column name appears twice; the first one is used.',
    csv_syntax:
      'A quote is not closed or stands where it should not; it was read as text. Check this row.',
    id_taken: 'Id “{{id}}” is already the id of “{{name}}”; choose another.',
    lookalike_id:
      'Id “{{id}}” looks the same as “{{firstId}}” on row {{firstRow}} but differs in invisible characters or accent encoding; both were kept.',
    reversed_years: 'Start {{since}} comes after end {{until}}; both were kept as written.',
    alias_column:
      'This column also names the {{field}}, as column “{{used}}” does, which was used; it is kept as an attribute.',
    computed_column:
      'These columns hold values the app computes ({{columns}}); they were not read and are computed afresh.',
    placeholder_rows_one:
      'Row {{rows}} is a placeholder organisation (a link end no organisation matched): the links that name it make it again.',
    placeholder_rows_other:
      'Rows {{rows}} are {{count}} placeholder organisations (link ends no organisation matched): the links that name them make them again.',
    project_migrated:
      'The project file was saved in version {{from}}; it was brought up to version {{to}}.',
    alias_column_filled_one:
      'This column also names the {{field}}, as column “{{used}}” does, which was used; this one filled it on {{count}} row where “{{used}}” is empty or NA ({{rows}}), and it is kept as an attribute.',
    alias_column_filled_other:
      'This column also names the {{field}}, as column “{{used}}” does, which was used; this one filled it on {{count}} rows where “{{used}}” is empty or NA ({{rows}}), and it is kept as an attribute.',
    no_organizations:
      'The file has a header but no rows: the organisations are those the links name, if any.',
    no_links: 'The file has a header but no rows: the network has no alliances.',
    typed_column:
      'This column was read as the {{field}}: “{{suffix}}” after its name was taken for the type of its values.',
    long_as_longitude:
      'This column was read as the longitude, next to the latitude in column “{{latitude}}”.',
    long_not_longitude:
      'This column was kept as an attribute: without a latitude column it need not be a longitude.',
    region_is_world_region:
      '“{{value}}” is a world region; it was read as such, not as a region within a country.',
    name_as_id:
      'No id column: each organisation’s name (column “{{column}}”) is its id, and the links must name organisations by it.',
    sheet_ignored: 'Sheet “{{sheet}}” is marked (ignore), as Kumu does: it was left aside.',
    sheet_unrecognised:
      'Sheet “{{sheet}}” has neither an id or name column nor source and target columns: it was left aside.',
    sheet_same_kind:
      'Sheet “{{sheet}}” looks like sheet “{{used}}”, which was read instead: it was left aside.',
    dynamic_network:
      'The network changes over time: each attribute’s latest value was taken, every node and edge is included, and the edges’ start and end are their since and until.',
    hyperedges_skipped_one:
      'The file has {{count}} hyperedge (a tie among more than two nodes); it was not read.',
    hyperedges_skipped_other:
      'The file has {{count}} hyperedges (ties among more than two nodes); they were not read.',
    conflicting_value:
      'Organisation “{{id}}” already has “{{kept}}” in column “{{column}}”; the value “{{ignored}}” of this row was not used.',
    pair_already_linked:
      'The network already links “{{source}}” and “{{target}}”; both links are kept, the metrics add their weights.',
    pair_already_linked_summary_one:
      '{{count}} link of this file ties a pair the network already links: kept, the metrics add the weights.',
    pair_already_linked_summary_other:
      '{{count}} links of this file tie pairs the network already links: all kept, the metrics add the weights.',
    files_appended:
      'Added to the network: $t(issue.organizationsAdded, {"count": {{added}} }), $t(issue.organizationsMerged, {"count": {{merged}} }) and $t(issue.linksAdded, {"count": {{links}} }).',
    organizationsAdded_one: '{{count}} new organisation',
    organizationsAdded_other: '{{count}} new organisations',
    organizationsMerged_one: '{{count}} merged by id',
    organizationsMerged_other: '{{count}} merged by id',
    linksAdded_one: '{{count}} new link',
    linksAdded_other: '{{count}} new links',
  } satisfies IssueSentences,
  /** A notice said once for several rows (`rows`), then how many and the first ones. */
  issueGroup: {
    unknown_endpoint:
      'No organisation has the id “{{value}}”; a placeholder organisation was created and the links naming it were tied to it.',
    dangling_dropped: 'No organisation matches “{{value}}”; the links naming it were dropped.',
    name_matched_endpoint:
      '“{{value}}” is not an id; the links naming it were tied to the organisation named so (id “{{id}}”).',
    ambiguous_endpoint:
      '“{{value}}” is the name of several organisations ({{ids}}); the links naming it treated it as unknown.',
    unknown_country:
      'Country “{{value}}” was not recognised; the links of these organisations have an unknown scope.',
    unknown_world_region:
      'World region “{{value}}” was not recognised; each country’s region is used.',
    duplicate_id:
      'Organisation id “{{id}}” already appears on row {{firstRow}}; these later rows were not used.',
    missing_id: 'Rows without an id: these organisations were not used.',
    missing_name: 'Rows without a name: the id is shown instead.',
    missing_endpoint: 'Links without {{missing}}: they were not used.',
    invalid_weight: 'Weights that are not positive numbers (the first: “{{value}}”); 1 was used.',
    invalid_boolean:
      'Values that are not yes or no (the first: “{{value}}”); these links were taken as undirected.',
    invalid_year:
      'Values that are not a year or a date (the first: “{{value}}”); they were left empty.',
    invalid_coordinate: 'Coordinates out of range (the first: “{{value}}”); they were left empty.',
    invalid_scope:
      'Scopes that are not local, national, regional or international (the first: “{{value}}”); they were ignored.',
    self_link:
      'Links that tie an organisation to itself (the first: “{{id}}”): kept, but ignored by the metrics.',
    parallel_links:
      'Links between a pair already linked on an earlier row: all kept, the metrics add their weights.',
    ragged_row:
      'Rows whose number of values is not the header’s $t(issue.columns, {"count": {{columns}} }): extra values were not used, missing ones read as empty.',
    csv_syntax:
      'Quotes not closed or standing where they should not: they were read as text. Check these rows.',
    region_is_world_region:
      'Values that are world regions (the first: “{{value}}”): read as such, not as regions within a country.',
    pair_already_linked:
      'Links between a pair the network already links: all kept, the metrics add their weights.',
    rows_one: '{{count}} row: {{rows}}',
    rows_other: '{{count}} rows: {{rows}}',
  } satisfies Record<GroupedCode | Plural<'rows'>, string>,
  area: { label: 'Areas of the app', explore: 'Explore', analyse: 'Analyse', present: 'Present' },
  /** What a format cannot hold (core/export/files: ExportError's codes). */
  exportError: {
    cell_too_long:
      'row {{row}} of the {{sheet}} sheet holds {{length}} characters in column “{{column}}”, more than the {{limit}} an Excel cell can hold; export it as CSV instead.',
    too_many_rows:
      'the {{sheet}} sheet would need {{rows}} rows, more than the {{limit}} an Excel sheet can hold; export it as CSV instead.',
    too_many_columns:
      'the {{sheet}} sheet would need {{columns}} columns, more than the {{limit}} an Excel sheet can hold; export it as CSV instead.',
  } satisfies Record<ExportErrorCode, string>,
  export: {
    button: 'Export',
    whole:
      'The whole network: {{organizations}} organisations and {{links}} alliances, with every measure.',
    onScreen:
      'The network on screen: {{organizations}} organisations and {{links}} alliances, as the layer and filters keep them, with their measures (the project file keeps everything).',
    format: {
      csv: 'CSV: organisations and alliances (two files)',
      xlsx: 'Excel workbook (Kumu opens it too)',
      gexf: 'GEXF, for Gephi',
      graphml: 'GraphML, for yEd and networkx',
      json: 'Project file: the whole work, to reopen here',
    },
    short: {
      csv: 'CSV',
      xlsx: 'Excel',
      gexf: 'GEXF',
      graphml: 'GraphML',
      json: 'project',
      svg: 'SVG',
      png: 'PNG',
    },
    pictures: 'A picture of the view, with its title and legend:',
    picture: { svg: 'SVG picture (vector, any size)', png: 'PNG picture at {{scale}}×' },
    noView: 'there is no network on screen to take a picture of.',
    pictureTooLarge:
      'the picture would be larger than a browser can draw. Choose a smaller scale, or SVG.',
    working: 'Writing the {{format}} file…',
    done: 'Saved: {{files}}.',
    failed: 'Nothing was saved: {{message}}',
    unavailable:
      'The export could not start: its code could not be loaded. Reload the page once the network is back.',
  },
  valueMapping: {
    open: 'How sectors and alliance types were read',
    title: 'Sectors and alliance types as read',
    intro:
      'Each value as your files write it, how many hold it, and what the app read it as. Change a reading and apply: the files are read again, and the same values are read so in your next imports on this computer.',
    sector: 'Sectors',
    linkType: 'Alliance types',
    written: 'As written',
    count: 'How many',
    readAs: 'Read as',
    readAsFor: 'Read “{{value}}” as',
    keep: 'As written (a sector of its own)',
    remembered: '(your earlier choice)',
    apply: 'Apply and read the files again',
    close: 'Close',
  },
  analyse: {
    recomputing:
      'Measuring the network now on screen… the figures below are still those of the network named above.',
    whole: 'The whole network: {{organizations}} organisations, {{links}} alliances.',
    narrowed:
      'The network on screen: {{organizations}} of {{allOrganizations}} organisations and {{links}} of {{allLinks}} alliances, as the layer and filters keep them.',
    wholeButton: 'Analyse the whole network',
    sameAs: 'The same figures from the command line:',
    sections: 'Parts of the analysis',
    section: {
      summary: 'Summary',
      rankings: 'Rankings',
      mixing: 'Sector mixing',
      gaps: 'Gaps',
      suggestions: 'Suggestions',
      report: 'Gap report',
      periods: 'Over time',
    },
  },
  periods: {
    title: 'Two periods compared',
    intro:
      'Each period shows the organisations the layer and filters keep and the alliances active at some time in its years, as the command line’s compare does with the same options.',
    period: 'Period {{number}}',
    from: 'From',
    to: 'To',
    notYear: 'Write a year in each box.',
    backwards: 'A period cannot end before it starts.',
    computing: 'Computing the two periods…',
    tableCaption: 'The two periods’ figures',
    figureHeader: 'Figure',
    change: 'Change',
    periodHeader: 'Period',
    valueHeader: 'Value',
    ofAll: '{{active}} of {{all}}',
    points: '{{value}} points',
    file: 'periods-compared',
    chart: 'Density and shares in each period',
    chartNote:
      'Cross-sector share: ties between two sectors among all ties. International share: links of international scope among active links.',
    mixing: 'Ties between sectors in each period',
    mixingOf: 'Ties between sectors, {{years}}',
    figure: {
      links: 'Alliances active',
      begun: 'Begun (since in the period)',
      ended: 'Ended (until in the period)',
      kept: 'Kept (active in both periods)',
      active_organizations: 'Organisations with a tie',
      ties: 'Linked pairs',
      density: 'Density',
      components: 'Components',
      cross_sector_share: 'Cross-sector share',
      international_share: 'International share',
    },
  },
  mixing: {
    exportSvg: 'Save as SVG',
    exportPng: 'Save as PNG',
    heatmap: {
      file: 'sector-mixing',
      show: 'Show in the cells',
      mode: { observed: 'Ties', ratio: 'Observed ÷ expected' },
      observed: 'Ties between sectors',
      observedNote:
        'Each cell counts the alliances between an organisation of the row’s sector and one of the column’s; the diagonal, those within a sector.',
      ratio: 'Ties between sectors, observed ÷ expected',
      ratioNote:
        'Expected: if organisations chose partners whatever their sector. Blue: more ties than expected (above 1); orange: fewer (below 1); white: as many. A dash: none expected.',
    },
    ei: {
      file: 'sector-ei-index',
      title: 'E-I index per sector',
      note: 'From −1 (all of a sector’s ties stay within it) to +1 (all go to other sectors).',
      axis: 'E-I index',
    },
    brokerage: {
      file: 'sector-brokerage',
      title: 'Brokerage of government and international organisations',
      note: 'Open two-paths (A–B–C with A and C not tied) that the sector’s organisations broker, summed per Gould–Fernandez role.',
      axis: 'Open two-paths brokered',
      organizations: 'Organisations',
      short: {
        coordinator: 'Coordinator',
        consultant: 'Consultant',
        representative: 'Representative',
        liaison: 'Liaison',
      },
      role: {
        coordinator: 'Coordinator (all three in one sector)',
        consultant: 'Consultant (for another sector)',
        representative: 'Representative (of its sector)',
        liaison: 'Liaison (three sectors)',
      },
    },
    degrees: {
      file: 'degree-distribution',
      title: 'Number of partners',
      note: 'How many organisations have each number of partners.',
      axis: 'Partners',
      count: 'Organisations',
    },
  },
  report: {
    title: 'Gap report',
    print: 'Print / save as PDF',
    intro:
      'What the network shows, where alliances are missing and which alliances could close the gaps.',
    topPairs: 'Sector pairs furthest below what their sizes predict',
    counts: 'Organisations and groups apart',
    suggestions: 'The five best suggested alliances',
    source: 'Data: {{name}}',
  },
  gaps: {
    title: 'Where alliances are missing',
    intro: 'Choose an entry to see it in the network.',
    sectorPairs: 'Sector pairs below what their sizes predict',
    pair_one: '{{observed}} tie, {{expected}} expected:',
    pair_other: '{{observed}} ties, {{expected}} expected:',
    ratio: '{{percent}} of what sector sizes predict',
    nothingExpected: 'nothing expected',
    isolatedRegions: 'World regions and countries tied to no other',
    kind: { world_region: 'World region', country: 'Country' },
    groupSize_one: '{{organizations}} organisation, {{ties}} ties within',
    groupSize_other: '{{organizations}} organisations, {{ties}} ties within',
    withoutInternational: 'Sectors without an international alliance',
    withoutExternal: 'Organisations with no tie outside their sector',
    isolated: 'Organisations without ties',
    smallComponents: 'Groups apart from the main network',
    component_one: '{{size}} organisation',
    component_other: '{{size}} organisations',
    showAll: 'Show the whole network again',
    none: 'None.',
    more_one: 'and {{rest}} more',
    more_other: 'and {{rest}} more',
  },
  suggestions: {
    title: 'Suggested alliances',
    intro:
      'Pairs not yet allied who share partners. Choose one to see it in the network and what it would change.',
    order: 'Order',
    by: { score: 'Best score', gaps: 'Close sector gaps' },
    none: 'No suggestion for this network.',
    shared_one: '{{number}} shared partner: {{names}}',
    shared_other: '{{number}} shared partners: {{names}}',
    joins: 'would join {{pair}}, a pair at {{percent}} of what sector sizes predict',
    joinsUnexpected: 'would join {{pair}}, a pair whose sizes predict no tie',
    separator: '; ',
    score: 'score {{score}}',
  },
  effects: {
    title: 'What this alliance would change',
    computing: 'Computing what it would change…',
    failed: 'What it would change could not be computed.',
    unavailable: 'What it would change cannot be computed: the analysis could not be loaded.',
    pairRatio: 'Ties of the two sectors, against what their sizes predict',
    ei: 'E-I index of {{sector}}',
    betweenness: 'Betweenness of {{name}}',
    sectorDistance: 'Average distance between the two sectors',
    components: 'Components',
    joined: 'Joins two components into one',
    notJoined: 'Already in the same component',
  },
  rankings: {
    communityChoice: '{{community}} ({{members}} organisations)',
    title: 'Organisations ranked by each measure',
    preparing: 'Preparing the table…',
    shown: '{{shown}} of {{total}} organisations',
    empty: 'No organisation matches these filters.',
    filter: 'Name or id',
    all: 'All',
    name: 'Name',
    sector: 'Sector',
    country: 'Country',
    community: 'Community',
    export: 'Export CSV',
    file: 'rankings.csv',
  },
  summary: {
    title: 'The network at a glance',
    waiting: 'The measures appear here once the analysis is done.',
    undefined: 'Not defined for this network.',
    name: {
      organizations: 'Organisations',
      links: 'Alliances',
      ties: 'Linked pairs',
      components: 'Components',
      largest_component: 'Largest component',
      density: 'Density',
      transitivity: 'Transitivity',
      average_clustering: 'Average clustering',
      diameter: 'Diameter',
      average_path_length: 'Average distance',
      modularity: 'Modularity',
      communities: 'Communities',
      sector_assortativity: 'Sector assortativity',
      ei_index: 'E-I index',
      scopes: 'Alliances by scope',
    },
    definition: {
      organizations:
        'Every organisation of the data, placeholders (alliance ends not in the organisations file) included.',
      links: 'Every alliance row used, self links included.',
      ties: 'Pairs of organisations joined by at least one alliance: several alliances between the same two count once.',
    },
    sentence: {
      organizations: 'Organisations in the data, placeholders included.',
      links: 'Alliances in the data: partnerships, projects, funding…',
      ties: 'Pairs of organisations that work together.',
      components: 'Separate groups: between two groups there is no chain of alliances.',
      largest_component: '{{percent}} of the organisations belong to the largest connected group.',
      density: '{{percent}} of all possible alliances exist.',
      transitivity:
        'When two organisations share a partner, they are partners themselves {{percent}} of the time.',
      average_clustering:
        'On average, {{percent}} of an organisation’s partners are partners of each other.',
      diameter: 'At most {{value}} steps between two organisations of the largest group.',
      average_path_length:
        'On average {{value}} steps between two organisations of the largest group.',
      modularity: 'How clearly the network splits into communities (above 0.3: a clear split).',
      communities: 'Groups of organisations more tied among themselves than to the rest.',
      sector_assortativity:
        'Above 0, organisations ally mostly within their sector; below 0, across sectors.',
      ei_index: 'From −1 (every alliance inside a sector) to +1 (every alliance across sectors).',
      scopes: 'Alliances by their scope, from local to international.',
    },
  },
  analysis: {
    running: 'Analysing the network… {{percent}} %',
    cancel: 'Cancel',
    cancelled: 'Analysis cancelled.',
    failed: 'The analysis failed.',
    unavailable:
      'The measures could not be computed: the analysis could not be loaded (the connection may be down).',
    communities_one: '{{count}} community',
    communities_other: '{{count}} communities',
    modularity: 'modularity {{value}}',
    ei: 'E-I index {{value}}',
    weighted: 'Weighted',
    weightedHint: 'Use link weights as tie strength in the metrics (distance = 1 / weight).',
  },
  appUpdate: {
    ready: 'A new version is ready — reload when you are ready.',
    reload: 'Reload',
    later: 'Later',
    offlineReady: 'Ready to work offline',
    offlineHint: 'The whole app is kept in this browser: it opens and works with no connection.',
  },
  notice: {
    geographic:
      'The geographic layout could not be loaded (the connection may be down); the previous layout is kept.',
    worldOutline:
      'The world map could not be loaded (the connection may be down); the organisations are placed without it.',
    forceLayout:
      'The layout could not be refined: its code could not be loaded (the connection may be down); the organisations stay where they are.',
    storageFull:
      'The browser’s storage for this app is full: the latest changes are not kept on this machine. Export a project file to keep them, or delete a workspace you no longer need.',
    storageUnavailable:
      'This browser does not let the app keep your work (a private window, or storage turned off): nothing will survive a reload. Export a project file to keep it.',
    storageBlocked:
      'The app’s storage does not answer (another tab of the app may be holding it): your work is not being kept. Close the other tabs of the app, then reload.',
    storageFailed:
      'Your work could not be kept on this machine: the browser’s storage failed. Export a project file to keep it.',
    viewOrganizations:
      'The view opened names organisations this network does not have; it is shown without them.',
    dismiss: 'Dismiss',
  },
  workspace: {
    menu: 'Workspace: {{name}}',
    label: 'Workspaces kept on this machine',
    base: 'Workspace',
    inUse: 'in use',
    summary:
      '{{organizations, number}} organisations · {{links, number}} alliances · saved {{when}}',
    create: 'New workspace',
    rename: 'Rename',
    renameLabel: 'New name',
    save: 'Save',
    cancel: 'Cancel',
    duplicate: 'Duplicate',
    copy: '{{name}} (copy)',
    delete: 'Delete',
    confirmDelete: 'Delete “{{name}}” and the network kept in it? This cannot be undone.',
    confirm: 'Delete it',
    restoreTitle: 'Continue where you left off?',
    restoreText:
      'Your last visit’s work is kept on this machine: “{{name}}” — {{dataset}}, {{organizations, number}} organisations and {{links, number}} alliances, saved {{when}}.',
    continue: 'Continue where you left off',
    fresh: 'Start fresh',
    freshNote: 'Starting fresh keeps that work: it stays in the workspace menu.',
  },
  search: { label: 'Search an organisation', placeholder: 'Search an organisation…' },
  details: {
    sector: 'Sector',
    place: 'Place',
    themes: 'Themes',
    aliases: 'Also known as',
    community: 'Community',
    metrics: 'Measures',
    partners_one: '{{count}} partner',
    partners_other: '{{count}} partners',
    rank: '{{rank}} of {{of}}',
    partnersBySector: 'Partners by sector',
    links_one: '{{count}} alliance',
    links_other: '{{count}} alliances',
    close: 'Close the details',
  },
  layers: { label: 'Scope of the alliances shown', all: 'All' },
  stats: {
    organizations_one: '{{count, number}} organisation',
    organizations_other: '{{count, number}} organisations',
    alliances_one: '{{count, number}} alliance',
    alliances_other: '{{count, number}} alliances',
    organizationsOf_one: '{{visible, number}} of {{count, number}} organisation',
    organizationsOf_other: '{{visible, number}} of {{count, number}} organisations',
    alliancesOf_one: '{{visible, number}} of {{count, number}} alliance',
    alliancesOf_other: '{{visible, number}} of {{count, number}} alliances',
    label: 'Network size',
  },
  legend: {
    label: 'Legend',
    title: 'Sector',
    placeholder: 'Not in the organisations file',
    other: 'Other or none',
    size: 'Size: number of partners',
    width: 'Line width: alliance weight',
  },
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
  worldRegion: {
    africa: 'Africa',
    asia: 'Asia and the Middle East',
    europe: 'Europe',
    latin_america_caribbean: 'Latin America and the Caribbean',
    north_america: 'North America',
    oceania: 'Oceania',
  } satisfies Record<WorldRegion, string>,
  linkType: {
    partnership: 'Partnership',
    membership: 'Membership',
    funding: 'Funding',
    research: 'Research',
    trade: 'Trade',
    policy: 'Public policy',
    network: 'Network',
  },
  theme: {
    food_sovereignty: 'Food sovereignty',
    fair_trade: 'Fair trade',
    housing: 'Housing',
    care: 'Care',
    circular_economy: 'Circular economy',
    digital_commons: 'Digital commons',
    gender_equity: 'Gender equity',
    solidarity_finance: 'Solidarity finance',
    public_procurement: 'Public procurement',
    covid_recovery: 'COVID-19 recovery',
    indigenous_economies: 'Indigenous economies',
  } satisfies Record<Theme, string>,
  explore: {
    toolbar: 'Explore the network',
    filters: 'Filters',
    colourBy: 'Colour',
    sizeBy: 'Size',
    layout: 'Layout',
    layoutMeasure: 'Rings by',
    clearAll: 'Clear all',
    remove: 'Remove the filter “{{name}}”',
    chips: 'Filters in force',
    none: 'None given',
    years: 'Years active',
    yearsFrom: 'From',
    yearsTo: 'To',
    thresholds: 'Thresholds',
    minWeight: 'Minimum weight',
    minDegree: 'Minimum partners',
    any: 'any',
    kind: {
      sectors: 'Sector',
      countries: 'Country',
      worldRegions: 'World region',
      themes: 'Theme',
      linkTypes: 'Alliance type',
    },
    chip: {
      years: 'Years {{from}}–{{to}}',
      minWeight: 'Weight ≥ {{value}}',
      minDegree: 'Partners ≥ {{value}}',
      layer: 'Scope: {{name}}',
      ego_one: 'Ego network of {{name}}, {{count}} step',
      ego_other: 'Ego network of {{name}}, {{count}} steps',
    },
    colour: {
      sector: 'Sector',
      community: 'Community',
      scope: 'Scope',
      country: 'Country',
      worldRegion: 'World region',
      theme: 'Theme',
    },
    layouts: {
      force: 'Force-directed',
      sector: 'Grouped by sector',
      concentric: 'Concentric by a measure',
      geographic: 'Geographic',
    },
    forceRunning: 'Refining the layout… {{percent}} %',
  },
  keys: {
    colour: 'Colour: {{name}}',
    size: 'Size: {{name}}',
    lineStyle: 'Line style: alliance type',
    community: 'Community {{value}}',
    scopeLinks: 'Alliances take the colour of their scope.',
    highlight: 'Highlight “{{name}}”',
    noMeasures: 'Measures appear when the analysis ends.',
  },
  ego: {
    label: 'Show',
    whole: 'Whole network',
    one: 'Partners (1 step)',
    two: 'Partners of partners (2 steps)',
  },
  path: {
    title: 'Who can introduce whom',
    label: 'Path to another organisation',
    placeholder: 'Organisation to reach…',
    none: 'No chain of alliances joins them among the organisations shown.',
    found_one: '{{count}} shortest chain of $t(path.steps, {"count": {{steps}} })',
    found_other: '{{count}} shortest chains of $t(path.steps, {"count": {{steps}} })',
    steps_one: '{{count}} step',
    steps_other: '{{count}} steps',
    more_one: '… and {{count}} more',
    more_other: '… and {{count}} more',
    clear: 'Clear the path',
  },
  edit: {
    group: 'Edits',
    undo: 'Undo',
    redo: 'Redo',
    undoKeys: 'Undo the last edit (Ctrl+Z)',
    redoKeys: 'Redo the edit undone (Ctrl+Shift+Z or Ctrl+Y)',
    addOrganization: 'Add organisation',
    review_one: '{{count}} change',
    review_other: '{{count}} changes',
    mark: { added: 'Added', edited: 'Edited', removed: 'Removed' },
    edit: 'Edit',
    addLink: 'Add alliance',
    remove: 'Remove',
    editLinkTo: 'Edit the alliance with {{name}}',
    removeLinkTo: 'Remove the alliance with {{name}}',
    editOrganization: 'Edit organisation',
    newOrganization: 'New organisation',
    editLink: 'Edit alliance',
    newLink: 'New alliance',
    cancel: 'Cancel',
    save: 'Save',
    saveAnyway: 'Save anyway',
    warned: 'Saved as the import would read it: press Save anyway, or correct the values first.',
    unavailable:
      'This part of the app could not be loaded (offline?): the edit was not saved. Try again once online, or reload.',
    directed: 'directed',
    undirected: 'undirected',
    field: {
      id: 'Id',
      name: 'Name',
      sector: 'Sector',
      country: 'Country',
      region: 'Region',
      city: 'City',
      lat: 'Latitude',
      lon: 'Longitude',
      scope: 'Scope',
      world_region: 'World region',
      themes: 'Themes (separated by ;)',
      aliases: 'Other names, acronyms (separated by ;)',
      source: 'From (organisation id)',
      target: 'To (organisation id)',
      type: 'Alliance type',
      weight: 'Weight',
      directed: 'Directed',
      since: 'Since (year)',
      until: 'Until (year)',
    },
  },
  present: {
    title: 'Saved views',
    intro:
      'Save the view on screen — layer, filters, colours, layout, camera, what stands out — then present the views in order, full screen, in high contrast.',
    viewBase: 'View',
    viewTitle: 'Title of the view',
    save: 'Save this view',
    none: 'No view saved yet.',
    rename: 'Title',
    note: 'Note (shown under the title)',
    show: 'Show',
    up: 'Move up',
    down: 'Move down',
    delete: 'Delete',
    start: 'Present',
    mode: 'Presentation',
    controls: 'Story',
    previous: 'Previous',
    next: 'Next',
    position: '{{at}} of {{total}}',
    exit: 'End (Esc)',
    search: 'Find an organisation to stand out with its partners',
    searchOpen: 'Find (/)',
    partners_one: 'and {{count}} partner',
    partners_other: 'and {{count}} partners',
    spotlightKeys: '↓ ↑ go through them · Enter follows one · Esc back to the story',
  },
  story: {
    q1: 'How have SSE alliances worked so far? Should they change?',
    q2: 'What is the tangible benefit of research and intercooperation networks?',
    q3: "What is governments' role in fostering intercooperation?",
    q4: 'How to create thematic networks?',
    q5: 'How to build alliances with sectors not yet involved in SSE?',
    q6: 'Which key organisations should drive alliance creation?',
    q7: 'How can local and international alliances help recover from crises such as COVID-19?',
    q8: 'What is the role of international organisations (OECD, EC, ILO, UNTFSSE)?',
    q9: 'What can SSE ecosystems at international, national and local level contribute?',
    q10: 'What are the most pressing challenges for international alliances?',
    part: '{{question}} — {{part}}',
    before: 'before {{year}}',
    from: 'from {{year}}',
    nobody: 'none',
    note1:
      'Alliances started before {{year}}: {{before}} ({{beforeShare}} across sectors). From {{year}}: {{from}} ({{fromShare}} across sectors).',
    note2:
      'Organisations: {{organizations}} · alliances: {{alliances}} · components: {{components}}. Sized by {{measure}}; the furthest reach: {{names}}.',
    note3:
      'Government organisations: {{organizations}}. Their partners are mostly of these sectors: {{sectors}}. The strongest broker: {{broker}}.',
    note4: 'The largest themes (organisations): {{themes}}.',
    note5:
      'Sector pairs with far fewer alliances than expected: {{pairs}}. The first pair stands out.',
    pair: '{{a}} – {{b}} ({{observed}} against {{expected}} expected)',
    note6: 'The highest betweenness (brokers between the others): {{names}}.',
    note7:
      'Alliances started in {{from}}–{{to}}: {{started}} — local {{local}}, national {{national}}, regional {{regional}}, international {{international}}.',
    note8:
      'International bodies: {{organizations}}, in {{alliances}} alliances ({{international}} of international scope). The strongest brokers: {{names}}.',
    note9: 'Alliances in this layer: {{alliances}} · organisations: {{organizations}}.',
    everySectorInternational: 'Every sector has at least one international alliance.',
    sectorsWithoutInternational: 'Sectors without an international alliance: {{sectors}}.',
    noIsolatedRegion: 'No world region is cut off from the others.',
    isolatedRegions: 'Cut off from the others: {{regions}}.',
    build: 'Build the story of the guiding questions',
    buildNote:
      'A view for each guiding question of the GSEF 2021 session the data can answer, titled with the question, after the views saved above; edit them as any other.',
    built: '{{views}} views added for the guiding questions.',
  },
  capture: {
    title: 'Add an alliance mentioned in the room',
    open: 'Add an alliance (+)',
    source: 'From',
    target: 'With',
    alliance: 'Alliance',
    pick: 'An organisation of the network, or a new name',
    new: 'A new organisation: say what you know of it.',
    year: 'Year it started',
    add: 'Add',
    close: 'Close (Esc)',
    added: 'Added: {{source}} — {{target}}. Ctrl+Z undoes it.',
    session: 'Added in this session',
    nothing: 'Nothing added yet.',
    undo: 'Undo the last',
    export: 'Export the two CSV files',
    exportFailed: 'The CSV files could not be written.',
    kind: { organization: 'organisation', link: 'alliance' },
  },
};
