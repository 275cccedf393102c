import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../core/model/types';
import { LEGEND_SECTORS, OTHER_SECTOR_COLOR, PLACEHOLDER_BORDER, SECTOR_COLORS } from './palette';

/**
 * The key to every encoding of the graph: sector colours (those present in the dataset), the
 * placeholder style, disc size and line width.
 */
export function Legend({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation();
  const { present, hasOther, hasPlaceholder } = useMemo(() => {
    const canonical = new Set<string>(LEGEND_SECTORS);
    const present = new Set<string>();
    let hasOther = false;
    let hasPlaceholder = false;
    for (const organization of dataset.organizations) {
      if (organization.placeholder) hasPlaceholder = true;
      else if (organization.sector !== null && canonical.has(organization.sector)) {
        present.add(organization.sector);
      } else hasOther = true;
    }
    return { present, hasOther, hasPlaceholder };
  }, [dataset]);

  return (
    <aside
      className="legend"
      data-testid="legend"
      data-graph-overlay="right"
      aria-label={t('legend.label')}
    >
      <h2 id="legend-title">{t('legend.title')}</h2>
      <ul aria-labelledby="legend-title">
        {LEGEND_SECTORS.filter((sector) => present.has(sector)).map((sector) => (
          <li key={sector} data-sector={sector}>
            <span className="swatch" style={{ background: SECTOR_COLORS[sector] }} aria-hidden />
            {t(`sector.${sector}`)}
          </li>
        ))}
        {hasOther && (
          <li data-sector="">
            <span className="swatch" style={{ background: OTHER_SECTOR_COLOR }} aria-hidden />
            {t('legend.other')}
          </li>
        )}
        {hasPlaceholder && (
          <li>
            <span
              className="swatch placeholder"
              style={{ borderColor: PLACEHOLDER_BORDER }}
              aria-hidden
            />
            {t('legend.placeholder')}
          </li>
        )}
      </ul>
      <ul className="encodings">
        <li>
          <span className="sizes" aria-hidden>
            <span className="dot small" />
            <span className="dot large" />
          </span>
          {t('legend.size')}
        </li>
        <li>
          <span className="widths" aria-hidden>
            <span className="line thin" />
            <span className="line thick" />
          </span>
          {t('legend.width')}
        </li>
      </ul>
    </aside>
  );
}
