/**
 * While presenting: the current view's title over the network, a visible way out, and the keys a
 * presentation clicker sends — → Page Down and space for the next view, ← and Page Up for the
 * previous one — Escape (or leaving full screen) ending it. The panels are hidden by the page's
 * `presenting` class.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { atlasState, useAtlas } from '../../state/useAtlas';
import { isTyping } from '../keys';
import { UserText } from '../UserText';

const NEXT = new Set(['ArrowRight', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp']);

function stop() {
  atlasState().stopPresenting();
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

export function PresentMode() {
  const { t } = useTranslation();
  const views = useAtlas((s) => s.savedViews);
  const step = useAtlas((s) => s.storyStep);
  const current = step === null ? null : views[step];

  useEffect(() => {
    const press = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      // Space on a button of the bar presses that button.
      if (event.key === ' ' && event.target instanceof HTMLButtonElement) return;
      if (NEXT.has(event.key)) atlasState().stepStory(1);
      else if (PREVIOUS.has(event.key)) atlasState().stepStory(-1);
      else if (event.key === 'Escape') stop();
      else return;
      event.preventDefault();
    };
    // Leaving full screen by the browser's own means (Escape there) ends the presentation too.
    let wasFull = document.fullscreenElement !== null;
    const changed = () => {
      const full = document.fullscreenElement !== null;
      if (wasFull && !full) atlasState().stopPresenting();
      wasFull = full;
    };
    window.addEventListener('keydown', press);
    document.addEventListener('fullscreenchange', changed);
    return () => {
      window.removeEventListener('keydown', press);
      document.removeEventListener('fullscreenchange', changed);
    };
  }, []);

  return (
    <div
      className="present-bar"
      role="region"
      aria-label={t('present.mode')}
      data-graph-overlay="top"
    >
      <h2 className="story-title" data-testid="story-title" aria-live="polite">
        {current ? <UserText text={current.title} /> : ''}
      </h2>
      {current && current.note !== '' && (
        <p className="story-note">
          <UserText text={current.note} />
        </p>
      )}
      <nav className="story-controls" aria-label={t('present.controls')}>
        <button
          type="button"
          data-testid="story-previous"
          disabled={step === null || step === 0}
          onClick={() => atlasState().stepStory(-1)}
        >
          ← {t('present.previous')}
        </button>
        <span className="story-position">
          {step === null ? '' : t('present.position', { at: step + 1, total: views.length })}
        </span>
        <button
          type="button"
          data-testid="story-next"
          disabled={step !== null && step >= views.length - 1}
          onClick={() => atlasState().stepStory(1)}
        >
          {t('present.next')} →
        </button>
        <button type="button" data-testid="present-exit" onClick={stop}>
          {t('present.exit')}
        </button>
      </nav>
    </div>
  );
}
