/**
 * What was added in this session (organisations and alliances the edits added, not in the files):
 * each listed by name, the last one undone in one press, and the whole network written back to
 * the two CSV files it can be imported from again.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { startExport } from '../../state/clients/exportClient';
import { editReview } from '../../state/selectors/edits';
import { atlasState, useAtlas } from '../../state/useAtlas';
import { download } from '../download';
import { exportStem } from '../ExportMenu';
import { UserText } from '../UserText';

export function CaptureList() {
  const { t } = useTranslation();
  const history = useAtlas((s) => s.history);
  const dataset = useAtlas((s) => s.dataset);
  const [exported, setExported] = useState<string | null>(null);
  // The review reads the history and the dataset from the store: both are its inputs here.
  const added = useMemo(
    () => (dataset ? editReview(atlasState()).filter((item) => item.mark === 'added') : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [history, dataset],
  );

  async function exportCsv() {
    const state = atlasState();
    if (!state.dataset) return;
    const outcome = await startExport(state.dataset, 'csv', {
      stem: exportStem(state, state.dataset, t),
      metrics: state.analysedDataset === state.dataset ? state.metrics : null,
    }).result;
    if (outcome.type !== 'done') {
      setExported(t('capture.exportFailed'));
      return;
    }
    for (const file of outcome.files) {
      download(new Blob([file.bytes as BlobPart], { type: 'text/csv;charset=utf-8' }), file.name);
    }
    setExported(t('export.done', { files: outcome.files.map((f) => f.name).join(', ') }));
  }

  return (
    <div className="capture-session">
      <h3>{t('capture.session')}</h3>
      {added.length === 0 ? (
        <p className="note">{t('capture.nothing')}</p>
      ) : (
        <ul data-testid="capture-list">
          {added.map((item) => (
            <li key={`${item.kind}:${item.id}`} data-kind={item.kind}>
              <span className="badge added">{t(`capture.kind.${item.kind}`)}</span>{' '}
              {item.names.map((name, i) => (
                <span key={i}>
                  {i > 0 && ' — '}
                  <UserText text={name} />
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
      <div className="capture-actions">
        <button
          type="button"
          data-testid="capture-undo"
          disabled={history.done === 0}
          onClick={() => atlasState().undo()}
        >
          {t('capture.undo')}
        </button>
        <button type="button" data-testid="capture-export" onClick={() => void exportCsv()}>
          {t('capture.export')}
        </button>
      </div>
      {exported !== null && (
        <p className="note" aria-live="polite">
          {exported}
        </p>
      )}
    </div>
  );
}
