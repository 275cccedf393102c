import { useTranslation } from 'react-i18next';
import { AREAS } from '../core/view/areas';
import { atlasState, useAtlas } from '../state/useAtlas';

/** Explore or Analyse: two buttons, the current one pressed. */
export function AreaSwitch() {
  const { t } = useTranslation();
  const area = useAtlas((s) => s.area);
  return (
    <nav className="area-switch" aria-label={t('area.label')}>
      {AREAS.map((each) => (
        <button
          key={each}
          type="button"
          data-testid={`area-${each}`}
          aria-pressed={area === each}
          onClick={() => atlasState().setArea(each)}
        >
          {t(`area.${each}`)}
        </button>
      ))}
    </nav>
  );
}
