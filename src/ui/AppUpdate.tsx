import { useTranslation } from 'react-i18next';
import { applyAppUpdate } from '../state/clients/appUpdates';
import { atlasState, useAtlas } from '../state/useAtlas';

/**
 * A new version of the app is installed and waits (state/clients/appUpdates): said until the
 * reader reloads into it or puts it off; never applied mid-session on its own.
 */
export function UpdateNotice() {
  const { t } = useTranslation();
  const updateReady = useAtlas((s) => s.updateReady);
  if (!updateReady) return null;
  return (
    <p className="note app-update" role="status" data-testid="app-update">
      {t('appUpdate.ready')}
      <button type="button" data-testid="app-update-apply" onClick={() => applyAppUpdate()}>
        {t('appUpdate.reload')}
      </button>
      <button type="button" className="link" onClick={() => atlasState().dismissUpdate()}>
        {t('appUpdate.later')}
      </button>
    </p>
  );
}

/** Quiet, in the footer: every file of the app is kept in the browser, so it works offline. */
export function OfflineReady() {
  const { t } = useTranslation();
  const offlineReady = useAtlas((s) => s.offlineReady);
  if (!offlineReady) return null;
  return (
    <span className="offline-ready" data-testid="offline-ready" title={t('appUpdate.offlineHint')}>
      {t('appUpdate.offlineReady')}
    </span>
  );
}
