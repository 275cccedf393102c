/**
 * Collects the messages of one import, each tied to a file, a row and a column; a notice repeated
 * down a file is one message for all its rows (groups.ts).
 */
import { GROUP_KEY, GROUP_SENTENCE, ROWS_NAMED } from './groups';
import {
  GROUPED_CODES,
  type GroupedCode,
  type ImportIssue,
  type IssueCode,
  type IssueLevel,
} from './issues';

export { quote } from './quote';

const GROUPED: ReadonlySet<IssueCode> = new Set(GROUPED_CODES);

export class IssueLog {
  private readonly list: ImportIssue[] = [];
  /**
   * The first message of each notice that may repeat, every row it was said for, and how many
   * of them its message already counts.
   */
  private readonly groups = new Map<string, { issue: ImportIssue; rows: number[]; said: number }>();

  /**
   * The messages so far, in the order they were first said; each notice said for several rows is
   * one message with their count and every row, in order (`row` the first), and a sentence
   * naming the first few.
   */
  get issues(): ImportIssue[] {
    for (const group of this.groups.values()) {
      const { issue, rows } = group;
      if (rows.length < 2 || rows.length === group.said) continue;
      group.said = rows.length;
      rows.sort((a, b) => a - b);
      const shown = rows.slice(0, ROWS_NAMED).join(', ') + (rows.length > ROWS_NAMED ? ', …' : '');
      issue.row = rows[0]!;
      issue.message = GROUP_SENTENCE[issue.code as GroupedCode](issue, rows.length, shown);
      issue.params.rows = shown;
      issue.count = rows.length;
      issue.rows = rows;
    }
    return this.list;
  }

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
    if (row !== null && GROUPED.has(code)) {
      const key = `${file}\u0000${level}\u0000${code}\u0000${GROUP_KEY[code as GroupedCode](issue)}`;
      const group = this.groups.get(key);
      if (group) {
        // One row may say the same twice (both ends the same unknown id): it is one row.
        if (!group.rows.includes(row, group.rows.length - 1)) group.rows.push(row);
        return group.issue;
      }
      this.groups.set(key, { issue, rows: [row], said: 1 });
    }
    this.list.push(issue);
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
