/** What the details panel shows about one organisation: attributes, ranked metrics, partners. */
import { ORGANIZATION_MEASURES, type OrganizationMeasure } from '../../core/metrics/registry';
import type { Dataset, Link, Organization } from '../../core/model/types';
import { ownValue } from '../../core/records';
import type { AnalysisMetrics } from '../../core/report/reportTypes';

export interface RankedValue {
  metric: OrganizationMeasure;
  value: number;
  /** 1 = highest; organisations with equal values share a rank. */
  rank: number;
  of: number;
}

export interface OrganizationDetails {
  organization: Organization;
  /** Distinct partners: the first line of the measures, so degree is not ranked again. */
  degree: number;
  /** The community the analysis found (numbered from 0), or null before it ends. */
  community: number | null;
  metrics: RankedValue[];
  /** Partners by sector ('' when none), largest group first. */
  partners: { sector: string; organizations: Organization[] }[];
  links: Link[];
}

function rankOf(
  metric: OrganizationMeasure,
  values: Record<string, number | null>,
  id: string,
): RankedValue | null {
  const value = ownValue(values, id);
  if (value === null || value === undefined) return null;
  let above = 0;
  let of = 0;
  for (const other of Object.values(values)) {
    if (other === null) continue;
    of += 1;
    if (other > value) above += 1;
  }
  return { metric, value, rank: above + 1, of };
}

export function organizationDetails(
  dataset: Dataset,
  metrics: AnalysisMetrics | null,
  id: string,
): OrganizationDetails | null {
  const organization = dataset.organizations.find((o) => o.id === id);
  if (!organization) return null;
  const byId = new Map(dataset.organizations.map((o) => [o.id, o]));
  const links = dataset.links.filter((l) => l.source === id || l.target === id);
  const partnerIds = new Set(
    links.map((l) => (l.source === id ? l.target : l.source)).filter((p) => p !== id),
  );
  const groups = new Map<string, Organization[]>();
  for (const partnerId of partnerIds) {
    const partner = byId.get(partnerId);
    if (!partner) continue;
    const key = partner.sector ?? '';
    groups.set(key, [...(groups.get(key) ?? []), partner]);
  }
  const ranked: RankedValue[] = [];
  for (const metric of ORGANIZATION_MEASURES) {
    if (metric === 'degree') continue;
    const values = metrics?.organizations?.[metric];
    const entry = values ? rankOf(metric, values, id) : null;
    if (entry) ranked.push(entry);
  }
  return {
    organization,
    degree: partnerIds.size,
    community: ownValue(metrics?.organizations?.community, id) ?? null,
    metrics: ranked,
    partners: [...groups.entries()]
      .map(([sector, organizations]) => ({
        sector,
        organizations: organizations.sort((a, b) => a.name.localeCompare(b.name)),
      }))
      .sort(
        (a, b) =>
          b.organizations.length - a.organizations.length || a.sector.localeCompare(b.sector),
      ),
    links,
  };
}
