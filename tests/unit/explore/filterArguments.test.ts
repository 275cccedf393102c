/** The layer and filters as command-line options, read back by the command line's parser. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args';
import { filterArguments } from '../../../src/core/explore/filterArguments';
import { NO_FILTERS, type ExploreFilters } from '../../../src/core/explore/filters';
import type { LinkScope } from '../../../src/core/model/types';

/** The words a POSIX shell makes of a command line. */
function shellWords(line: string): string[] {
  if (line === '') return [];
  const out = execFileSync('bash', ['-c', `printf '%s\\0' ${line}`], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

const CASES: [LinkScope | 'all', ExploreFilters][] = [
  ['all', NO_FILTERS],
  ['national', { ...NO_FILTERS, sectors: ['cooperative', 'government'] }],
  [
    'international',
    {
      ...NO_FILTERS,
      countries: ['MX'],
      worldRegions: ['latin_america_caribbean'],
      themes: ["l'économie du soin", 'food sovereignty'],
      linkTypes: ['$(rm -rf /)', '`x`'],
      years: { from: 2015, to: 2019 },
      minWeight: 2.5,
      minDegree: 3,
    },
  ],
];

describe('filterArguments', () => {
  it.each(CASES)(
    'gives options the command line reads back as the same filters (%s)',
    (layer, filters) => {
      const line = filterArguments(layer, filters).join(' ');
      const parsed = parseArgs([
        'analyze',
        '--orgs',
        'o.csv',
        '--links',
        'l.csv',
        ...shellWords(line),
      ]);
      if (parsed.command === 'help') throw new Error('parsed as help');
      expect(parsed.options.layer).toBe(layer);
      expect({ ...parsed.options.filters, years: parsed.options.years }).toEqual(filters);
    },
  );
});
