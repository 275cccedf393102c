/**
 * A Dataset and its metric suite → the `analyze --json` object of README, the command line. The
 * measures' fields come from the metric descriptors (src/core/metrics/registry.ts), in their
 * order; organisations are the dataset's, in its order (the suite's positions).
 */
import { suggestionsForGaps, type AllianceEffects } from '../metrics/effects';
import type { GapValues } from '../metrics/gaps';
import { outputsOf } from '../metrics/registry';
import { placeOf } from '../geo/place';
import type { MetricSuiteResult } from '../metrics/suite';
import { SCOPES, type Dataset, type LinkScope } from '../model/types';
import type {
  AnalysisReport,
  ReportEffects,
  ReportGaps,
  ReportGapSuggestion,
  ReportLink,
  ReportOrganization,
  ReportSuggestion,
  ReportSummary,
} from './reportTypes';

/** JSON has no NaN or Infinity: an undefined value is null (README, the command line). */
function finite(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : value;
}

/** Alliances per scope (`summary.scopes`). */
export function scopeCounts(dataset: Dataset): Record<LinkScope, number> {
  const counts = Object.fromEntries([...SCOPES, 'unknown'].map((scope) => [scope, 0])) as Record<
    LinkScope,
    number
  >;
  for (const link of dataset.links) counts[link.scope] += 1;
  return counts;
}

function reportLink(link: Dataset['links'][number]): ReportLink {
  return {
    source: link.source,
    target: link.target,
    type: link.type,
    weight: link.weight,
    directed: link.directed,
    since: link.since,
    until: link.until,
    scope: link.scope,
  };
}

/** Suggested alliances with organisation ids for positions. */
export function reportSuggestions(
  suite: MetricSuiteResult,
  idOf: (position: number) => string,
): ReportSuggestion[] {
  return suite.suggestions.map((s) => ({
    source: idOf(s.source),
    target: idOf(s.target),
    score: s.score,
    shared_partners: s.sharedPartners.map(idOf),
    cross_sector: s.crossSector,
  }));
}

/**
 * The "close sector gaps" order of the suggestions (`suggestions_for_gaps`); `sectorOf` gives
 * each position's index into the mixing matrix's sectors.
 */
export function reportSuggestionsForGaps(
  suite: Pick<MetricSuiteResult, 'mixing' | 'suggestions'>,
  sectorOf: ArrayLike<number>,
  idOf: (position: number) => string,
): ReportGapSuggestion[] {
  const sectorNames = suite.mixing.sectors;
  return suggestionsForGaps(suite.mixing, sectorOf, suite.suggestions).map(
    ({ index, pairRatio }): ReportGapSuggestion => {
      const s = suite.suggestions[index] as MetricSuiteResult['suggestions'][number];
      return {
        suggestion: index,
        source: idOf(s.source),
        target: idOf(s.target),
        sectors: [
          sectorNames[sectorOf[s.source] as number] ?? null,
          sectorNames[sectorOf[s.target] as number] ?? null,
        ],
        pair_ratio: finite(pairRatio),
        score: s.score,
      };
    },
  );
}

/** The gaps with organisation ids for positions and sector names for indices. */
export function reportGaps(
  gaps: GapValues,
  sectorNames: readonly (string | null)[],
  idOf: (position: number) => string,
): ReportGaps {
  const name = (s: number) => sectorNames[s] ?? null;
  return {
    sector_pairs: gaps.sectorPairs.map((pair) => ({
      sectors: [name(pair.sectors[0]) ?? '', name(pair.sectors[1]) ?? ''],
      observed: pair.observed,
      expected: pair.expected,
      ratio: finite(pair.ratio),
    })),
    isolated_regions:
      gaps.isolatedRegions?.map((g) => ({
        kind: g.kind,
        name: g.name,
        organizations: g.organizations,
        ties_within: g.tiesWithin,
      })) ?? null,
    sectors_without_international: gaps.sectorsWithoutInternational,
    organizations_without_external_tie: gaps.organizationsWithoutExternalTie.map(idOf),
    isolated_organizations: gaps.isolatedOrganizations.map(idOf),
    small_components: gaps.smallComponents.map((members) => ({
      size: members.length,
      organizations: members.map(idOf),
    })),
  };
}

/** One alliance's effects with sector names for indices. */
export function reportEffects(
  effects: AllianceEffects,
  sectorNames: readonly (string | null)[],
): ReportEffects {
  const change = (c: { before: number | null; after: number | null }) => ({
    before: finite(c.before),
    after: finite(c.after),
  });
  return {
    pair_ratio: change(effects.pairRatio),
    ei: effects.ei.map((row) => ({ sector: sectorNames[row.sector] ?? null, ...change(row) })),
    components_joined: effects.componentsJoined,
    betweenness: {
      source: { ...effects.betweenness.source },
      target: { ...effects.betweenness.target },
    },
    sector_distance: change(effects.sectorDistance),
  };
}

export interface ReportExtras {
  /** Effects of the first suggestions, in their order (`suggestion_effects.computed_for_top`). */
  effects?: readonly AllianceEffects[];
  /** The years the alliances were kept for (`--years`). */
  period?: { from: number; to: number } | null;
}

export function buildAnalysisReport(
  dataset: Dataset,
  suite: MetricSuiteResult,
  extras: ReportExtras = {},
): AnalysisReport {
  if (suite?.organizationCount !== dataset.organizations.length) {
    throw new Error('buildAnalysisReport: the metrics must be those of this dataset.');
  }
  const summary = {
    organizations: dataset.organizations.length,
    links: dataset.links.length,
    ties: suite.ties,
  } as Record<string, unknown>;
  for (const output of outputsOf('summary')) {
    summary[output.key] = finite(suite.summary[output.key as keyof typeof suite.summary]);
  }
  summary['scopes'] = scopeCounts(dataset);

  const measures = outputsOf('organizations');
  const values = suite.organizations as Record<string, ArrayLike<number>>;
  const organizations = dataset.organizations.map((organization, i): ReportOrganization => {
    const place = placeOf(organization);
    const row: Record<string, unknown> = {
      id: organization.id,
      name: organization.name,
      sector: organization.sector,
      country: organization.country,
      region: organization.region,
      city: organization.city,
      lat: place?.lat ?? null,
      lon: place?.lon ?? null,
      coordinates_from: place?.from ?? null,
      world_region: organization.worldRegion,
      placeholder: organization.placeholder,
    };
    for (const { key } of measures) {
      const value = finite(values[key]?.[i]);
      const dot = key.indexOf('.');
      if (dot === -1) row[key] = value;
      else {
        // A group of counts, such as brokerage.liaison: one object per organisation.
        const group = key.slice(0, dot);
        const inner = (row[group] ??= {}) as Record<string, number | null>;
        inner[key.slice(dot + 1)] = value;
      }
    }
    row['attributes'] = { ...organization.attributes };
    return row as ReportOrganization;
  });

  const idOf = (p: number) => dataset.organizations[p]?.id ?? '';
  const sectorNames = suite.mixing.sectors;
  const effects = extras.effects ?? [];
  const suggestions = reportSuggestions(suite, idOf).map((s, i) => {
    const found = effects[i];
    return { ...s, effects: found ? reportEffects(found, sectorNames) : null };
  });
  const sectorIndex = new Map(sectorNames.map((name, i) => [name, i]));
  const sectorOf = dataset.organizations.map((o) => sectorIndex.get(o.sector ?? null) ?? -1);
  const forGaps = reportSuggestionsForGaps(suite, sectorOf, idOf);

  return {
    summary: summary as ReportSummary,
    organizations,
    links: dataset.links.map(reportLink),
    sectors: suite.sectors,
    mixing: suite.mixing,
    suggestions,
    gaps: reportGaps(suite.gaps, sectorNames, idOf),
    suggestions_for_gaps: forGaps,
    suggestion_effects: { computed_for_top: effects.length },
    period: extras.period ?? null,
    issues: dataset.issues,
  };
}
