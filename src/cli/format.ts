/** Text that the command line prints for people (the --json output is the report itself). */
import type { ImportIssue, IssueLevel } from '../core/issues/issues';
import type { AnalysisReport, ReportOrganization } from '../core/report/analysisReport';

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
