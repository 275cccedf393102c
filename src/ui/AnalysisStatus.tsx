import { useTranslation } from 'react-i18next';
import { measureTitle as definition } from '../state/selectors/metricInfo';
import { atlasState, useAtlas } from '../state/useAtlas';
import { useLanguage } from '../i18n';

/** Progress of the analysis (with cancel) and, when done, the headline figures of the network. */
export function AnalysisStatus() {
  const { t } = useTranslation();
  const status = useAtlas((s) => s.analysisStatus);
  const progress = useAtlas((s) => s.analysisProgress);
  const summary = useAtlas((s) => s.metrics?.summary);
  const weighted = useAtlas((s) => s.weighted);
  const language = useLanguage();
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 3 });

  return (
    <div className="analysis-status" data-testid="analysis-status" data-status={status}>
      {status === 'running' && (
        <>
          <span>{t('analysis.running', { percent: Math.round(progress * 100) })}</span>
          <progress
            data-testid="analysis-progress"
            max={1}
            value={progress}
            aria-label={t('analysis.running', { percent: Math.round(progress * 100) })}
          />
          <button type="button" className="link" onClick={() => atlasState().cancelAnalysis()}>
            {t('analysis.cancel')}
          </button>
        </>
      )}
      {status === 'cancelled' && <span>{t('analysis.cancelled')}</span>}
      {status === 'failed' && <span role="alert">{t('analysis.failed')}</span>}
      {status === 'unavailable' && <span role="alert">{t('analysis.unavailable')}</span>}
      {status === 'done' && summary && (
        <span className="figures">
          <span title={definition('community', language)}>
            {t('analysis.communities', { count: summary.communities ?? 0 })}
          </span>
          {' · '}
          <span title={definition('modularity', language)}>
            {t('analysis.modularity', { value: number.format(summary.modularity ?? 0) })}
          </span>
          {' · '}
          <span title={definition('ei_index', language)}>
            {t('analysis.ei', {
              value: summary.ei_index === null ? '—' : number.format(summary.ei_index ?? 0),
            })}
          </span>
        </span>
      )}
      <label className="weighted" title={t('analysis.weightedHint')}>
        <input
          type="checkbox"
          checked={weighted}
          onChange={(event) => atlasState().setWeighted(event.target.checked)}
        />
        {t('analysis.weighted')}
      </label>
    </div>
  );
}
