import { useTranslation } from 'react-i18next';

/** "212 organisations · 486 alliances", or "visible of total" when a filter hides some. */
export function StatusBar(props: {
  visibleOrganizations: number;
  totalOrganizations: number;
  visibleLinks: number;
  totalLinks: number;
}) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const part = (key: 'organizations' | 'alliances', visible: number, total: number) =>
    visible === total
      ? t(`stats.${key}`, { count: total })
      : `${t('stats.ofTotal', { visible: number.format(visible), total: '' }).trim()} ${t(`stats.${key}`, { count: total })}`;
  return (
    <div
      className="status-bar"
      data-testid="graph-stats"
      role="status"
      aria-live="polite"
      aria-label={t('stats.label')}
    >
      {part('organizations', props.visibleOrganizations, props.totalOrganizations)}
      {' · '}
      {part('alliances', props.visibleLinks, props.totalLinks)}
    </div>
  );
}
