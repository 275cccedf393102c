import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ANALYSE_SECTIONS, type AnalyseSection } from '../../core/view/areas';
import { atlasState, useAtlas } from '../../state/useAtlas';
import { AnalysedNetwork } from './AnalysedNetwork';
import { Gaps } from './Gaps';
import { NetworkSummary } from './NetworkSummary';
import { SectorMixing } from './mixing/SectorMixing';
import { Periods } from './periods/Periods';
import { Suggestions } from './Suggestions';
import { RankingsTable } from './RankingsTable';
import { Report } from './report/Report';

/** What each section of the area shows. */
const SECTION_VIEWS: Record<AnalyseSection, ComponentType> = {
  summary: NetworkSummary,
  mixing: SectorMixing,
  periods: Periods,
  gaps: Gaps,
  suggestions: Suggestions,
  rankings: RankingsTable,
  report: Report,
};

/**
 * The Analyse area, beside the network (which stays on screen, so that what is chosen here shows
 * itself there): its sections as tabs, one shown at a time; ←/→ move between the tabs.
 */
export function AnalyseArea() {
  const { t } = useTranslation();
  const section = useAtlas((s) => s.analyseSection);
  const View = SECTION_VIEWS[section];

  function step(delta: number) {
    const at = ANALYSE_SECTIONS.indexOf(section);
    const next = ANALYSE_SECTIONS[(at + delta + ANALYSE_SECTIONS.length) % ANALYSE_SECTIONS.length];
    if (next) {
      atlasState().setAnalyseSection(next);
      document.getElementById(`analyse-tab-${next}`)?.focus();
    }
  }

  return (
    <section className="analyse-area" data-testid="analyse-area" aria-label={t('area.analyse')}>
      <div
        className="analyse-tabs"
        role="tablist"
        aria-label={t('analyse.sections')}
        onKeyDown={(event) => {
          if (event.key === 'ArrowRight') step(1);
          else if (event.key === 'ArrowLeft') step(-1);
        }}
      >
        {ANALYSE_SECTIONS.map((each) => (
          <button
            key={each}
            id={`analyse-tab-${each}`}
            type="button"
            role="tab"
            aria-selected={each === section}
            aria-controls="analyse-panel"
            tabIndex={each === section ? 0 : -1}
            data-testid={`analyse-tab-${each}`}
            onClick={() => atlasState().setAnalyseSection(each)}
          >
            {t(`analyse.section.${each}`)}
          </button>
        ))}
      </div>
      <div
        id="analyse-panel"
        className="analyse-panel"
        role="tabpanel"
        aria-labelledby={`analyse-tab-${section}`}
      >
        <AnalysedNetwork />
        <View />
      </div>
    </section>
  );
}
