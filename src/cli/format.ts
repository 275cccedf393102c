/** Text that the command line prints for people (the --json output is the report itself). */
import { type AnalysisReport, type ReportOrganization } from '../core/report/reportTypes';
import type { ImportIssue, IssueLevel } from '../core/issues/issues';

import type { PeriodComparison, PeriodFigures } from '../core/report/comparePeriods';
import type { CliOptions } from './args';

export type IssueCounts = Record<IssueLevel, number>;

export function countIssues(issues: readonly ImportIssue[]): IssueCounts {
  const counts: IssueCounts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.level] += 1;
  return counts;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** `file:row:column level code message`, leaving out the row or column an issue lacks. */
export function formatIssue(issue: ImportIssue): string {
  let place = issue.file;
  if (issue.row !== null) place += `:${issue.row}`;
  if (issue.column !== null) place += `${issue.row === null ? ':' : ''}:${oneLine(issue.column)}`;
  return `${place} ${issue.level} ${issue.code} ${oneLine(issue.message)}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function formatCounts(counts: IssueCounts): string {
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;
}

function number(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

/** Highest degree first; strength, then input order, break ties. */
export function topByDegree(report: AnalysisReport, count: number): ReportOrganization[] {
  return report.organizations
    .map((organization, index) => ({ organization, index }))
    .sort(
      (a, b) =>
        b.organization.degree - a.organization.degree ||
        b.organization.strength - a.organization.strength ||
        a.index - b.index,
    )
    .slice(0, count)
    .map(({ organization }) => organization);
}

const TOP = 10;

export function formatAnalysis(report: AnalysisReport, datasetName: string): string {
  const { summary } = report;
  const placeholders = report.organizations.filter((o) => o.placeholder).length;
  const scopes = Object.entries(summary.scopes)
    .map(([scope, count]) => `${scope} ${count}`)
    .join(', ');
  const lines = [
    `Dataset: ${datasetName}`,
    `Organisations: ${summary.organizations}` +
      (placeholders > 0 ? ` (${plural(placeholders, 'placeholder')})` : ''),
    `Links: ${summary.links} (${plural(summary.ties, 'tie')} between distinct pairs)`,
    `Components: ${summary.components} (largest: ${plural(summary.largest_component, 'organisation')})`,
    `Density: ${number(summary.density)}`,
    `Links by scope: ${scopes}`,
  ];
  const optional: [string, number | null][] = [
    ['Transitivity', summary.transitivity],
    ['Average clustering', summary.average_clustering],
    ['Diameter (largest component)', summary.diameter],
    ['Average path length (largest component)', summary.average_path_length],
    ['Modularity', summary.modularity],
    ['Communities', summary.communities],
    ['Sector assortativity', summary.sector_assortativity],
    ['E-I index', summary.ei_index],
  ];
  for (const [label, value] of optional)
    if (value !== null) lines.push(`${label}: ${number(value)}`);

  const counts = countIssues(report.issues);
  const problems = counts.error + counts.warning + counts.info;
  lines.push(
    `Input messages: ${formatCounts(counts)}` +
      (problems > 0 ? ' (run validate to list them)' : ''),
  );

  if (report.period !== null) {
    lines.splice(1, 0, `Alliances active in ${report.period.from}–${report.period.to} only`);
  }
  const missing = report.gaps.sector_pairs.filter((pair) => pair.observed === 0);
  if (missing.length > 0) {
    const shown = missing.slice(0, 5).map((pair) => `${pair.sectors[0]}–${pair.sectors[1]}`);
    const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
    lines.push(`Sector pairs without a tie: ${shown.join(', ')}${more}`);
  }
  if (report.gaps.isolated_organizations.length > 0) {
    lines.push(`Organisations without a tie: ${report.gaps.isolated_organizations.length}`);
  }

  const top = topByDegree(report, TOP).filter((o) => o.degree > 0);
  if (top.length > 0) {
    lines.push('', `Top ${top.length} organisations by degree:`);
    const width = String(top.length).length;
    top.forEach((organization, index) => {
      const rank = String(index + 1).padStart(width);
      const sector = organization.sector === null ? '' : `, ${organization.sector}`;
      lines.push(
        `  ${rank}. ${oneLine(organization.name)} [${organization.id}${sector}] — degree ${organization.degree}, strength ${number(organization.strength)}`,
      );
    });
  }
  return lines.join('\n') + '\n';
}

function share(value: number | null): string {
  return value === null ? '—' : `${(100 * value).toFixed(1)} %`;
}

function years(period: PeriodFigures): string {
  return period.years.from === period.years.to
    ? String(period.years.from)
    : `${period.years.from}–${period.years.to}`;
}

function table(rows: string[][]): string[] {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((row) =>
    row
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** `atlas compare` for people: one column per period, then each period's mixing matrix. */
export function formatComparison(comparison: PeriodComparison, datasetName: string): string {
  const [a, b] = comparison.periods;
  const row = (label: string, value: (p: PeriodFigures) => string) => [label, value(a), value(b)];
  const lines = [
    `Dataset: ${datasetName}`,
    '',
    ...table([
      ['', years(a), years(b)],
      row('Alliances active', (p) => String(p.links)),
      row('Begun (since in the period)', (p) => String(p.begun)),
      row('Ended (until in the period)', (p) => String(p.ended)),
      row('Kept (active in both periods)', (p) => String(p.kept)),
      row('Organisations with a tie', (p) => `${p.active_organizations} of ${p.organizations}`),
      row('Ties', (p) => String(p.ties)),
      row('Density', (p) => number(p.density)),
      row('Components', (p) => String(p.components)),
      row('Cross-sector ties', (p) => share(p.cross_sector_share)),
      row('International links', (p) => share(p.international_share)),
    ]),
  ];
  for (const period of comparison.periods) {
    const names = period.mixing.sectors.map((s) => oneLine(s ?? '(none)'));
    lines.push('', `Mixing ${years(period)} (observed ties / expected):`);
    lines.push(
      ...table([
        ['', ...names],
        ...period.mixing.observed.map((cells, i) => [
          names[i] ?? '',
          ...cells.map(
            (count, j) => `${count}/${(period.mixing.expected[i]?.[j] ?? 0).toFixed(1)}`,
          ),
        ]),
      ]).map((line) => `  ${line}`),
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * The dataset's name with the layer and filters analysed, as the text outputs head it:
 * `tiny (layer national; sector cooperative or academia)`.
 */
export function withFilters(
  datasetName: string,
  options: Pick<CliOptions, 'layer' | 'filters'>,
): string {
  const { layer, filters } = options;
  const parts: string[] = [];
  if (layer !== 'all') parts.push(`layer ${layer}`);
  const kinds: [keyof typeof FILTER_WORDS, string[]][] = [
    ['sectors', filters.sectors],
    ['countries', filters.countries],
    ['worldRegions', filters.worldRegions],
    ['themes', filters.themes],
    ['linkTypes', filters.linkTypes],
  ];
  for (const [kind, values] of kinds) {
    if (values.length > 0) parts.push(`${FILTER_WORDS[kind]} ${values.join(' or ')}`);
  }
  if (filters.minWeight > 0) parts.push(`weight at least ${filters.minWeight}`);
  if (filters.minDegree > 0) parts.push(`at least ${plural(filters.minDegree, 'partner')}`);
  return parts.length === 0 ? datasetName : `${datasetName} (${parts.join('; ')})`;
}

const FILTER_WORDS = {
  sectors: 'sector',
  countries: 'country',
  worldRegions: 'world region',
  themes: 'theme',
  linkTypes: 'alliance type',
} as const;
