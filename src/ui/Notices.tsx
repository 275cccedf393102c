import { useTranslation } from 'react-i18next';
import { atlasState, useAtlas } from '../state/useAtlas';
import { UpdateNotice } from './AppUpdate';

/**
 * What could not be loaded, one line each, until dismissed (state/slices/noticeSlice.ts), and a
 * new version of the app waiting.
 */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAtlas((s) => s.notices);
  const updateReady = useAtlas((s) => s.updateReady);
  // The world map is moot once the geographic layout itself could not be loaded.
  const shown = notices.includes('geographic')
    ? notices.filter((notice) => notice !== 'worldOutline')
    : notices;
  if (shown.length === 0 && !updateReady) return null;
  return (
    <div className="notices">
      <UpdateNotice />
      {shown.map((notice) => (
        <p key={notice} className="alert" role="alert" data-testid="notice" data-notice={notice}>
          {t(`notice.${notice}`)}
          <button type="button" className="link" onClick={() => atlasState().dismissNotice(notice)}>
            {t('notice.dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}
