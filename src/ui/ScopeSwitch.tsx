import { useTranslation } from 'react-i18next';
import { SCOPE_LAYERS } from '../core/explore/scopeLayers';
import { atlasState, useAtlas } from '../state/useAtlas';

/** One button per scope layer: all, local, national, regional, international. */
export function ScopeSwitch() {
  const { t } = useTranslation();
  const current = useAtlas((s) => s.scopeLayer);
  return (
    <div
      className="scope-switch"
      data-graph-overlay="bottom"
      role="group"
      aria-label={t('layers.label')}
      data-testid="scope-switch"
    >
      {SCOPE_LAYERS.map((layer) => (
        <button
          key={layer}
          type="button"
          data-scope={layer}
          aria-pressed={current === layer}
          onClick={() => atlasState().setScopeLayer(layer)}
        >
          {layer === 'all' ? t('layers.all') : t(`scope.${layer}`)}
        </button>
      ))}
    </div>
  );
}
