/**
 * The edits' controls beside the view's: undo and redo (also Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y),
 * a new organisation, and the review of what the edits changed, each item a way to it.
 */
import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { editReview } from '../../state/selectors/edits';
import { atlasState, useAtlas } from '../../state/useAtlas';
import { isTyping } from '../keys';
import { useMenu } from '../useMenu';
import { UserText } from '../UserText';

/**
 * Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (⌘ on a Mac), anywhere but in a field (where the
 * browser's own undo is the one meant) or while the edit form is open.
 */
export function useUndoKeys(): void {
  useEffect(() => {
    const press = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTyping(event.target)) return;
      const state = atlasState();
      if (state.editing !== null) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) state.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') state.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', press);
    return () => window.removeEventListener('keydown', press);
  }, []);
}

export function EditBar() {
  const { t } = useTranslation();
  const history = useAtlas((s) => s.history);
  const dataset = useAtlas((s) => s.dataset);
  const canUndo = history.done > 0;
  const canRedo = history.done < history.entries.length;
  // The review reads the history and the dataset from the store: both are its inputs here.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const review = useMemo(() => (dataset ? editReview(atlasState()) : []), [history, dataset]);
  const { open, setOpen, panel, button, close, onKeyDown } = useMenu();
  const panelId = useId();

  return (
    <div className="edit-bar" role="group" aria-label={t('edit.group')}>
      <button
        type="button"
        data-testid="undo"
        disabled={!canUndo}
        title={t('edit.undoKeys')}
        onClick={() => atlasState().undo()}
      >
        {t('edit.undo')}
      </button>
      <button
        type="button"
        data-testid="redo"
        disabled={!canRedo}
        title={t('edit.redoKeys')}
        onClick={() => atlasState().redo()}
      >
        {t('edit.redo')}
      </button>
      <button
        type="button"
        data-testid="add-organization"
        onClick={() => atlasState().openEditor({ kind: 'organization', id: null })}
      >
        {t('edit.addOrganization')}
      </button>
      <div className="menu edit-review">
        <button
          ref={button}
          type="button"
          data-testid="edits-review"
          aria-expanded={open}
          aria-controls={panelId}
          disabled={review.length === 0}
          onClick={() => setOpen(!open)}
        >
          {t('edit.review', { count: review.length })}
        </button>
        {open && (
          <div
            ref={panel}
            id={panelId}
            className="menu-panel"
            data-testid="edits-list"
            onKeyDown={onKeyDown}
          >
            <ul>
              {review.map((item) => (
                <li key={`${item.kind}:${item.id}`} data-mark={item.mark} data-kind={item.kind}>
                  <span className={`edit-mark ${item.mark}`}>{t(`edit.mark.${item.mark}`)}</span>{' '}
                  {item.present ? (
                    <button
                      type="button"
                      className="link"
                      onClick={() => {
                        close();
                        const state = atlasState();
                        if (item.kind === 'organization') state.selectOrganization(item.id);
                        else state.openEditor({ kind: 'link', key: item.id });
                      }}
                    >
                      <ItemNames names={item.names} />
                    </button>
                  ) : (
                    <ItemNames names={item.names} />
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}

function ItemNames({ names }: { names: string[] }) {
  return (
    <>
      {names.map((name, i) => (
        <span key={i}>
          {i > 0 && ' — '}
          <UserText text={name} short />
        </span>
      ))}
    </>
  );
}
