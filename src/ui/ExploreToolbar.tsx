import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COLOUR_ENCODINGS,
  SIZE_ENCODINGS,
  type ColourEncoding,
  type SizeEncoding,
} from '../core/looks/encodings';
import { LAYOUTS, type LayoutKind } from '../core/layout/layoutKinds';
import { measureName } from '../state/selectors/metricInfo';
import { atlasState, useAtlas } from '../state/useAtlas';
import { useLanguage } from '../i18n';
import { FilterChips } from './FilterChips';
import { FilterPanel } from './FilterPanel';
import { EditBar } from './edit/EditBar';

/** One labelled choice of the toolbar: a native select (keyboard and screen readers for free). */
function Choice<T extends string>(props: {
  testId: string;
  label: string;
  value: T;
  options: readonly T[];
  name(option: T): string;
  onChoose(option: T): void;
}) {
  return (
    <label>
      <span>{props.label}</span>
      <select
        data-testid={props.testId}
        value={props.value}
        onChange={(e) => props.onChoose(e.target.value as T)}
      >
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.name(option)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Above the graph: the filter panel's toggle, the encodings and the layout, then the chips. */
export function ExploreToolbar() {
  const { t } = useTranslation();
  const language = useLanguage();
  const colourBy = useAtlas((s) => s.colourBy);
  const sizeBy = useAtlas((s) => s.sizeBy);
  const layout = useAtlas((s) => s.layout);
  const measure = useAtlas((s) => s.layoutMetric);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const nameOf = (m: SizeEncoding) => measureName(m, language);

  return (
    <div className="explore-toolbar">
      <div className="controls" role="toolbar" aria-label={t('explore.toolbar')}>
        <button
          type="button"
          data-testid="filters-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
        >
          {t('explore.filters')} {open ? '▴' : '▾'}
        </button>
        <Choice<ColourEncoding>
          testId="colour-by"
          label={t('explore.colourBy')}
          value={colourBy}
          options={COLOUR_ENCODINGS}
          name={(c) => t(`explore.colour.${c}`)}
          onChoose={(c) => atlasState().setColourBy(c)}
        />
        <Choice<SizeEncoding>
          testId="size-by"
          label={t('explore.sizeBy')}
          value={sizeBy}
          options={SIZE_ENCODINGS}
          name={nameOf}
          onChoose={(m) => atlasState().setSizeBy(m)}
        />
        <Choice<LayoutKind>
          testId="layout-select"
          label={t('explore.layout')}
          value={layout}
          options={LAYOUTS}
          name={(kind) => t(`explore.layouts.${kind}`)}
          onChoose={(kind) => atlasState().setLayout(kind)}
        />
        {layout === 'concentric' && (
          <Choice<SizeEncoding>
            testId="layout-measure"
            label={t('explore.layoutMeasure')}
            value={measure}
            options={SIZE_ENCODINGS}
            name={nameOf}
            onChoose={(m) => atlasState().setLayout('concentric', m)}
          />
        )}
        <EditBar />
      </div>
      {open && <FilterPanel id={panelId} onClose={() => setOpen(false)} />}
      <FilterChips />
    </div>
  );
}
