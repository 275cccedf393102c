import { useTranslation } from 'react-i18next';
import { THEMES } from '../core/looks/themes';
import { measureName } from '../state/selectors/metricInfo';
import { useLanguage } from '../i18n';
import type { Dataset } from '../core/model/types';
import { legendKeys } from '../state/selectors/explore';
import { atlasState, useAtlas } from '../state/useAtlas';
import { useGroupName } from './useGroupName';
import { isolate, UserText } from './UserText';
import { LARGE_NETWORK } from './graph/elements';

/**
 * The key to every encoding of the graph, counted among what is shown: the colour groups (each
 * a button that highlights its group), the placeholder style, disc size, line width and line
 * style by type.
 */
export function Legend({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const colourBy = useAtlas((s) => s.colourBy);
  const sizeBy = useAtlas((s) => s.sizeBy);
  const highlight = useAtlas((s) => s.highlight);
  const theme = THEMES[useAtlas((s) => s.theme)];
  const keys = useAtlas(legendKeys);
  const groupName = useGroupName();
  const coloured = keys?.groups ?? [];
  const others = keys?.others ?? 0;
  const hasPlaceholder = keys?.placeholders ?? false;
  const linkTypes = keys?.linkTypes ?? [];
  // Large networks draw plain lines (stylesheet.ts): the types are keyed, not their patterns.
  const dashed = dataset.organizations.length <= LARGE_NETWORK;
  const pressed = (encoding: string, value: string) =>
    highlight?.encoding === encoding && highlight.value === value;

  return (
    <aside
      className="legend"
      data-testid="legend"
      data-graph-overlay="right"
      aria-label={t('legend.label')}
    >
      <h2 id="legend-title">{t('keys.colour', { name: t(`explore.colour.${colourBy}`) })}</h2>
      <ul aria-labelledby="legend-title" className="groups">
        {coloured.map(({ value, count, colour }) => (
          <li
            key={value}
            data-group={value}
            {...(colourBy === 'sector' ? { 'data-sector': value } : {})}
          >
            <button
              type="button"
              className="key"
              aria-pressed={pressed(colourBy, value)}
              title={t('keys.highlight', { name: isolate(groupName(colourBy, value)) })}
              onClick={() => atlasState().toggleHighlight({ encoding: colourBy, value })}
            >
              <span className="swatch" style={{ background: colour }} aria-hidden />
              <span className="name">
                <UserText text={groupName(colourBy, value)} short />
              </span>
              <span className="count">{count}</span>
            </button>
          </li>
        ))}
        {others > 0 && (
          <li data-group="">
            <span className="key">
              <span className="swatch" style={{ background: theme.other }} aria-hidden />
              <span className="name">{t('legend.other')}</span>
              <span className="count">{others}</span>
            </span>
          </li>
        )}
        {hasPlaceholder && (
          <li>
            <span className="key">
              <span
                className="swatch placeholder"
                style={{ borderColor: theme.placeholder.colour }}
                aria-hidden
              />
              <span className="name">{t('legend.placeholder')}</span>
            </span>
          </li>
        )}
      </ul>
      {colourBy === 'community' && coloured.length === 0 && (
        <p className="note">{t('keys.noMeasures')}</p>
      )}
      {colourBy === 'scope' && <p className="note">{t('keys.scopeLinks')}</p>}
      <ul className="encodings">
        <li>
          <span className="sizes" aria-hidden>
            <span className="dot small" />
            <span className="dot large" />
          </span>
          {t('keys.size', { name: measureName(sizeBy, language) })}
        </li>
        <li>
          <span className="widths" aria-hidden>
            <span className="line thin" />
            <span className="line thick" />
          </span>
          {t('legend.width')}
        </li>
      </ul>
      {linkTypes.length > 0 && (
        <>
          <h3 id="legend-line-style">
            {dashed ? t('keys.lineStyle') : t('explore.kind.linkTypes')}
          </h3>
          <ul aria-labelledby="legend-line-style" className="line-styles">
            {linkTypes.map(({ value, count, dashes }) => (
              <li key={value} data-link-type={value}>
                <button
                  type="button"
                  className="key"
                  aria-pressed={pressed('linkType', value)}
                  title={t('keys.highlight', { name: isolate(groupName('linkType', value)) })}
                  onClick={() => atlasState().toggleHighlight({ encoding: 'linkType', value })}
                >
                  <svg width="26" height="8" aria-hidden>
                    <line
                      x1="1"
                      y1="4"
                      x2="25"
                      y2="4"
                      stroke="currentColor"
                      strokeWidth="2"
                      strokeDasharray={(dashed && dashes.join(' ')) || undefined}
                    />
                  </svg>
                  <span className="name">
                    <UserText text={groupName('linkType', value)} short />
                  </span>
                  <span className="count">{count}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
