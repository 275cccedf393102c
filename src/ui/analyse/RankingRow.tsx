import { flexRender, type Row } from '@tanstack/react-table';
import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditMark } from '../../core/edit/edits';
import { atlasState } from '../../state/useAtlas';

export interface RankingRowProps {
  /** The table's model of the row (a new object at each scroll: not compared). */
  core: Row<number>;
  /** The organisation's row in the rankings rows, and its id. */
  row: number;
  id: string;
  /** Its position among the rows shown. */
  at: number;
  selected: boolean;
  /** What the edits did to the organisation, if anything. */
  mark: EditMark | undefined;
  /** The one row that Tab reaches. */
  tabbable: boolean;
  /** The columns' definitions: a new one redraws every row (a new language, new metrics). */
  columns: unknown;
  onFocusAt(at: number): void;
  onMove(event: KeyboardEvent, at: number): void;
}

/**
 * One organisation's row of the rankings table. Drawn again only when what it shows changes, so
 * that a scroll draws the rows coming into view and leaves the others be.
 */
export const RankingRow = memo(
  function RankingRow({
    core,
    id,
    at,
    selected,
    mark,
    tabbable,
    onFocusAt,
    onMove,
  }: RankingRowProps) {
    const { t } = useTranslation();
    return (
      <tr
        data-testid="rankings-row"
        data-id={id}
        data-at={at}
        aria-rowindex={at + 2}
        aria-selected={selected}
        data-mark={mark}
        tabIndex={tabbable ? 0 : -1}
        onClick={() => atlasState().selectOrganization(id)}
        onFocus={() => onFocusAt(at)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            atlasState().selectOrganization(id);
          } else onMove(event, at);
        }}
      >
        {core.getVisibleCells().map((cell) => (
          <td key={cell.id} data-column={cell.column.id}>
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
          </td>
        ))}
        <td className="row-action">
          {mark && <span className={`edit-mark ${mark}`}>{t(`edit.mark.${mark}`)}</span>}
          <button
            type="button"
            className="link"
            data-testid="edit-organization"
            tabIndex={-1}
            onClick={(event) => {
              event.stopPropagation();
              atlasState().openEditor({ kind: 'organization', id });
            }}
            onKeyDown={(event) => event.stopPropagation()}
          >
            {t('edit.edit')}
          </button>
        </td>
      </tr>
    );
  },
  (a, b) =>
    a.row === b.row &&
    a.id === b.id &&
    a.at === b.at &&
    a.selected === b.selected &&
    a.mark === b.mark &&
    a.tabbable === b.tabbable &&
    a.columns === b.columns &&
    a.onFocusAt === b.onFocusAt &&
    a.onMove === b.onMove,
);
