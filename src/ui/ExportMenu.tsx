import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { EXPORT_FORMATS, type ExportFormat } from '../core/export/formats';
import type { Positions } from '../core/export/xml';
import { PICTURE_SCALES, type PictureScale } from '../core/picture/renderPicture';
import type { PictureFormat } from '../core/protocol/picture';
import type { ExportLimit } from '../core/protocol/export';
import { startExport } from '../state/clients/exportClient';
import { startPicture } from '../state/clients/pictureClient';
import { isNarrowed, organizationIndex } from '../state/selectors/explore';
import { currentViewForm } from '../state/selectors/view';
import type { AtlasState } from '../state/store';
import { atlasState, useAtlas } from '../state/useAtlas';
import { fileStem, NAMED_DATASETS } from './datasetName';
import { download } from './download';
import { useMenu } from './useMenu';
import { hasPictureSource, pictureOfView } from './graph/viewPicture';
import { isolatedParams } from './UserText';

const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  gexf: 'application/xml',
  graphml: 'application/xml',
  json: 'application/json',
};

const PICTURE_MIME: Record<PictureFormat, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
};

/** The pictures of the view offered: SVG, and PNG at each scale. */
const PICTURES: readonly { format: PictureFormat; scale: PictureScale }[] = [
  { format: 'svg', scale: 1 },
  ...PICTURE_SCALES.map((scale) => ({ format: 'png' as const, scale })),
];

type Status =
  | { type: 'idle' }
  | { type: 'working'; format: ExportFormat | PictureFormat }
  | { type: 'done'; files: string[] }
  /** `message`: the English sentence of an unexpected error; null when the code did not load. */
  | { type: 'failed'; message: string | null; limit: ExportLimit | null };

/** Where each organisation of the network on screen is drawn, by id (GEXF and GraphML). */
function positionsOf(state: AtlasState): Positions | undefined {
  const { dataset, placement } = state;
  if (!dataset || !placement) return undefined;
  const index = organizationIndex(dataset);
  const positions = new Map<string, { x: number; y: number }>();
  for (const o of state.analysedDataset?.organizations ?? dataset.organizations) {
    const i = index.get(o.id);
    if (i === undefined) continue;
    const x = placement.positions[2 * i]!;
    const y = placement.positions[2 * i + 1]!;
    if (Number.isFinite(x) && Number.isFinite(y)) positions.set(o.id, { x, y });
  }
  return positions;
}

/** The files' name: the illustrative network's as shown; an imported one's by its file's. */
export function exportStem(state: AtlasState, shown: { name: string }, t: TFunction): string {
  return fileStem(
    state.datasetName !== null && NAMED_DATASETS.has(state.datasetName)
      ? state.datasetName
      : shown.name,
    t,
  );
}

/**
 * The header's Export menu: the network on screen, with its measures, as CSV, an Excel workbook
 * (Kumu's shape), GEXF or GraphML; the whole work as a project file. The files are written in a
 * worker and handed to the browser's downloads.
 */
export function ExportMenu() {
  const { t } = useTranslation();
  const { open, setOpen, panel: menu, button, close, onKeyDown } = useMenu();
  const [status, setStatus] = useState<Status>({ type: 'idle' });
  const dataset = useAtlas((s) => s.dataset);
  const analysed = useAtlas((s) => s.analysedDataset);
  const narrowed = useAtlas(isNarrowed);

  // What was saved is said for a while, then the header is quiet again.
  useEffect(() => {
    if (status.type !== 'done') return;
    const timer = setTimeout(() => setStatus({ type: 'idle' }), 8_000);
    return () => clearTimeout(timer);
  }, [status]);

  async function run(format: ExportFormat) {
    const state = atlasState();
    // A project keeps the whole work; the other formats the network on screen and its measures.
    const shown = format === 'json' ? state.dataset : (state.analysedDataset ?? state.dataset);
    if (!shown) return;
    close();
    setStatus({ type: 'working', format });
    const running = startExport(shown, format, {
      stem: exportStem(state, shown, t),
      metrics: format === 'json' ? null : state.metrics,
      positions: format === 'gexf' || format === 'graphml' ? positionsOf(state) : undefined,
      sizeBy: state.sizeBy,
      // How the network was looked at: the view's form, as the URL holds it.
      // The project file keeps the view and the views saved for a story beside it.
      settings: { ...currentViewForm(state), savedViews: state.savedViews },
    });
    const outcome = await running.result;
    if (outcome.type === 'done') {
      for (const file of outcome.files) {
        download(new Blob([file.bytes as BlobPart], { type: MIME[format] }), file.name);
      }
      setStatus({ type: 'done', files: outcome.files.map((f) => f.name) });
    } else if (outcome.type === 'failed') {
      setStatus({ type: 'failed', message: outcome.message, limit: outcome.limit });
    } else if (outcome.type === 'unavailable') {
      setStatus({ type: 'failed', message: null, limit: null });
    } else {
      setStatus({ type: 'idle' });
    }
  }

  async function picture(format: PictureFormat, scale: PictureScale) {
    const state = atlasState();
    close();
    setStatus({ type: 'working', format });
    const view = await pictureOfView();
    if (!view) {
      setStatus({ type: 'failed', message: t('export.noView'), limit: null });
      return;
    }
    const outcome = await startPicture(view, format, scale).result;
    if (outcome.type === 'done') {
      const stem = fileStem(state.datasetName ?? view.title, t);
      const name = `${stem}${format === 'png' && scale > 1 ? `@${scale}x` : ''}.${format}`;
      download(new Blob([outcome.bytes as BlobPart], { type: PICTURE_MIME[format] }), name);
      setStatus({ type: 'done', files: [name] });
    } else if (outcome.type === 'failed') {
      setStatus({
        type: 'failed',
        message: outcome.tooLarge ? t('export.pictureTooLarge') : outcome.message,
        limit: null,
      });
    } else if (outcome.type === 'unavailable') {
      setStatus({ type: 'failed', message: null, limit: null });
    } else {
      setStatus({ type: 'idle' });
    }
  }

  const shown = analysed ?? dataset;
  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        data-testid="export-menu"
        aria-expanded={open}
        aria-haspopup="true"
        disabled={!dataset || status.type === 'working'}
        onClick={() => setOpen(!open)}
      >
        {t('export.button')}
      </button>
      {open && shown && (
        <div
          ref={menu}
          className="export-choices"
          role="group"
          aria-label={t('export.button')}
          onKeyDown={onKeyDown}
        >
          <p className="note">
            {t(narrowed ? 'export.onScreen' : 'export.whole', {
              organizations: shown.organizations.length,
              links: shown.links.length,
            })}
          </p>
          {EXPORT_FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              data-testid={`export-${format}`}
              onClick={() => void run(format)}
            >
              {t(`export.format.${format}`)}
            </button>
          ))}
          {hasPictureSource() && (
            <>
              <p className="note">{t('export.pictures')}</p>
              {PICTURES.map(({ format, scale }) => (
                <button
                  key={`${format}-${scale}`}
                  type="button"
                  data-testid={format === 'svg' ? 'export-svg' : `export-png-${scale}`}
                  onClick={() => void picture(format, scale)}
                >
                  {format === 'svg' ? t('export.picture.svg') : t('export.picture.png', { scale })}
                </button>
              ))}
            </>
          )}
        </div>
      )}
      <span
        className="export-status"
        role="status"
        data-testid="export-status"
        data-status={status.type}
      >
        {status.type === 'working' &&
          t('export.working', { format: t(`export.short.${status.format}`) })}
        {status.type === 'done' && t('export.done', { files: status.files.join(', ') })}
        {status.type === 'failed' &&
          (status.message === null
            ? t('export.unavailable')
            : t('export.failed', {
                // What the format cannot hold in the reader's language; else the error as it is.
                message: status.limit
                  ? t(`exportError.${status.limit.code}`, isolatedParams(status.limit.params))
                  : status.message,
              }))}
      </span>
    </div>
  );
}
