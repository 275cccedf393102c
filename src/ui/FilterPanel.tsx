import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { VALUE_FILTER_KINDS, type ValueFilterKind } from '../core/explore/filters';
import { filterFacets } from '../state/selectors/explore';
import { atlasState, useAtlas } from '../state/useAtlas';
import { useGroupName } from './useGroupName';
import { UserText } from './UserText';

/** Countries and themes can be many: the list scrolls past this many. */
const LONG_LIST = 12;

/**
 * The filters: a checkbox per value present (with its count) for each kind, the years as a
 * range, minimum weight and minimum partners as sliders. Escape closes it.
 */
export function FilterPanel({ id, onClose }: { id: string; onClose(): void }) {
  const { t } = useTranslation();
  const dataset = useAtlas((s) => s.dataset);
  const filters = useAtlas((s) => s.filters);
  const groupName = useGroupName();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  if (!dataset) return null;
  const facets = filterFacets(dataset);
  const years = filters.years ?? facets.years;
  const setYears = (from: number, to: number) => {
    if (!facets.years) return;
    const range = { from: Math.min(from, to), to: Math.max(from, to) };
    const whole = range.from <= facets.years.from && range.to >= facets.years.to;
    atlasState().setYears(whole ? null : range);
  };
  const weightStep = facets.maxWeight <= 10 ? 0.5 : 1;
  const degreeTop = Math.min(facets.maxDegree, 50);

  return (
    <div
      id={id}
      className="filter-panel"
      data-testid="filter-panel"
      role="region"
      aria-label={t('explore.filters')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      {VALUE_FILTER_KINDS.map((kind: ValueFilterKind, k) => {
        const values = facets[kind];
        if (values.length <= 1 && filters[kind].length === 0) return null;
        return (
          <fieldset key={kind} data-filter={kind}>
            <legend>{t(`explore.kind.${kind}`)}</legend>
            <ul className={values.length > LONG_LIST ? 'long' : undefined}>
              {values.map(({ value, count }, i) => (
                <li key={value}>
                  <label>
                    <input
                      ref={k === 0 && i === 0 ? first : undefined}
                      type="checkbox"
                      value={value}
                      checked={filters[kind].includes(value)}
                      onChange={() => atlasState().toggleFilterValue(kind, value)}
                    />
                    <UserText text={groupName(kind, value)} short />{' '}
                    <span className="count">{count}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
      {facets.years && years && (
        <fieldset data-filter="years">
          <legend>
            {t('punctuation.colon', { label: t('explore.years') })} {years.from}–{years.to}
          </legend>
          <label>
            <span>{t('explore.yearsFrom')}</span>
            <input
              type="range"
              data-testid="years-from"
              min={facets.years.from}
              max={facets.years.to}
              step={1}
              value={years.from}
              onChange={(e) => setYears(Number(e.target.value), years.to)}
            />
          </label>
          <label>
            <span>{t('explore.yearsTo')}</span>
            <input
              type="range"
              data-testid="years-to"
              min={facets.years.from}
              max={facets.years.to}
              step={1}
              value={years.to}
              onChange={(e) => setYears(years.from, Number(e.target.value))}
            />
          </label>
        </fieldset>
      )}
      <fieldset data-filter="numbers">
        <legend>{t('explore.thresholds')}</legend>
        <label>
          <span>
            {t('punctuation.colon', { label: t('explore.minWeight') })}{' '}
            {filters.minWeight > 0 ? filters.minWeight : t('explore.any')}
          </span>
          <input
            type="range"
            data-testid="min-weight"
            min={0}
            max={Math.max(facets.maxWeight, 1)}
            step={weightStep}
            value={filters.minWeight}
            onChange={(e) => atlasState().setMinWeight(Number(e.target.value))}
          />
        </label>
        <label>
          <span>
            {t('punctuation.colon', { label: t('explore.minDegree') })}{' '}
            {filters.minDegree > 0 ? filters.minDegree : t('explore.any')}
          </span>
          <input
            type="range"
            data-testid="min-degree"
            min={0}
            max={Math.max(degreeTop, 1)}
            step={1}
            value={filters.minDegree}
            onChange={(e) => atlasState().setMinDegree(Number(e.target.value))}
          />
        </label>
      </fieldset>
    </div>
  );
}
