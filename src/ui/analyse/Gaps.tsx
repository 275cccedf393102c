import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../core/model/types';
import type { ReportGaps } from '../../core/report/reportTypes';
import { useLanguage } from '../../i18n';
import { atlasState, useAtlas } from '../../state/useAtlas';
import { useGroupName } from '../useGroupName';
import { UserText } from '../UserText';
import { ShowAll } from './ShowAll';
import { formatCount, formatMeasure, formatPercent } from './format';

/** Entries shown per list; the rest are counted. */
const SHOWN = 30;

/** Makes a set of organisations stand out in the network (and nothing selected). */
function showSet(ids: readonly string[]) {
  const state = atlasState();
  state.selectOrganization(null);
  state.highlightOrganizations(ids);
}

/** Selects one organisation in the network (the graph rings and centres it). */
function showOne(id: string) {
  const state = atlasState();
  state.highlightOrganizations(null);
  state.selectOrganization(id);
}

function ofSectors(dataset: Dataset, sectors: readonly string[]): string[] {
  return dataset.organizations
    .filter((o) => o.sector !== null && sectors.includes(o.sector))
    .map((o) => o.id);
}

/**
 * Where alliances are missing (gaps of analyze --json): each entry a button that shows itself in
 * the network beside.
 */
export function Gaps() {
  const { t } = useTranslation();
  const language = useLanguage();
  const groupName = useGroupName();
  const dataset = useAtlas((s) => s.analysedDataset);
  const gaps = useAtlas((s) => s.metrics?.gaps);
  if (!dataset) return null;
  const names = new Map(dataset.organizations.map((o) => [o.id, o.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const sector = (name: string) => groupName('sector', name);

  return (
    <section
      className="analyse-list gap-lists"
      data-testid="gaps-list"
      aria-labelledby="gaps-title"
    >
      <h2 id="gaps-title">{t('gaps.title')}</h2>
      <p className="note">{t('gaps.intro')}</p>
      <ShowAll />
      {!gaps ? (
        <p className="note">{t('summary.waiting')}</p>
      ) : (
        <GapLists
          gaps={gaps}
          dataset={dataset}
          sector={sector}
          nameOf={nameOf}
          place={(kind, name) => groupName(kind === 'country' ? 'country' : 'worldRegion', name)}
          language={language}
        />
      )}
    </section>
  );
}

function GapLists({
  gaps,
  dataset,
  sector,
  nameOf,
  place,
  language,
}: {
  gaps: ReportGaps;
  dataset: Dataset;
  sector: (name: string) => string;
  nameOf: (id: string) => string;
  place: (kind: 'world_region' | 'country', name: string) => string;
  language: string;
}) {
  const { t } = useTranslation();
  const pairs = gaps.sector_pairs.filter((p) => p.ratio === null || p.ratio < 1);
  const organizationList = (key: string, ids: string[]) => (
    <Group title={t(`gaps.${key}`)} count={ids.length} testId={`gaps-${key}`}>
      {ids.slice(0, SHOWN).map((id) => (
        <li key={id}>
          <button type="button" data-id={id} onClick={() => showOne(id)}>
            <UserText text={nameOf(id)} short />
          </button>
        </li>
      ))}
      <More rest={ids.length - SHOWN} />
    </Group>
  );
  return (
    <>
      <Group title={t('gaps.sectorPairs')} count={pairs.length} testId="gaps-sector-pairs">
        {pairs.slice(0, SHOWN).map((p) => (
          <li key={p.sectors.join('\u0000')}>
            <button
              type="button"
              data-sectors={p.sectors.join(' ')}
              onClick={() => showSet(ofSectors(dataset, p.sectors))}
            >
              <span className="entry-name">
                <UserText text={sector(p.sectors[0])} /> ↔ <UserText text={sector(p.sectors[1])} />
              </span>
              <span className="entry-note">
                {t('gaps.pair', {
                  count: p.observed,
                  observed: formatCount(p.observed, language),
                  expected: formatMeasure(p.expected, language),
                })}{' '}
                {p.ratio === null
                  ? t('gaps.nothingExpected')
                  : t('gaps.ratio', { percent: formatPercent(p.ratio, language) })}
              </span>
            </button>
          </li>
        ))}
        <More rest={pairs.length - SHOWN} />
      </Group>
      {gaps.isolated_regions && (
        <Group
          title={t('gaps.isolatedRegions')}
          count={gaps.isolated_regions.length}
          testId="gaps-isolated-regions"
        >
          {gaps.isolated_regions.map((g) => (
            <li key={`${g.kind} ${g.name}`}>
              <button
                type="button"
                onClick={() =>
                  showSet(
                    dataset.organizations
                      .filter((o) => (g.kind === 'country' ? o.country : o.worldRegion) === g.name)
                      .map((o) => o.id),
                  )
                }
              >
                <span className="entry-name">
                  <UserText text={place(g.kind, g.name)} />
                </span>
                <span className="entry-note">
                  {t(`gaps.kind.${g.kind}`)} ·{' '}
                  {t('gaps.groupSize', {
                    count: g.organizations,
                    organizations: formatCount(g.organizations, language),
                    ties: formatCount(g.ties_within, language),
                  })}
                </span>
              </button>
            </li>
          ))}
        </Group>
      )}
      {gaps.sectors_without_international && (
        <Group
          title={t('gaps.withoutInternational')}
          count={gaps.sectors_without_international.length}
          testId="gaps-without-international"
        >
          {gaps.sectors_without_international.map((name) => (
            <li key={name}>
              <button type="button" onClick={() => showSet(ofSectors(dataset, [name]))}>
                <UserText text={sector(name)} />
              </button>
            </li>
          ))}
        </Group>
      )}
      {organizationList('withoutExternal', gaps.organizations_without_external_tie)}
      {organizationList('isolated', gaps.isolated_organizations)}
      <Group
        title={t('gaps.smallComponents')}
        count={gaps.small_components.length}
        testId="gaps-small-components"
      >
        {gaps.small_components.slice(0, SHOWN).map((c) => (
          <li key={c.organizations[0]}>
            <button type="button" onClick={() => showSet(c.organizations)}>
              <span className="entry-name">
                {t('gaps.component', {
                  count: c.size,
                  size: formatCount(c.size, language),
                })}
              </span>
              <span className="entry-note">
                {c.organizations.slice(0, 3).map((id, i) => (
                  <span key={id}>
                    {i > 0 && ', '}
                    <UserText text={nameOf(id)} short />
                  </span>
                ))}
                {c.size > 3 && '…'}
              </span>
            </button>
          </li>
        ))}
        <More rest={gaps.small_components.length - SHOWN} />
      </Group>
    </>
  );
}

function Group({
  title,
  count,
  testId,
  children,
}: {
  title: string;
  count: number;
  testId: string;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="gap-group" data-testid={testId}>
      <h3>
        {title} <span className="count">({formatCount(count, language)})</span>
      </h3>
      {count === 0 ? <p className="note">{t('gaps.none')}</p> : <ul>{children}</ul>}
    </div>
  );
}

function More({ rest }: { rest: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (rest <= 0) return null;
  return (
    <li className="note">{t('gaps.more', { count: rest, rest: formatCount(rest, language) })}</li>
  );
}
