import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

export interface StatusBarProps {
  visibleOrganizations: number;
  totalOrganizations: number;
  visibleLinks: number;
  totalLinks: number;
}

/**
 * "212 organisations · 486 alliances", or "40 of 212 organisations · …" when a layer or a filter
 * hides some. A live region, so that screen readers hear the counts change.
 */
export function StatusBar(props: StatusBarProps) {
  const { t } = useTranslation();
  return (
    <div
      className="status-bar"
      data-testid="graph-stats"
      role="status"
      aria-live="polite"
      aria-label={t('stats.label')}
    >
      {networkSize(t, props)}
    </div>
  );
}

/** The status bar's sentence (a picture of the view carries it too). */
export function networkSize(t: TFunction, props: StatusBarProps): string {
  const part = (key: 'organizations' | 'alliances', visible: number, total: number) =>
    visible === total
      ? t(`stats.${key}`, { count: total })
      : t(`stats.${key}Of`, { count: total, visible });
  return `${part('organizations', props.visibleOrganizations, props.totalOrganizations)} · ${part(
    'alliances',
    props.visibleLinks,
    props.totalLinks,
  )}`;
}
