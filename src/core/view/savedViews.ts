/**
 * Saved views: a view's form (viewForm.ts) kept under a title, with an optional note, in the
 * order a story steps through them. Kept with the workspace; read back from storage here, where
 * anything that is not a saved view is left out rather than failing.
 */
import { nextName } from '../numberedName';
import { readViewForm, type ViewForm } from './viewForm';

export interface SavedView {
  id: string;
  title: string;
  note: string;
  view: ViewForm;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The saved views as read back; each view's form brought up to this version. */
export function readSavedViews(raw: unknown): SavedView[] {
  if (!Array.isArray(raw)) return [];
  const views: SavedView[] = [];
  const ids = new Set<string>();
  for (const item of raw) {
    if (!isRecord(item) || typeof item.id !== 'string' || ids.has(item.id)) continue;
    if (typeof item.title !== 'string') continue;
    ids.add(item.id);
    views.push({
      id: item.id,
      title: item.title,
      note: typeof item.note === 'string' ? item.note : '',
      view: readViewForm(item.view),
    });
  }
  return views;
}

/** The views with the one of `id` moved by `delta` places (kept within the list). */
export function movedView(views: readonly SavedView[], id: string, delta: number): SavedView[] {
  const from = views.findIndex((v) => v.id === id);
  if (from < 0) return [...views];
  const to = Math.min(Math.max(from + delta, 0), views.length - 1);
  const next = [...views];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

/** "View 3": the base name numbered after the views saved, with a number no title has. */
export function nextViewTitle(base: string, views: readonly SavedView[]): string {
  return nextName(
    base,
    views.map((v) => v.title),
    views.length + 1,
  );
}
