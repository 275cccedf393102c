/**
 * `atlas compare` (README, the command line): two periods of one network side by side. Each
 * period's network is every organisation with the alliances active at some time in its years
 * (`activeDuring`: an alliance without dates is active in every period); its figures come from
 * the metric code (structure.ts, sectorMixing.ts) on that network's analysis input.
 */
import { activeDuring, yearOf, type YearRange } from '../explore/filters';
import { buildAnalysisInput } from '../metrics/input';
import { sectorMixing } from '../metrics/sectorMixing';
import { structure } from '../metrics/structure';
import type { Dataset, Link } from '../model/types';
import type { ReportMixing } from './reportTypes';

/** One period of `compare --json` (keys documented in README, the command line). */
export interface PeriodFigures {
  years: YearRange;
  /** Link rows active at some time in the period. */
  links: number;
  /** Links whose `since` year is within the period. */
  begun: number;
  /** Links whose `until` year is within the period. */
  ended: number;
  /** Links active in both periods (the same count for both). */
  kept: number;
  /** Every organisation of the dataset, and those with a tie in the period. */
  organizations: number;
  active_organizations: number;
  ties: number;
  density: number;
  components: number;
  /** Ties between two sector groups / ties (no sector is a group, as in the E-I index). */
  cross_sector_share: number | null;
  /** Active links of scope international / active links. */
  international_share: number | null;
  mixing: ReportMixing;
}

export interface PeriodComparison {
  periods: [PeriodFigures, PeriodFigures];
}

function within(year: number | null, range: YearRange): boolean {
  return year !== null && year >= range.from && year <= range.to;
}

function figures(dataset: Dataset, years: YearRange, other: YearRange): PeriodFigures {
  const links: Link[] = dataset.links.filter((link) => activeDuring(link, years));
  const input = buildAnalysisInput({ ...dataset, links });
  const shape = structure(input);
  const mixing = sectorMixing(input);
  let across = 0;
  mixing.mixing.observed.forEach((row, i) =>
    row.forEach((count, j) => {
      if (j > i) across += count;
    }),
  );
  const international = links.filter((link) => link.scope === 'international').length;
  let active = 0;
  for (const degree of shape.degree) if (degree > 0) active += 1;
  return {
    years: { ...years },
    links: links.length,
    begun: dataset.links.filter((link) => within(yearOf(link.since), years)).length,
    ended: dataset.links.filter((link) => within(yearOf(link.until), years)).length,
    kept: links.filter((link) => activeDuring(link, other)).length,
    organizations: shape.organizations,
    active_organizations: active,
    ties: shape.ties,
    density: shape.density,
    components: shape.components.count,
    // Without any sector, no tie crosses sectors and none stays within one: undefined, as E-I.
    cross_sector_share: shape.ties === 0 || mixing.eiIndex === null ? null : across / shape.ties,
    international_share: links.length === 0 ? null : international / links.length,
    mixing: mixing.mixing,
  };
}

export function comparePeriods(
  dataset: Dataset,
  first: YearRange,
  second: YearRange,
): PeriodComparison {
  return { periods: [figures(dataset, first, second), figures(dataset, second, first)] };
}
