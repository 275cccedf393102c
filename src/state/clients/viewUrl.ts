/**
 * The view in the page's URL (README, links to a view): the fragment holds the view's form
 * (core/view/viewForm), so that a link opened elsewhere on the same dataset shows the same view,
 * and each view the reader makes is a step of the browser's history (a camera move replaces the
 * step it belongs to, so that panning does not fill the history). Back and Forward show the
 * step's view; a link's view is shown once the network is on screen. The query (`?lang=`) is
 * left as it is.
 */
import {
  DEFAULT_VIEW,
  decodeViewHash,
  encodeViewHash,
  sameViewButCamera,
  type ViewForm,
} from '../../core/view/viewForm';

/** What the URL needs of the app; handed over where the store is assembled. */
export interface ViewUrlHost {
  /** The view on screen. */
  current(): ViewForm;
  /** Shows a view; returns it as shown (what the network lacks left out). */
  apply(form: ViewForm): ViewForm;
  /** Calls back on every change of the app's state. */
  subscribe(listener: () => void): () => void;
  /** True once the network is on screen. */
  ready(): boolean;
}

/** The page's parts this uses (a test hands its own). */
export type ViewUrlPage = Pick<Window, 'addEventListener' | 'removeEventListener'> & {
  location: Pick<Location, 'hash'>;
  history: Pick<History, 'pushState' | 'replaceState'>;
};

/** How long a view must rest before it is written: ticking three boxes is one step. */
export const VIEW_URL_DELAY_MS = 300;

export function keepTheViewInTheUrl(host: ViewUrlHost, page: ViewUrlPage): () => void {
  const linked = decodeViewHash(page.location.hash);
  /** The view of the history's current step. */
  let step: ViewForm = linked ?? DEFAULT_VIEW;
  /** A view to show once the network is on screen (the link's at first). */
  let waiting: ViewForm | null = linked;
  let lastSeen = '';
  let timer: ReturnType<typeof setTimeout> | null = null;

  const show = (form: ViewForm) => {
    waiting = null;
    step = host.apply(form);
    lastSeen = encodeViewHash(host.current());
    // What the network lacked is left out of the URL too.
    const hash = encodeViewHash(step);
    if (decodeViewHash(page.location.hash) && page.location.hash !== hash) {
      page.history.replaceState(null, '', hash);
    }
  };

  const write = () => {
    timer = null;
    const form = host.current();
    const hash = encodeViewHash(form);
    if (hash === encodeViewHash(step)) return;
    if (sameViewButCamera(step, form)) page.history.replaceState(null, '', hash);
    else page.history.pushState(null, '', hash);
    step = form;
  };

  const changed = () => {
    if (!host.ready()) return;
    if (waiting) {
      show(waiting);
      return;
    }
    const hash = encodeViewHash(host.current());
    if (hash === lastSeen) return;
    lastSeen = hash;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(write, VIEW_URL_DELAY_MS);
  };

  const stepped = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    // A step without a view is the page as it opened.
    const form = decodeViewHash(page.location.hash) ?? DEFAULT_VIEW;
    if (host.ready()) show(form);
    else {
      waiting = form;
      step = form;
    }
  };

  const unsubscribe = host.subscribe(changed);
  page.addEventListener('popstate', stepped);
  changed();
  return () => {
    unsubscribe();
    page.removeEventListener('popstate', stepped);
    if (timer !== null) clearTimeout(timer);
  };
}
