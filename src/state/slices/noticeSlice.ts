import type { StateCreator } from 'zustand';
import type { AtlasState } from '../store';

/**
 * What the page could not load when it was needed (a chunk or a worker, e.g. offline after the
 * first visit), or a view naming organisations the network lacks. The view goes on without it;
 * the notice says what is missing. Each is a message key under `notice.` in the catalogues.
 */
export const NOTICES = ['geographic', 'worldOutline', 'forceLayout', 'viewOrganizations'] as const;
export type Notice = (typeof NOTICES)[number];

export interface NoticeSlice {
  /** In the order they came, each once. */
  notices: Notice[];
  notify(notice: Notice): void;
  dismissNotice(notice: Notice): void;
}

export const createNoticeSlice: StateCreator<AtlasState, [], [], NoticeSlice> = (set) => ({
  notices: [],
  notify: (notice) =>
    set(({ notices }) => (notices.includes(notice) ? {} : { notices: [...notices, notice] })),
  dismissNotice: (notice) =>
    set(({ notices }) => ({ notices: notices.filter((other) => other !== notice) })),
});
