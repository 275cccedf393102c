/**
 * While presenting: the current view's title over the network, a visible way out, and the keys a
 * presentation clicker sends — → Page Down and space for the next view, ← and Page Up for the
 * previous one — Escape (or leaving full screen) ending it. `/` searches; the organisation found
 * stands out with its partners, ↓ and ↑ step through them, Enter puts the one stepped to in the
 * spotlight, and Escape goes back to the story's view. The panels are hidden by the page's
 * `presenting` class.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { atlasState, useAtlas } from '../../state/useAtlas';
import { isTyping } from '../keys';
import { UserText } from '../UserText';
import { PresentSearch } from './PresentSearch';
import { CaptureForm } from './CaptureForm';
import { useOverlay } from '../graph/overlays';
import { spotlightPartners } from '../../state/selectors/spotlight';
import { organizationIndex } from '../../state/selectors/explore';

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
  const [searching, setSearching] = useState(false);
  const [capturing, setCapturing] = useState(false);
  const bar = useRef<HTMLDivElement>(null);
  useOverlay(bar);
  // The panels below the bar (the legend, the capture form) start where it ends, however tall.
  useEffect(() => {
    const element = bar.current;
    const area = element?.parentElement;
    if (!element || !area) return;
    const observer = new ResizeObserver(() =>
      area.style.setProperty('--present-bar-height', `${element.offsetHeight}px`),
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      area.style.removeProperty('--present-bar-height');
    };
  }, []);

  useEffect(() => {
    const press = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      // Space or Enter on a button of the bar presses that button.
      const onButton = event.target instanceof HTMLButtonElement;
      if ((event.key === ' ' || event.key === 'Enter') && onButton) return;
      const state = atlasState();
      if (event.key === '/') setSearching(true);
      else if (event.key === '+') setCapturing(true);
      else if (NEXT.has(event.key)) state.stepStory(1);
      else if (PREVIOUS.has(event.key)) state.stepStory(-1);
      else if (event.key === 'ArrowDown' && state.spotlight !== null) state.stepPartner(1);
      else if (event.key === 'ArrowUp' && state.spotlight !== null) state.stepPartner(-1);
      else if (event.key === 'Enter' && state.spotlight !== null && state.selectedOrganization)
        state.spotlightOrganization(state.selectedOrganization);
      else if (event.key === 'Escape' && state.spotlight !== null) state.endSpotlight();
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
    <>
      <div
        ref={bar}
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
        {searching ? (
          <PresentSearch onClose={() => setSearching(false)} />
        ) : (
          <button
            type="button"
            data-testid="present-search-open"
            onClick={() => setSearching(true)}
          >
            {t('present.searchOpen')}
          </button>
        )}
        <button
          type="button"
          data-testid="capture-open"
          aria-expanded={capturing}
          onClick={() => setCapturing((open) => !open)}
        >
          {t('capture.open')}
        </button>
        <Spotlight />
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
      {capturing && <CaptureForm onClose={() => setCapturing(false)} />}
    </>
  );
}

/** Who is in the spotlight, and which of its partners the arrow keys stepped to. */
function Spotlight() {
  const { t } = useTranslation();
  const dataset = useAtlas((s) => s.dataset);
  const spotlight = useAtlas((s) => s.spotlight);
  const selected = useAtlas((s) => s.selectedOrganization);
  const partners = useAtlas(spotlightPartners);
  if (!dataset || spotlight === null) return null;
  const index = organizationIndex(dataset);
  const name = (id: string) => dataset.organizations[index.get(id) ?? -1]?.name ?? id;
  const at = selected === null ? -1 : partners.indexOf(selected);
  return (
    <p className="spotlight" data-testid="spotlight" aria-live="polite">
      <strong>
        <UserText text={name(spotlight)} />
      </strong>{' '}
      {t('present.partners', { count: partners.length })}
      {at >= 0 && selected !== null && (
        <>
          {' → '}
          <strong data-testid="spotlight-partner">
            <UserText text={name(selected)} />
          </strong>{' '}
          {t('present.position', { at: at + 1, total: partners.length })}
        </>
      )}
      <span className="spotlight-keys"> {t('present.spotlightKeys')}</span>
    </p>
  );
}
