import { useTranslation } from 'react-i18next';
import { atlasState, useAtlas } from '../state/useAtlas';

/** What could not be loaded, one line each, until dismissed (state/slices/noticeSlice.ts). */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAtlas((s) => s.notices);
  // The world map is moot once the geographic layout itself could not be loaded.
  const shown = notices.includes('geographic')
    ? notices.filter((notice) => notice !== 'worldOutline')
    : notices;
  if (shown.length === 0) return null;
  return (
    <div className="notices">
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
