import { useTranslation } from 'react-i18next';
import { atlasState, useAtlas } from '../../state/useAtlas';

/** While organisations chosen here stand out in the network, a way back to all of it. */
export function ShowAll() {
  const { t } = useTranslation();
  const chosen = useAtlas((s) => s.highlightedOrganizations);
  if (!chosen) return null;
  return (
    <button
      type="button"
      className="show-all"
      data-testid="analyse-show-all"
      onClick={() => {
        atlasState().highlightOrganizations(null);
        void atlasState().askEffects(null);
      }}
    >
      {t('gaps.showAll')}
    </button>
  );
}
