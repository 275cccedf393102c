import { useTranslation } from 'react-i18next';
import type { Dataset } from '../core/model/types';
import { LEGEND_SECTORS, OTHER_SECTOR_COLOR, SECTOR_COLORS } from './palette';

/** The key to the sector colours, listing the sectors present in the dataset. */
export function Legend({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation();
  const present = new Set(dataset.organizations.map((o) => o.sector));
  const hasOther = dataset.organizations.some(
    (o) =>
      !o.placeholder &&
      (o.sector === null || !(LEGEND_SECTORS as readonly string[]).includes(o.sector)),
  );
  const hasPlaceholder = dataset.organizations.some((o) => o.placeholder);
  return (
    <aside className="legend" data-testid="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend.title')}</h2>
      <ul>
        {LEGEND_SECTORS.filter((sector) => present.has(sector)).map((sector) => (
          <li key={sector}>
            <span className="swatch" style={{ background: SECTOR_COLORS[sector] }} aria-hidden />
            {t(`sector.${sector}`)}
          </li>
        ))}
        {hasOther && (
          <li>
            <span className="swatch" style={{ background: OTHER_SECTOR_COLOR }} aria-hidden />
            {t('legend.other')}
          </li>
        )}
        {hasPlaceholder && (
          <li>
            <span className="swatch placeholder" aria-hidden />
            {t('legend.placeholder')}
          </li>
        )}
      </ul>
    </aside>
  );
}
