/**
 * The reading of an edit form as the import reads a row (core/edit/readForms), loaded on the
 * first save: the import pipeline is not part of the page's first load (it runs in the import
 * worker). A failed load is tried again at the next save (offline without a cached copy, say).
 */
type FormReaders = typeof import('../../core/edit/readForms');

let loading: Promise<FormReaders> | null = null;

export function formReaders(): Promise<FormReaders> {
  loading ??= import('../../core/edit/readForms').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
