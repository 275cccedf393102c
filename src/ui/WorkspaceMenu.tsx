import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nextName, type WorkspaceSummary } from '../core/workspace/workspace';
import { useLanguage } from '../i18n';
import { atlasState, useAtlas } from '../state/useAtlas';
import { savedWhen } from './RestoreChoice';
import { useMenu } from './useMenu';
import { isolate, UserText } from './UserText';

type Editing =
  { type: 'none' } | { type: 'rename'; id: string; name: string } | { type: 'delete'; id: string };

/**
 * The header's workspace menu: the workspaces kept on this machine, each with its network's size
 * and when it was saved; switch to one, create, rename, duplicate or delete (asked first).
 */
export function WorkspaceMenu() {
  const { t } = useTranslation();
  const language = useLanguage();
  const workspaces = useAtlas((s) => s.workspaces);
  const currentId = useAtlas((s) => s.workspaceId);
  const menu = useMenu();
  const { open, setOpen, panel, button } = menu;
  const [editing, setEditing] = useState<Editing>({ type: 'none' });
  const current = workspaces.find((w) => w.id === currentId);
  const names = workspaces.map((w) => w.name);

  const close = () => {
    setEditing({ type: 'none' });
    menu.close();
  };
  const item = (workspace: WorkspaceSummary) => {
    const inUse = workspace.id === currentId;
    if (editing.type === 'rename' && editing.id === workspace.id) {
      return (
        <form
          className="rename"
          onSubmit={(event) => {
            event.preventDefault();
            void atlasState().renameWorkspace(workspace.id, editing.name);
            setEditing({ type: 'none' });
          }}
        >
          <label>
            <span className="visually-hidden">{t('workspace.renameLabel')}</span>
            <input
              autoFocus
              data-testid="workspace-name"
              value={editing.name}
              maxLength={200}
              onChange={(event) => setEditing({ ...editing, name: event.target.value })}
            />
          </label>
          <button type="submit">{t('workspace.save')}</button>
          <button type="button" onClick={() => setEditing({ type: 'none' })}>
            {t('workspace.cancel')}
          </button>
        </form>
      );
    }
    if (editing.type === 'delete' && editing.id === workspace.id) {
      return (
        <div className="confirm" role="alert">
          <p>{t('workspace.confirmDelete', { name: isolate(workspace.name) })}</p>
          <button
            type="button"
            data-testid="workspace-confirm-delete"
            onClick={() => {
              setEditing({ type: 'none' });
              void atlasState().deleteWorkspace(
                workspace.id,
                nextName(
                  t('workspace.base'),
                  names.filter((n) => n !== workspace.name),
                ),
              );
            }}
          >
            {t('workspace.confirm')}
          </button>
          <button type="button" onClick={() => setEditing({ type: 'none' })}>
            {t('workspace.cancel')}
          </button>
        </div>
      );
    }
    return (
      <>
        <button
          type="button"
          className="switch"
          aria-current={inUse ? 'true' : undefined}
          data-testid="workspace-switch"
          data-workspace={workspace.name}
          onClick={() => {
            close();
            void atlasState().switchWorkspace(workspace.id);
          }}
        >
          <span className="name">
            <UserText text={workspace.name} short />
            {inUse && <span className="in-use"> · {t('workspace.inUse')}</span>}
          </span>
          <span className="note">
            {t('workspace.summary', {
              organizations: workspace.organizations,
              links: workspace.links,
              when: savedWhen(workspace.saved, language),
            })}
          </span>
        </button>
        <span className="actions">
          <button
            type="button"
            data-testid="workspace-rename"
            onClick={() => setEditing({ type: 'rename', id: workspace.id, name: workspace.name })}
          >
            {t('workspace.rename')}
          </button>
          <button
            type="button"
            data-testid="workspace-duplicate"
            onClick={() =>
              void atlasState().duplicateWorkspace(
                workspace.id,
                t('workspace.copy', { name: workspace.name }),
              )
            }
          >
            {t('workspace.duplicate')}
          </button>
          <button
            type="button"
            data-testid="workspace-delete"
            onClick={() => setEditing({ type: 'delete', id: workspace.id })}
          >
            {t('workspace.delete')}
          </button>
        </span>
      </>
    );
  };

  return (
    <div className="workspace-menu">
      <button
        ref={button}
        type="button"
        data-testid="workspace-menu"
        aria-expanded={open}
        aria-haspopup="true"
        onClick={() => (open ? close() : setOpen(true))}
      >
        {current ? <UserText text={current.name} short /> : t('workspace.base')}
      </button>
      {open && (
        <div
          ref={panel}
          className="workspace-choices"
          role="group"
          aria-label={t('workspace.label')}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <p className="note">{t('workspace.label')}</p>
          <ul>
            {workspaces.map((workspace) => (
              <li key={workspace.id}>{item(workspace)}</li>
            ))}
          </ul>
          <button
            type="button"
            data-testid="workspace-create"
            onClick={() => {
              close();
              void atlasState().createWorkspace(nextName(t('workspace.base'), names));
            }}
          >
            {t('workspace.create')}
          </button>
        </div>
      )}
    </div>
  );
}
