import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { pickedFiles } from '../state/clients/files';
import { atlasState, useAtlas } from '../state/useAtlas';

/**
 * One file input for every format (two CSV files, a workbook, GEXF, GraphML, a project file: the
 * core tells them apart by their content, and which table is which by its header), behind a
 * real button so that it is reachable and usable with the keyboard.
 */
export function ImportControl() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const status = useAtlas((s) => s.importStatus);
  const progress = useAtlas((s) => s.importProgress);

  async function onFiles(list: FileList | null) {
    if (!list || list.length === 0) return;
    const files = Array.from(list);
    const name = files.map((f) => f.name).join(' + ');
    if (input.current) input.current.value = '';
    await atlasState().importFiles(pickedFiles(files), name);
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
        accept=".csv,.tsv,.txt,.xlsx,.gexf,.graphml,.xml,.json,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        title={t('import.hint')}
        onChange={(event) => void onFiles(event.target.files)}
      />
      <label htmlFor="import-input" className="button primary" data-testid="import-button">
        {t('import.button')}
      </label>
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
