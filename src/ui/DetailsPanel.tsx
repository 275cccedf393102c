import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { organizationDetails } from '../state/details';
import { METRICS } from '../state/metricInfo';
import { atlasState, useAtlas } from '../state/useAtlas';
import type { Language } from '../state/viewSlice';
import { sectorColor } from './palette';
import { EgoSwitch } from './EgoSwitch';
import { Introductions } from './Introductions';
import { useGroupName } from './useGroupName';

function ordinal(rank: number, language: string): string {
  if (language === 'es') return `${rank}.º`;
  if (language === 'fr') return rank === 1 ? '1er' : `${rank}e`;
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' } as Record<string, string>;
  return `${rank}${suffix[new Intl.PluralRules('en', { type: 'ordinal' }).select(rank)] ?? 'th'}`;
}

/** Everything known about the selected organisation: attributes, metrics with rank, partners. */
export function DetailsPanel() {
  const { t, i18n } = useTranslation();
  const dataset = useAtlas((s) => s.dataset);
  const metrics = useAtlas((s) => s.metrics);
  const selected = useAtlas((s) => s.selectedOrganization);
  const details = useMemo(
    () => (dataset && selected ? organizationDetails(dataset, metrics, selected) : null),
    [dataset, metrics, selected],
  );
  const names = useMemo(
    () => new Map(dataset?.organizations.map((org) => [org.id, org.name]) ?? []),
    [dataset],
  );
  const groupName = useGroupName();
  if (!details) return null;
  const { organization: o } = details;
  // The community found by the analysis, named as in the legend when colouring by community.
  const { community } = details;
  const language = i18n.language as Language;
  const number = new Intl.NumberFormat(i18n.language, { maximumSignificantDigits: 3 });
  const sectorName = (sector: string | null) =>
    sector ? (i18n.exists(`sector.${sector}`) ? t(`sector.${sector}`) : sector) : t('legend.other');
  const linkTypeName = (type: string | null) =>
    type === null ? '—' : i18n.exists(`linkType.${type}`) ? t(`linkType.${type}`) : type;
  const facts: [string, string][] = [
    [t('details.sector'), sectorName(o.sector)],
    [
      t('details.place'),
      [o.city, o.region, o.country, o.worldRegion && t(`worldRegion.${o.worldRegion}`)]
        .filter(Boolean)
        .join(', '),
    ],
    [t('details.themes'), o.themes.join(', ')],
    [t('details.community'), community === null ? '' : groupName('community', String(community))],
    ...Object.entries(o.attributes),
  ].filter(([, value]) => value !== '') as [string, string][];

  return (
    <aside
      className="details-panel"
      data-testid="details-panel"
      data-graph-overlay="left"
      aria-labelledby="details-title"
    >
      <button
        type="button"
        className="close"
        aria-label={t('details.close')}
        onClick={() => atlasState().selectOrganization(null)}
      >
        ×
      </button>
      <h2 id="details-title">{o.name}</h2>
      {o.placeholder && <p className="note">{t('legend.placeholder')}</p>}
      <dl>
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <EgoSwitch />
      <Introductions from={o.id} />
      <h3>{t('details.metrics')}</h3>
      <ul className="metrics">
        <li>{t('details.partners', { count: details.degree })}</li>
        {details.metrics.map((m) => (
          <li key={m.metric} title={METRICS.find((d) => d.id === m.metric)?.definition[language]}>
            {m.metric} {number.format(m.value)} —{' '}
            {t('details.rank', { rank: ordinal(m.rank, i18n.language), of: m.of })}
          </li>
        ))}
      </ul>
      <h3>{t('details.partnersBySector')}</h3>
      {details.partners.map((group) => (
        <div key={group.sector} className="partner-group">
          <h4>
            <span
              className="swatch"
              style={{ background: sectorColor(group.sector || null) }}
              aria-hidden
            />
            {sectorName(group.sector || null)} ({group.organizations.length})
          </h4>
          <ul>
            {group.organizations.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="link"
                  onClick={() => atlasState().selectOrganization(p.id)}
                >
                  {p.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <h3>{t('details.links', { count: details.links.length })}</h3>
      <ul className="links">
        {details.links.map((l) => {
          const otherId = l.source === o.id ? l.target : l.source;
          const other = names.get(otherId) ?? otherId;
          const years = [l.since ?? '…', l.until ?? ''].join('–');
          return (
            <li key={l.key}>
              {other} · {linkTypeName(l.type)} · {years} · {t(`scope.${l.scope}`)}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
