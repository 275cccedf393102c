import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { organizationDetails } from '../state/selectors/details';
import { measureName, measureTitle } from '../state/selectors/metricInfo';
import { atlasState, useAtlas } from '../state/useAtlas';
import { currentEditMarks } from '../state/selectors/edits';
import { useLanguage } from '../i18n';
import { sectorColor } from '../core/looks/palette';
import { EgoSwitch } from './EgoSwitch';
import { Introductions } from './Introductions';
import { useGroupName } from './useGroupName';
import { UserText } from './UserText';

interface Fact {
  label: string;
  /** True when the label is a column of the organisations file (the data's own text). */
  column?: boolean;
  parts: string[];
}

function ordinal(rank: number, language: string): string {
  if (language === 'es') return `${rank}.º`;
  if (language === 'fr') return rank === 1 ? '1er' : `${rank}e`;
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' } as Record<string, string>;
  return `${rank}${suffix[new Intl.PluralRules('en', { type: 'ordinal' }).select(rank)] ?? 'th'}`;
}

/** Everything known about the selected organisation: attributes, metrics with rank, partners. */
export function DetailsPanel() {
  const { t } = useTranslation();
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
  const language = useLanguage();
  const marks = useAtlas(currentEditMarks);
  if (!details) return null;
  const { organization: o } = details;
  // The community found by the analysis, named as in the legend when colouring by community.
  const { community } = details;
  const number = new Intl.NumberFormat(language, { maximumSignificantDigits: 3 });
  const sectorName = (sector: string | null) =>
    sector ? groupName('sector', sector) : t('legend.other');
  const linkTypeName = (type: string | null) => (type === null ? '—' : groupName('linkType', type));
  // Each fact is a label and the parts of its value; the data's own text is isolated, part by
  // part (a city, a theme, a column of the file and its value).
  const given: (Omit<Fact, 'parts'> & { parts: (string | null)[] })[] = [
    { label: t('details.sector'), parts: [sectorName(o.sector)] },
    {
      label: t('details.place'),
      parts: [o.city, o.region, o.country, o.worldRegion && t(`worldRegion.${o.worldRegion}`)],
    },
    { label: t('details.themes'), parts: o.themes.map((theme) => groupName('theme', theme)) },
    { label: t('details.aliases'), parts: o.aliases },
    {
      label: t('details.community'),
      parts: [community === null ? '' : groupName('community', String(community))],
    },
    ...Object.entries(o.attributes).map(([column, value]) => ({
      label: column,
      column: true,
      parts: [value],
    })),
  ];
  const facts: Fact[] = given
    .map((fact) => ({ ...fact, parts: fact.parts.filter((part): part is string => !!part) }))
    .filter((fact) => fact.parts.length > 0);

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
      <h2 id="details-title">
        <UserText text={o.name} />
      </h2>
      {o.placeholder && <p className="note">{t('legend.placeholder')}</p>}
      {marks.organizations.has(o.id) && (
        <p className="note" data-testid="edit-mark">
          <span className={`edit-mark ${marks.organizations.get(o.id)}`}>
            {t(`edit.mark.${marks.organizations.get(o.id)!}`)}
          </span>
        </p>
      )}
      <div className="details-actions">
        <button
          type="button"
          data-testid="edit-organization"
          onClick={() => atlasState().openEditor({ kind: 'organization', id: o.id })}
        >
          {t('edit.edit')}
        </button>
        <button
          type="button"
          data-testid="add-link"
          onClick={() => atlasState().openEditor({ kind: 'link', key: null, source: o.id })}
        >
          {t('edit.addLink')}
        </button>
        <button
          type="button"
          data-testid="remove-organization"
          onClick={() => atlasState().removeOrganization(o.id)}
        >
          {t('edit.remove')}
        </button>
      </div>
      <dl>
        {/* By position: a column of the file may be called like one of the app's labels. */}
        {facts.map(({ label, column, parts }, index) => (
          <div key={index} data-fact={column ? 'attribute' : undefined}>
            <dt>{column ? <UserText text={label} /> : label}</dt>
            <dd>
              {parts.map((part, i) => (
                <Fragment key={i}>
                  {i > 0 && ', '}
                  <UserText text={part} />
                </Fragment>
              ))}
            </dd>
          </div>
        ))}
      </dl>
      <EgoSwitch />
      <Introductions from={o.id} />
      <h3>{t('details.metrics')}</h3>
      <ul className="metrics">
        <li>{t('details.partners', { count: details.degree })}</li>
        {details.metrics.map((m) => (
          <li key={m.metric} title={measureTitle(m.metric, language)}>
            {measureName(m.metric, language)} {number.format(m.value)} —{' '}
            {t('details.rank', { rank: ordinal(m.rank, language), of: m.of })}
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
            {/* One flex item: the name and its count read as one line. */}
            <span>
              <UserText text={sectorName(group.sector || null)} short /> (
              {group.organizations.length})
            </span>
          </h4>
          <ul>
            {group.organizations.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="link"
                  onClick={() => atlasState().selectOrganization(p.id)}
                >
                  <UserText text={p.name} short />
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
            <li key={l.key} data-link={l.key}>
              <UserText text={other} short /> · <UserText text={linkTypeName(l.type)} short /> ·{' '}
              {years} · {t(`scope.${l.scope}`)}
              {marks.links.has(l.key) && (
                <>
                  {' '}
                  <span className={`edit-mark ${marks.links.get(l.key)}`}>
                    {t(`edit.mark.${marks.links.get(l.key)!}`)}
                  </span>
                </>
              )}{' '}
              <button
                type="button"
                className="link"
                data-testid="edit-link"
                aria-label={t('edit.editLinkTo', { name: other })}
                onClick={() => atlasState().openEditor({ kind: 'link', key: l.key })}
              >
                {t('edit.edit')}
              </button>{' '}
              <button
                type="button"
                className="link"
                data-testid="remove-link"
                aria-label={t('edit.removeLinkTo', { name: other })}
                onClick={() => atlasState().removeLink(l.key)}
              >
                {t('edit.remove')}
              </button>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
