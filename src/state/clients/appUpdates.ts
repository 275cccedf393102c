/**
 * The service worker that keeps the built app working offline (vite.config.ts precaches every
 * file of the build). Registered from here rather than by an inline script, which the page's
 * Content Security Policy forbids. A new version is never applied on its own: it is announced,
 * and waits until the reader applies it (a reload mid-session would drop the network on screen).
 * In the dev server the plugin's module registers nothing.
 */
import { registerSW } from 'virtual:pwa-register';

export interface AppUpdateEvents {
  /** Every file is cached: the app works offline from now on. */
  offlineReady(): void;
  /** A new version is installed and waits for the reader. */
  updateReady(): void;
}

let activate: (() => Promise<void>) | null = null;
/** Set once the reader asked for the new version: only then does its taking over reload. */
let applying = false;
/** The new version took over from another tab: only this page is left to reload. */
let alreadyActive = false;

export function registerAppUpdates(events: AppUpdateEvents): void {
  if (activate !== null) return;
  activate = registerSW({
    onOfflineReady: () => events.offlineReady(),
    onNeedRefresh: () => events.updateReady(),
    // The new version took control of this page: asked for here, reload into it; applied from
    // another tab, say so and let the reader choose when (this page's code is the old one).
    onNeedReload: () => {
      if (applying) {
        window.location.reload();
        return;
      }
      alreadyActive = true;
      events.updateReady();
    },
    onRegisterError: () => {
      // No service worker (a private window, a browser without them): the app works online.
    },
  });
}

/** Applies the waiting version: it takes over, then the page reloads into it. */
export function applyAppUpdate(): void {
  applying = true;
  if (alreadyActive || activate === null) {
    window.location.reload();
    return;
  }
  void activate();
}
