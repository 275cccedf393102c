import { useId, useMemo, useState } from 'react';
import { searchOrganizations, type SearchHit } from '../state/selectors/search';
import { useAtlas } from '../state/useAtlas';
import { sectorColor } from '../core/looks/palette';
import { UserText } from './UserText';

export interface OrganizationPickerProps {
  testId: string;
  label: string;
  placeholder: string;
  onChoose(hit: SearchHit): void;
  /** Organisations that may not be chosen (e.g. the one an introduction starts from). */
  exclude?: string;
  /**
   * The organisation chosen now, wherever it was chosen (null: none). The box shows its name, and
   * empties when the choice is undone elsewhere (the details panel closed, the path cleared).
   */
  chosen: string | null;
  /**
   * Told the text as typed: a form that takes a new organisation's name as well as a choice. No
   * suggestion is then active until an arrow key picks one, so Enter keeps the text as typed.
   */
  onType?(text: string): void;
}

/**
 * A combobox over the organisations: suggestions as you type (case and accents ignored), chosen
 * with the arrow keys and Enter or with the mouse.
 */
export function OrganizationPicker({
  testId,
  label,
  placeholder,
  onChoose,
  exclude,
  chosen,
  onType,
}: OrganizationPickerProps) {
  const dataset = useAtlas((s) => s.dataset);
  const [query, setQuery] = useState('');
  // Follows the choice made elsewhere (React's "adjusting state when a prop changes").
  const [shown, setShown] = useState<string | null>(null);
  if (chosen !== shown) {
    setShown(chosen);
    setQuery(
      chosen === null ? '' : (dataset?.organizations.find((o) => o.id === chosen)?.name ?? ''),
    );
  }
  const first = onType ? -1 : 0;
  const [active, setActive] = useState(first);
  const [open, setOpen] = useState(false);
  const listId = useId();
  // Searched only while the suggestions can show: a box showing a choice made elsewhere (the
  // selected organisation's name) does not search the network again at each edit of it.
  const hits = useMemo(
    () =>
      dataset && open
        ? searchOrganizations(dataset, query, 9).filter((hit) => hit.id !== exclude)
        : [],
    [dataset, query, exclude, open],
  );

  function choose(index: number) {
    const hit = hits[index];
    if (!hit) return;
    onChoose(hit);
    setQuery(hit.name);
    setOpen(false);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      // Opened by the arrow, the first suggestion is the one picked (they are found on opening).
      setActive((i) => (open ? Math.min(i + 1, hits.length - 1) : 0));
      setOpen(true);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, first));
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  const expanded = open && hits.length > 0;
  return (
    <div className="search">
      <input
        type="search"
        data-testid={testId}
        role="combobox"
        aria-label={label}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          onType?.(event.target.value);
          setActive(first);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {expanded && (
        <ul
          id={listId}
          role="listbox"
          className="suggestions"
          data-testid={`${testId.replace(/-input$/, '')}-suggestions`}
        >
          {hits.map((hit, index) => (
            <li
              key={hit.id}
              id={`${listId}-${index}`}
              data-organization={hit.id}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(index);
              }}
            >
              <span
                className="swatch"
                style={{ background: sectorColor(hit.sector) }}
                aria-hidden
              />
              <UserText text={hit.name} short />
              {hit.alias !== null && (
                <span className="alias">
                  {' · '}
                  <UserText text={hit.alias} short />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
