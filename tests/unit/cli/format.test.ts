import { describe, expect, it } from 'vitest';
import { countIssues, formatCounts, formatIssue } from '../../../src/cli/format';
import type { ImportIssue } from '../../../src/core/issues/issues';

function issue(row: number | null, column: string | null, message = 'Something.'): ImportIssue {
  return {
    level: 'warning',
    file: 'links.csv',
    row,
    column,
    code: 'invalid_weight',
    message,
    params: {},
  };
}

describe('formatIssue', () => {
  it('writes file:row:column level code message', () => {
    expect(formatIssue(issue(4, 'weight'))).toBe(
      'links.csv:4:weight warning invalid_weight Something.',
    );
  });

  it('leaves out what the issue lacks', () => {
    expect(formatIssue(issue(4, null))).toBe('links.csv:4 warning invalid_weight Something.');
    expect(formatIssue(issue(null, null))).toBe('links.csv warning invalid_weight Something.');
    expect(formatIssue(issue(null, 'weight'))).toBe(
      'links.csv::weight warning invalid_weight Something.',
    );
  });

  it('keeps each issue on one line', () => {
    expect(formatIssue(issue(2, 'name', 'Value "a\nb" is odd.'))).toBe(
      'links.csv:2:name warning invalid_weight Value "a b" is odd.',
    );
  });
});

describe('countIssues and formatCounts', () => {
  it('counts by level, with plurals', () => {
    const counts = countIssues([issue(1, null), { ...issue(2, null), level: 'error' }]);
    expect(counts).toEqual({ error: 1, warning: 1, info: 0 });
    expect(formatCounts(counts)).toBe('1 error, 1 warning, 0 info');
    expect(formatCounts({ error: 2, warning: 0, info: 3 })).toBe('2 errors, 0 warnings, 3 info');
  });
});
