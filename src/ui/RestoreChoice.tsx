import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { nextName } from '../core/workspace/workspace';
import { useLanguage } from '../i18n';
import { atlasState, useAtlas } from '../state/useAtlas';
import { NAMED_DATASETS } from './datasetName';
import { isolate } from './UserText';

/** When a workspace was saved, in the reader's language. */
export function savedWhen(saved: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    saved,
  );
}

/**
 * On opening the app with last visit's work kept: continue where one left off, or start fresh
 * (a new workspace; the other stays in the workspace menu). Above the network, as the import's
 * questions are, covering nothing: the illustrative network is on screen meanwhile, and nothing
 * is saved until the reader chooses.
 */
export function RestoreChoice() {
  const { t } = useTranslation();
  const language = useLanguage();
  const offer = useAtlas((s) => s.restoreOffer);
  const workspaces = useAtlas((s) => s.workspaces);
  const first = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (offer) first.current?.focus();
  }, [offer]);

  if (!offer) return null;
  const dataset =
    offer.datasetName === null
      ? ''
      : NAMED_DATASETS.has(offer.datasetName)
        ? t(offer.datasetName)
        : offer.datasetName;
  return (
    <section className="column-mapping restore-choice" aria-labelledby="restore-title">
      <h2 id="restore-title">{t('workspace.restoreTitle')}</h2>
      <p>
        {t('workspace.restoreText', {
          name: isolate(offer.name),
          dataset: isolate(dataset),
          organizations: offer.organizations,
          links: offer.links,
          when: savedWhen(offer.saved, language),
        })}
      </p>
      <div className="actions">
        <button
          ref={first}
          type="button"
          className="primary"
          data-testid="restore-continue"
          onClick={() => void atlasState().continueWorkspace()}
        >
          {t('workspace.continue')}
        </button>
        <button
          type="button"
          data-testid="restore-fresh"
          onClick={() =>
            void atlasState().startFresh(
              nextName(
                t('workspace.base'),
                workspaces.map((w) => w.name),
              ),
            )
          }
        >
          {t('workspace.fresh')}
        </button>
      </div>
      <p className="note">{t('workspace.freshNote')}</p>
    </section>
  );
}
