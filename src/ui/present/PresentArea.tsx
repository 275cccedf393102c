/**
 * The Present area beside the network: the views saved for a story, in its order — the view on
 * screen saved under a title, each one shown, renamed, given a note, moved or deleted — and the
 * button that starts presenting them.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nextViewTitle } from '../../core/view/savedViews';
import { guidingStory } from '../../core/view/guidingStory';
import { currentViewForm } from '../../state/selectors/view';
import { atlasState, useAtlas } from '../../state/useAtlas';
import { useLanguage } from '../../i18n';
import { useGroupName } from '../useGroupName';
import { guidingTexts } from './guidingTexts';

/** The Keyboard Lock API (Chromium): keys the browser would keep for itself go to the page. */
type LockingKeyboard = { keyboard?: { lock?(keys: string[]): Promise<void> } };

/**
 * Full screen where the browser allows it (it must follow a press); the mode works without. In
 * full screen a browser takes Escape to leave it; locked, a short press reaches the page (back
 * from the spotlight to the story's view, then the end) and holding it leaves full screen.
 */
function goFullScreen() {
  void document.documentElement
    .requestFullscreen?.()
    .then(() => (navigator as Navigator & LockingKeyboard).keyboard?.lock?.(['Escape']))
    .catch(() => undefined);
}

export function PresentArea() {
  const { t } = useTranslation();
  const views = useAtlas((s) => s.savedViews);
  const step = useAtlas((s) => s.storyStep);
  const [title, setTitle] = useState('');
  const [built, setBuilt] = useState<number | null>(null);
  const offered = nextViewTitle(t('present.viewBase'), views);
  const groupName = useGroupName();
  const language = useLanguage();
  const analysing = useAtlas((s) => s.analysisStatus === 'running');

  function buildGuidingStory() {
    const state = atlasState();
    if (!state.dataset) return;
    // The measures count only when they are of the whole network (not of a filtered one).
    const metrics = state.analysedDataset === state.dataset ? state.metrics : null;
    const steps = guidingStory(state.dataset, metrics, currentViewForm(state));
    state.addViews(
      steps.map((step) => ({ ...guidingTexts(step, t, groupName, language), view: step.view })),
    );
    setBuilt(steps.length);
  }

  return (
    <section className="present-area" aria-labelledby="present-title" data-testid="present-area">
      <h2 id="present-title">{t('present.title')}</h2>
      <p className="note">{t('present.intro')}</p>
      <form
        className="save-view"
        onSubmit={(event) => {
          event.preventDefault();
          atlasState().saveView(title.trim() === '' ? offered : title);
          setTitle('');
        }}
      >
        <label>
          <span>{t('present.viewTitle')}</span>
          <input
            data-testid="view-title"
            value={title}
            placeholder={offered}
            onChange={(event) => setTitle(event.target.value)}
          />
        </label>
        <button type="submit" data-testid="save-view">
          {t('present.save')}
        </button>
      </form>
      <div className="guiding-story">
        <button
          type="button"
          data-testid="guiding-story"
          disabled={analysing}
          onClick={buildGuidingStory}
        >
          {t('story.build')}
        </button>
        <p className="note" aria-live="polite">
          {built === null ? t('story.buildNote') : t('story.built', { views: built })}
        </p>
      </div>
      {views.length === 0 ? (
        <p className="note">{t('present.none')}</p>
      ) : (
        <ol className="saved-views" data-testid="saved-views">
          {views.map((view, index) => (
            <li
              key={view.id}
              data-view={view.id}
              aria-current={index === step ? 'step' : undefined}
            >
              <input
                className="view-name"
                aria-label={t('present.rename')}
                defaultValue={view.title}
                onBlur={(event) => atlasState().renameView(view.id, event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') event.currentTarget.blur();
                }}
              />
              <textarea
                aria-label={t('present.note')}
                placeholder={t('present.note')}
                defaultValue={view.note}
                rows={1}
                onBlur={(event) => atlasState().setViewNote(view.id, event.target.value)}
              />
              <span className="view-actions">
                <button
                  type="button"
                  data-testid="show-view"
                  onClick={() => atlasState().showStep(index)}
                >
                  {t('present.show')}
                </button>
                <button
                  type="button"
                  aria-label={t('present.up')}
                  disabled={index === 0}
                  onClick={() => atlasState().moveView(view.id, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={t('present.down')}
                  disabled={index === views.length - 1}
                  onClick={() => atlasState().moveView(view.id, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  data-testid="delete-view"
                  onClick={() => atlasState().deleteView(view.id)}
                >
                  {t('present.delete')}
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        className="primary"
        data-testid="present-start"
        disabled={views.length === 0}
        onClick={() => {
          atlasState().startPresenting();
          atlasState().showStep(0);
          goFullScreen();
        }}
      >
        {t('present.start')}
      </button>
    </section>
  );
}
