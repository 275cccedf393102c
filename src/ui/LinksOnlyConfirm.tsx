import { useTranslation } from 'react-i18next';
import { atlasState, useAtlas } from '../state/useAtlas';
import { isolate } from './UserText';

/**
 * A links file chosen alone would replace the network with nothing but the ends it names: the
 * reader is told so plainly and chooses to go on or keep the network shown.
 */
export function LinksOnlyConfirm() {
  const { t } = useTranslation();
  const pending = useAtlas((s) => s.pendingLinksOnly);
  if (!pending) return null;
  const file = isolate(pending.file);
  return (
    <section
      className="column-mapping"
      role="alertdialog"
      aria-labelledby="links-only-title"
      data-testid="links-only"
    >
      <h2 id="links-only-title">{t('linksOnly.title', { file })}</h2>
      <p>{t('linksOnly.explain', { file })}</p>
      <p>{t('linksOnly.hint')}</p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          autoFocus
          onClick={() => void atlasState().confirmLinksOnly()}
        >
          {t('linksOnly.confirm')}
        </button>
        <button type="button" onClick={() => atlasState().dismissLinksOnly()}>
          {t('linksOnly.cancel')}
        </button>
      </div>
    </section>
  );
}
