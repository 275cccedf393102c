import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COLOUR_ENCODINGS,
  LAYOUTS,
  SIZE_ENCODINGS,
  type ColourEncoding,
  type LayoutKind,
  type SizeEncoding,
} from '../state/exploreSlice';
import { atlasState, useAtlas } from '../state/useAtlas';
import { FilterChips } from './FilterChips';
import { FilterPanel } from './FilterPanel';

/** Above the graph: the filter panel's toggle, the encodings and the layout, then the chips. */
export function ExploreToolbar() {
  const { t } = useTranslation();
  const colourBy = useAtlas((s) => s.colourBy);
  const sizeBy = useAtlas((s) => s.sizeBy);
  const layout = useAtlas((s) => s.layout);
  const measure = useAtlas((s) => s.layoutMetric);
  const [open, setOpen] = useState(false);
  const panelId = useId();

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
        <label>
          <span>{t('explore.colourBy')}</span>
          <select
            data-testid="colour-by"
            value={colourBy}
            onChange={(e) => atlasState().setColourBy(e.target.value as ColourEncoding)}
          >
            {COLOUR_ENCODINGS.map((encoding) => (
              <option key={encoding} value={encoding}>
                {t(`explore.colour.${encoding}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('explore.sizeBy')}</span>
          <select
            data-testid="size-by"
            value={sizeBy}
            onChange={(e) => atlasState().setSizeBy(e.target.value as SizeEncoding)}
          >
            {SIZE_ENCODINGS.map((encoding) => (
              <option key={encoding} value={encoding}>
                {t(`measure.${encoding}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('explore.layout')}</span>
          <select
            data-testid="layout-select"
            value={layout}
            onChange={(e) => atlasState().setLayout(e.target.value as LayoutKind)}
          >
            {LAYOUTS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`explore.layouts.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        {layout === 'concentric' && (
          <label>
            <span>{t('explore.layoutMeasure')}</span>
            <select
              data-testid="layout-measure"
              value={measure}
              onChange={(e) => atlasState().setLayout('concentric', e.target.value as SizeEncoding)}
            >
              {SIZE_ENCODINGS.map((encoding) => (
                <option key={encoding} value={encoding}>
                  {t(`measure.${encoding}`)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {open && <FilterPanel id={panelId} onClose={() => setOpen(false)} />}
      <FilterChips />
    </div>
  );
}
