import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { VALUE_FILTER_KINDS } from '../core/explore/filters';
import { atlasState, useAtlas } from '../state/useAtlas';
import { useGroupName } from './useGroupName';
import { isolate, shorten, UserText } from './UserText';

interface Chip {
  key: string;
  /** What the chip shows: the data's own text isolated, and shortened. */
  label: ReactNode;
  /** The same words with that text whole (and isolated), for the title and the remove button. */
  words: string;
  remove(): void;
}

/** A chip of the app's words alone. */
function plain(key: string, words: string, remove: () => void): Chip {
  return { key, label: words, words, remove };
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
    chips.push(
      plain('layer', t('explore.chip.layer', { name: t(`scope.${layer}`) }), () =>
        state().setScopeLayer('all'),
      ),
    );
  }
  for (const kind of VALUE_FILTER_KINDS) {
    for (const value of filters[kind]) {
      const name = groupName(kind, value);
      chips.push({
        key: `${kind}:${value}`,
        label: (
          <>
            {t('punctuation.colon', { label: t(`explore.kind.${kind}`) })}{' '}
            <UserText text={name} short />
          </>
        ),
        words: `${t('punctuation.colon', { label: t(`explore.kind.${kind}`) })} ${isolate(name)}`,
        remove: () => state().toggleFilterValue(kind, value),
      });
    }
  }
  if (filters.years) {
    const { from, to } = filters.years;
    chips.push(plain('years', t('explore.chip.years', { from, to }), () => state().setYears(null)));
  }
  if (filters.minWeight > 0) {
    chips.push(
      plain('weight', t('explore.chip.minWeight', { value: filters.minWeight }), () =>
        state().setMinWeight(0),
      ),
    );
  }
  if (filters.minDegree > 0) {
    chips.push(
      plain('degree', t('explore.chip.minDegree', { value: filters.minDegree }), () =>
        state().setMinDegree(0),
      ),
    );
  }
  if (egoSteps > 0 && selected !== null) {
    const name = dataset?.organizations.find((o) => o.id === selected)?.name ?? selected;
    // A sentence of the catalogue: the name is isolated inside the string.
    chips.push({
      key: 'ego',
      label: t('explore.chip.ego', { name: isolate(shorten(name)), count: egoSteps }),
      words: t('explore.chip.ego', { name: isolate(name), count: egoSteps }),
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
        <span key={chip.key} className="chip" data-testid="filter-chip" title={chip.words}>
          <span>{chip.label}</span>
          <button
            type="button"
            aria-label={t('explore.remove', { name: chip.words })}
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
