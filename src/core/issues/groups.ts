/**
 * Repeated notices said once (README, the data format): what tells the repeats of one notice
 * apart (an unknown id, a value, a column, or nothing but their kind), and the sentence that
 * says the notice once for all its rows. A file of 7,000 rows naming 176 unknown ids gets 176
 * messages, not 20,000.
 */
import type { GroupedCode, ImportIssue } from './issues';
import { quote } from './quote';

/** Rows a grouped sentence names; all of them are in the message's `rows`. */
export const ROWS_NAMED = 5;

const q = (value: string | number | undefined): string => quote(String(value ?? ''));

/** Notices of one code in one file with the same key are one message. */
export const GROUP_KEY: Record<GroupedCode, (issue: ImportIssue) => string> = {
  unknown_endpoint: (i) => String(i.params.value),
  dangling_dropped: (i) => String(i.params.value),
  name_matched_endpoint: (i) => String(i.params.value),
  ambiguous_endpoint: (i) => String(i.params.value),
  unknown_country: (i) => String(i.params.value),
  unknown_world_region: (i) => String(i.params.value),
  duplicate_id: (i) => String(i.params.id),
  missing_id: () => '',
  missing_name: (i) => i.column ?? '',
  missing_endpoint: (i) => String(i.params.missing),
  invalid_weight: (i) => i.column ?? '',
  invalid_boolean: (i) => i.column ?? '',
  invalid_year: (i) => i.column ?? '',
  invalid_coordinate: (i) => i.column ?? '',
  invalid_scope: (i) => i.column ?? '',
  self_link: () => '',
  parallel_links: () => '',
  ragged_row: (i) => (i.params.extra === undefined ? 'fewer' : 'more'),
  // The same sentence but for its numbers: quote problems come in several sentences each.
  csv_syntax: (i) => i.message.replace(/\d+/g, '#'),
  region_is_world_region: (i) => i.column ?? '',
  pair_already_linked: () => '',
};

/** What the rows of a group are called in its sentence: `rows 2, 5, 9, …`. */
type Sentence = (first: ImportIssue, count: number, rows: string) => string;

const values = (first: ImportIssue, count: number, rows: string, what: string) =>
  `${count} values of column ${q(first.column ?? '')} are ${what} (rows ${rows}; the first ${q(first.params.value)})`;

/** The English sentence of a notice said once for `count` rows. */
export const GROUP_SENTENCE: Record<GroupedCode, Sentence> = {
  unknown_endpoint: (i, n, rows) =>
    `${q(i.params.value)} matches no organisation; the ${n} links naming it (rows ${rows}) were tied to a placeholder organisation of that name.`,
  dangling_dropped: (i, n, rows) =>
    `${q(i.params.value)} matches no organisation, so the ${n} links naming it (rows ${rows}) were dropped.`,
  name_matched_endpoint: (i, n, rows) =>
    `${q(i.params.value)} is not an organisation id but the name of organisation ${q(i.params.id)}; the ${n} links naming it (rows ${rows}) were tied to it.`,
  ambiguous_endpoint: (i, n, rows) =>
    `${q(i.params.value)} is not an organisation id and is the name of ${i.params.count} organisations (${i.params.ids}), so the ${n} links naming it (rows ${rows}) treated it as unknown.`,
  unknown_country: (i, n, rows) =>
    `Country ${q(i.params.value)} is not recognised (${n} organisations, rows ${rows}), so their links get scope "unknown".`,
  unknown_world_region: (i, n, rows) =>
    `World region ${q(i.params.value)} is not recognised (${n} rows: ${rows}); the region of each one's country was used.`,
  duplicate_id: (i, n, rows) =>
    `Organisation id ${q(i.params.id)} was already used on row ${i.params.firstRow}, so the ${n} later rows that use it again (rows ${rows}) were not used.`,
  missing_id: (i, n, rows) =>
    `${n} rows have no ${i.column ?? 'id'} (rows ${rows}), so these organisations were not used.`,
  missing_name: (_, n, rows) =>
    `${n} rows have no name (rows ${rows}); each one's id is used as its name.`,
  missing_endpoint: (i, n, rows) =>
    `${n} rows have no ${String(i.params.missing).split(', ').join(' and no ')} (rows ${rows}), so these links were not used.`,
  invalid_weight: (i, n, rows) =>
    `${values(i, n, rows, 'not positive numbers')}; 1 was used for each.`,
  invalid_boolean: (i, n, rows) =>
    `${values(i, n, rows, 'not true/false, yes/no, sí/no, oui/non or 1/0')}; these links were taken as undirected.`,
  invalid_year: (i, n, rows) =>
    `${values(i, n, rows, 'not a year or a date (2019, 2019-03-15, 15/03/2019)')}; they were left empty.`,
  invalid_coordinate: (i, n, rows) =>
    `${values(i, n, rows, `not numbers between -${i.params.limit} and ${i.params.limit}`)}; they were left empty.`,
  invalid_scope: (i, n, rows) =>
    `${values(i, n, rows, 'not local, national, regional or international')}; they were not used (a link's scope is then derived from its organisations).`,
  self_link: (i, n, rows) =>
    `${n} links tie an organisation to itself (rows ${rows}; the first ${q(i.params.id)}); they are kept but the metrics ignore them.`,
  parallel_links: (_, n, rows) =>
    `${n} links repeat a pair already linked on an earlier row (rows ${rows}); all are kept and the metrics count one tie per pair, with the weights summed.`,
  ragged_row: (i, n, rows) =>
    i.params.extra === undefined
      ? `${n} rows have fewer values than the ${i.params.columns} columns of the header (rows ${rows}); the missing ones were read as empty.`
      : `${n} rows have more values than the ${i.params.columns} columns of the header (rows ${rows}); the extra values were not used.`,
  csv_syntax: (i, n, rows) =>
    `${n} rows have the same problem with quotes (rows ${rows}); on the first: ${i.message}`,
  region_is_world_region: (i, n, rows) =>
    `${values(i, n, rows, 'world regions')}; they were read as the world region, not as a region within a country.`,
  pair_already_linked: (_, n, rows) =>
    `${n} links tie a pair already linked in the network they were added to (rows ${rows}); all are kept and the metrics count one tie per pair, with the weights summed.`,
};
