import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { pickedFiles } from '../state/clients/files';
import { atlasState, useAtlas } from '../state/useAtlas';

/** Every format the import reads (the core tells them apart by their content). */
const ACCEPT =
  '.csv,.tsv,.txt,.xlsx,.gexf,.graphml,.xml,.json,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The files chosen, and what the header and the messages call them. */
function chosen(input: HTMLInputElement | null, list: FileList | null) {
  if (!list || list.length === 0) return null;
  const files = Array.from(list);
  if (input) input.value = '';
  return { files: pickedFiles(files), name: files.map((f) => f.name).join(' + ') };
}

/**
 * One file input for every format (two CSV files, a workbook, GEXF, GraphML, a project file: the
 * core tells them apart by their content, and which table is which by its header), behind a
 * real button so that it is reachable and usable with the keyboard; and Add files beside it.
 */
export function ImportControl() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const status = useAtlas((s) => s.importStatus);
  const progress = useAtlas((s) => s.importProgress);

  async function onFiles(list: FileList | null) {
    const picked = chosen(input.current, list);
    if (picked) await atlasState().importFiles(picked.files, picked.name);
  }

  return (
    <div className="import-control">
      {/* The native file input keeps the focus and opens the chooser on Enter or Space; it is
          hidden visually only, and its label is what sighted users see and click. */}
      <input
        ref={input}
        id="import-input"
        className="visually-hidden"
        data-testid="import-input"
        type="file"
        multiple
        accept={ACCEPT}
        title={t('import.hint')}
        onChange={(event) => void onFiles(event.target.files)}
      />
      <label htmlFor="import-input" className="button primary" data-testid="import-button">
        {t('import.button')}
      </label>
      <AppendFiles />
      {status === 'importing' && (
        <span className="import-progress" data-testid="import-progress">
          <progress
            max={1}
            value={progress}
            aria-label={t('import.progress', { percent: Math.round(progress * 100) })}
          />
          <button type="button" className="link" onClick={() => atlasState().cancelImport()}>
            {t('import.cancel')}
          </button>
        </span>
      )}
    </div>
  );
}

/**
 * Add files: the same formats, added to the network shown instead of replacing it. A button (it
 * can be disabled: there is nothing to add to before a network is shown) that opens its own
 * file input, which is kept out of the tab order.
 */
function AppendFiles() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const hasNetwork = useAtlas((s) => s.dataset !== null);

  async function onFiles(list: FileList | null) {
    const picked = chosen(input.current, list);
    if (picked) await atlasState().appendFiles(picked.files, picked.name);
  }

  return (
    <>
      <input
        ref={input}
        className="visually-hidden"
        data-testid="append-input"
        type="file"
        multiple
        accept={ACCEPT}
        tabIndex={-1}
        aria-hidden="true"
        disabled={!hasNetwork}
        onChange={(event) => void onFiles(event.target.files)}
      />
      <button
        type="button"
        className="append-files"
        data-testid="append-files"
        title={t('import.appendHint')}
        disabled={!hasNetwork}
        onClick={() => input.current?.click()}
      >
        {t('import.appendButton')}
      </button>
    </>
  );
}
