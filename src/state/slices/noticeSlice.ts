import type { StateCreator } from 'zustand';
import type { AtlasState } from '../store';

/**
 * What the page could not load when it was needed (a chunk or a worker, e.g. offline after the
 * first visit), where it could not keep the work (storage full, not available, blocked), or a
 * view naming organisations the network lacks. The view goes on without it; the notice says
 * what is missing. Each is a message key under `notice.` in the catalogues.
 */
export const NOTICES = [
  'geographic',
  'worldOutline',
  'forceLayout',
  'viewOrganizations',
  'storageFull',
  'storageUnavailable',
  'storageBlocked',
  'storageFailed',
] as const;
export type Notice = (typeof NOTICES)[number];

export interface NoticeSlice {
  /** In the order they came, each once. */
  notices: Notice[];
  notify(notice: Notice): void;
  dismissNotice(notice: Notice): void;
  /** Every file of the app is cached (state/clients/appUpdates): it works offline. */
  offlineReady: boolean;
  /** A new version of the app waits for the reader to apply it; never applied on its own. */
  updateReady: boolean;
  announceOfflineReady(): void;
  announceUpdate(): void;
  /** "Later": the new version waits, and takes over once every tab of the app is closed. */
  dismissUpdate(): void;
}

export const createNoticeSlice: StateCreator<AtlasState, [], [], NoticeSlice> = (set) => ({
  notices: [],
  notify: (notice) =>
    set(({ notices }) => (notices.includes(notice) ? {} : { notices: [...notices, notice] })),
  dismissNotice: (notice) =>
    set(({ notices }) => ({ notices: notices.filter((other) => other !== notice) })),
  offlineReady: false,
  updateReady: false,
  announceOfflineReady: () => set({ offlineReady: true }),
  // A version waiting was cached too: the app works offline whichever one runs.
  announceUpdate: () => set({ updateReady: true, offlineReady: true }),
  dismissUpdate: () => set({ updateReady: false }),
});
