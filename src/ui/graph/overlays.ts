/**
 * Panels floating over the network (`data-graph-overlay`) say when they come, go or change size,
 * so that the names are placed again clear of them (LabelController listens).
 */
import { useEffect, type RefObject } from 'react';

export const OVERLAYS_CHANGED = 'atlas:overlays-changed';

export function useOverlay(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const tell = () => window.dispatchEvent(new Event(OVERLAYS_CHANGED));
    // Observing starts with a first report: the panel's coming is told too.
    const observer = new ResizeObserver(tell);
    observer.observe(element);
    return () => {
      observer.disconnect();
      tell();
    };
  }, [ref]);
}
