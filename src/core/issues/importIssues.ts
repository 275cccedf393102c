/** Collects the messages of one import, each tied to a file, a row and a column. */
import type { ImportIssue, IssueCode, IssueLevel } from './issues';

export class IssueLog {
  readonly issues: ImportIssue[] = [];

  add(
    level: IssueLevel,
    file: string,
    row: number | null,
    column: string | null,
    code: IssueCode,
    message: string,
    params: Record<string, string | number> = {},
  ): ImportIssue {
    const issue: ImportIssue = { level, file, row, column, code, message, params };
    this.issues.push(issue);
    return issue;
  }

  /** A logger bound to one file, so builders do not repeat its name. */
  forFile(file: string): FileIssues {
    return {
      file,
      error: (row, column, code, message, params) =>
        this.add('error', file, row, column, code, message, params),
      warning: (row, column, code, message, params) =>
        this.add('warning', file, row, column, code, message, params),
      info: (row, column, code, message, params) =>
        this.add('info', file, row, column, code, message, params),
    };
  }
}

type Report = (
  row: number | null,
  column: string | null,
  code: IssueCode,
  message: string,
  params?: Record<string, string | number>,
) => ImportIssue;

export interface FileIssues {
  file: string;
  error: Report;
  warning: Report;
  info: Report;
}

/** Quotes a value from the file for a message, shortened so one odd cell cannot flood the list. */
export function quote(value: string): string {
  const short = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return `"${short}"`;
}
