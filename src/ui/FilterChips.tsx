import { useTranslation } from 'react-i18next';
import { VALUE_FILTER_KINDS } from '../state/explore';
import { atlasState, useAtlas } from '../state/useAtlas';
import { useGroupName } from './useGroupName';

interface Chip {
  key: string;
  label: string;
  remove(): void;
}

/** Every filter in force as a chip that removes it, and one button that clears them all. */
export function FilterChips() {
  const { t } = useTranslation();
  const filters = useAtlas((s) => s.filters);
  const layer = useAtlas((s) => s.scopeLayer);
  const egoSteps = useAtlas((s) => s.egoSteps);
  const selected = useAtlas((s) => s.selectedOrganization);
  const dataset = useAtlas((s) => s.dataset);
  const groupName = useGroupName();
  const state = atlasState;

  const chips: Chip[] = [];
  if (layer !== 'all') {
    chips.push({
      key: 'layer',
      label: t('explore.chip.layer', { name: t(`scope.${layer}`) }),
      remove: () => state().setScopeLayer('all'),
    });
  }
  for (const kind of VALUE_FILTER_KINDS) {
    for (const value of filters[kind]) {
      chips.push({
        key: `${kind}:${value}`,
        label: `${t(`explore.kind.${kind}`)}: ${groupName(kind, value)}`,
        remove: () => state().toggleFilterValue(kind, value),
      });
    }
  }
  if (filters.years) {
    chips.push({
      key: 'years',
      label: t('explore.chip.years', { from: filters.years.from, to: filters.years.to }),
      remove: () => state().setYears(null),
    });
  }
  if (filters.minWeight > 0) {
    chips.push({
      key: 'weight',
      label: t('explore.chip.minWeight', { value: filters.minWeight }),
      remove: () => state().setMinWeight(0),
    });
  }
  if (filters.minDegree > 0) {
    chips.push({
      key: 'degree',
      label: t('explore.chip.minDegree', { value: filters.minDegree }),
      remove: () => state().setMinDegree(0),
    });
  }
  if (egoSteps > 0 && selected !== null) {
    const name = dataset?.organizations.find((o) => o.id === selected)?.name ?? selected;
    chips.push({
      key: 'ego',
      label: t('explore.chip.ego', { name, count: egoSteps }),
      remove: () => state().setEgoSteps(0),
    });
  }
  if (chips.length === 0) return null;

  return (
    <div
      className="filter-chips"
      data-testid="filter-chips"
      role="group"
      aria-label={t('explore.chips')}
    >
      {chips.map((chip) => (
        <span key={chip.key} className="chip" data-testid="filter-chip">
          {chip.label}
          <button
            type="button"
            aria-label={t('explore.remove', { name: chip.label })}
            onClick={chip.remove}
          >
            ×
          </button>
        </span>
      ))}
      <button
        type="button"
        className="clear"
        data-testid="clear-filters"
        onClick={() => state().clearFilters()}
      >
        {t('explore.clearAll')}
      </button>
    </div>
  );
}
