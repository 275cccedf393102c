import {
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { csvText, type CsvValue } from '../../core/report/csvCells';
import { useLanguage } from '../../i18n';
import { measureName, measureTitle } from '../../state/selectors/metricInfo';
import {
  largestCommunities,
  orderByCommunity,
  orderByLabel,
  orderByText,
  rankingRowSteps,
  shownRows,
  type Ordering,
  type RankingRows,
} from '../../state/selectors/rankings';
import { useAtlas } from '../../state/useAtlas';
import { currentEditMarks } from '../../state/selectors/edits';
import { useGroupName } from '../useGroupName';
import { RankingRow } from './RankingRow';
import { download } from '../download';
import { UserText } from '../UserText';
import { formatCount, formatMeasure, NO_VALUE } from './format';

/** Every row has this height (px), so the virtualiser knows where each one is without drawing it. */
const ROW_HEIGHT = 30;
/** At most this long (ms) on the page's thread at a time while the rows are being built. */
const SLICE_MS = 25;
const ALL = '';

type LabelColumn = 'sector' | 'country';
type FilterColumn = LabelColumn | 'community';
const LABEL_COLUMNS: readonly LabelColumn[] = ['sector', 'country'];
const FILTER_COLUMNS: readonly FilterColumn[] = ['sector', 'country', 'community'];
/** The community filter lists the largest ones only (each organisation alone is one). */
const COMMUNITY_CHOICES = 100;

/**
 * The value of a generator of steps (rankingRows, orderByText) once it ends, run a slice at a
 * time between the page's other work; null until then, and again when the steps change.
 */
function useSliced<T>(steps: Generator<void, T, void> | null): T | null {
  const [done, setDone] = useState<{ steps: Generator<void, T, void>; value: T } | null>(null);
  useEffect(() => {
    if (steps === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
      const until = performance.now() + SLICE_MS;
      for (;;) {
        const step = steps.next();
        if (step.done) {
          setDone({ steps, value: step.value });
          return;
        }
        if (performance.now() > until) break;
      }
      timer = setTimeout(run, 0);
    };
    run();
    return () => clearTimeout(timer);
  }, [steps]);
  return done !== null && done.steps === steps ? done.value : null;
}

/**
 * Names of the rows' sectors and countries, each distinct value named once (communities are
 * named as they are drawn: there may be as many as rows).
 */
function rowLabels(
  rows: RankingRows,
  name: (column: LabelColumn, value: string) => string,
): Record<LabelColumn, (string | null)[]> {
  const named = (column: LabelColumn, values: readonly (string | null)[]) => {
    const cache = new Map<string, string>();
    return values.map((value) => {
      if (value === null) return null;
      let label = cache.get(value);
      if (label === undefined) {
        label = name(column, value);
        cache.set(value, label);
      }
      return label;
    });
  };
  return {
    sector: named('sector', rows.sectors),
    country: named('country', rows.countries),
  };
}

/** The distinct values of a column, by their names, for its filter. */
function choices(values: readonly (string | null)[], labels: readonly (string | null)[]) {
  const seen = new Map<string, string>();
  values.forEach((value, row) => {
    if (value !== null && !seen.has(value)) seen.set(value, labels[row] ?? value);
  });
  return [...seen].sort((a, b) => a[1].localeCompare(b[1]));
}

/**
 * Every organisation with its measures and its rank in each: sortable by any column, filtered
 * by name or id, sector, country and community; only the rows in view are drawn. A row chosen
 * here is selected in the network; a selection there is shown here.
 */
export function RankingsTable() {
  const { t } = useTranslation();
  const language = useLanguage();
  const dataset = useAtlas((s) => s.analysedDataset);
  const metrics = useAtlas((s) => s.metrics);
  const selected = useAtlas((s) => s.selectedOrganization);
  const marks = useAtlas(currentEditMarks);
  const groupName = useGroupName();

  const rowSteps = useMemo(
    () => (dataset ? rankingRowSteps(dataset, metrics) : null),
    [dataset, metrics],
  );
  const rows = useSliced(rowSteps);
  const count = rows?.ids.length ?? 0;
  const collator = useMemo(() => new Intl.Collator(language, { numeric: true }), [language]);
  const nameSteps = useMemo(
    () => (rows ? orderByText(rows.names, collator.compare) : null),
    [rows, collator],
  );
  const nameOrdering = useSliced(nameSteps);
  // groupName changes with the language only.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const labels = useMemo(() => (rows ? rowLabels(rows, groupName) : null), [rows, language]);
  const labelOrderings = useMemo(() => {
    if (!labels) return null;
    const out = {} as Record<LabelColumn, Ordering>;
    for (const column of LABEL_COLUMNS)
      out[column] = orderByLabel(labels[column], collator.compare);
    return out;
  }, [labels, collator]);

  // Each filter's choices, by their names.
  const options = useMemo(() => {
    const out: Record<FilterColumn, [string, string][]> = {
      sector: [],
      country: [],
      community: [],
    };
    if (!rows || !labels) return out;
    out.sector = choices(rows.sectors, labels.sector);
    out.country = choices(rows.countries, labels.country);
    out.community = largestCommunities(rows.communities, COMMUNITY_CHOICES).map(
      ({ community, members }) => [
        String(community),
        t('rankings.communityChoice', {
          community: groupName('community', String(community)),
          members: formatCount(members, language),
        }),
      ],
    );
    return out;
    // groupName changes with the language only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, labels, language, t]);

  const [sorting, setSorting] = useState<SortingState>([]);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Record<FilterColumn, string>>({
    sector: ALL,
    country: ALL,
    community: ALL,
  });

  const communityOrdering = useMemo(
    () => (rows ? orderByCommunity(rows.communities) : null),
    [rows],
  );
  const sort = sorting[0];
  const ordering: Ordering | null = useMemo(() => {
    if (!rows || !sort) return null;
    if (sort.id === 'name') return nameOrdering;
    if (sort.id === 'sector' || sort.id === 'country') return labelOrderings?.[sort.id] ?? null;
    if (sort.id === 'community') return communityOrdering;
    return rows.measures.find((m) => m.metric === sort.id)?.ordering ?? null;
  }, [rows, sort, nameOrdering, labelOrderings, communityOrdering]);

  const visible = useMemo(() => {
    if (!rows) return new Uint32Array(0);
    const text = query.trim().toLowerCase();
    const { sector, country, community } = filters;
    const keep =
      text === '' && sector === ALL && country === ALL && community === ALL
        ? null
        : (row: number) =>
            (text === '' || rows.search[row]!.includes(text)) &&
            (sector === ALL || rows.sectors[row] === sector) &&
            (country === ALL || rows.countries[row] === country) &&
            (community === ALL || String(rows.communities[row]) === community);
    return shownRows(ordering, rows.ids.length, sort?.desc ?? false, keep);
  }, [rows, ordering, sort, query, filters]);

  const columns = useMemo<ColumnDef<number>[]>(() => {
    if (!rows || !labels) return [];
    const communityOf = (row: number) => {
      const c = rows.communities[row]!;
      return c < 0 ? null : groupName('community', String(c));
    };
    const textOf = (id: 'name' | FilterColumn, row: number) =>
      id === 'name' ? rows.names[row] : id === 'community' ? communityOf(row) : labels[id][row];
    const text = (id: 'name' | FilterColumn, header: string): ColumnDef<number> => ({
      id,
      header,
      sortDescFirst: false,
      accessorFn: (row) => textOf(id, row),
      cell: ({ row }) => {
        const value = textOf(id, row.original);
        return value === null || value === undefined ? NO_VALUE : <UserText text={value} short />;
      },
    });
    return [
      text('name', t('rankings.name')),
      text('sector', t('rankings.sector')),
      text('country', t('rankings.country')),
      text('community', t('rankings.community')),
      ...rows.measures.map((measure): ColumnDef<number> => ({
        id: measure.metric,
        header: measureName(measure.metric, language),
        sortDescFirst: true,
        meta: { definition: measureTitle(measure.metric, language) },
        accessorFn: (row) => measure.values[row],
        cell: ({ row }) => {
          const value = measure.values[row.original]!;
          if (Number.isNaN(value)) return NO_VALUE;
          const shown = measure.integer
            ? formatCount(value, language)
            : formatMeasure(value, language);
          return `${shown} · #${formatCount(measure.ranks[row.original], language)}`;
        },
      })),
    ];
    // groupName changes with the language only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, labels, language, t]);

  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  // The table's rows are those in view only: its model is a few dozen rows, whatever the count.
  const items = virtualizer.getVirtualItems();
  const data = useMemo(() => items.map((item) => visible[item.index]!), [items, visible]);
  // The model is read afresh at each render (it holds the rows in view); nothing memoises it.
  const table = useReactTable({
    data,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    manualSorting: true,
    manualFiltering: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    getCoreRowModel: getCoreRowModel(),
  });
  const coreRows = table.getCoreRowModel().rows;

  // The row that Tab reaches (one at a time: ↑/↓ move it), as a position in `visible`.
  const [active, setActive] = useState(0);
  const focusActive = useRef(false);
  const selectedRow = selected === null ? undefined : rows?.rowOf.get(selected);
  const selectedAt = selectedRow === undefined ? -1 : visible.indexOf(selectedRow);
  useEffect(() => {
    if (selectedAt >= 0) {
      virtualizer.scrollToIndex(selectedAt, { align: 'auto' });
      setActive(selectedAt);
    }
  }, [selectedAt, virtualizer]);
  useEffect(() => {
    if (!focusActive.current) return;
    focusActive.current = false;
    scroller.current?.querySelector<HTMLElement>(`tr[data-at="${active}"]`)?.focus();
  });

  // The rows keep one handler; it reads the latest `move` (the rows shown change under it).
  const moveRef = useRef<(event: KeyboardEvent, at: number) => void>(() => undefined);
  useEffect(() => {
    moveRef.current = move;
  });
  const onMove = useCallback((event: KeyboardEvent, at: number) => moveRef.current(event, at), []);

  function move(event: KeyboardEvent, at: number) {
    const to =
      event.key === 'ArrowDown'
        ? at + 1
        : event.key === 'ArrowUp'
          ? at - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? visible.length - 1
              : event.key === 'PageDown'
                ? at + 15
                : event.key === 'PageUp'
                  ? at - 15
                  : null;
    if (to === null) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(visible.length - 1, to));
    virtualizer.scrollToIndex(next, { align: 'auto' });
    focusActive.current = true;
    setActive(next);
  }

  function exportCsv() {
    if (!rows || !labels) return;
    const shownColumns = table.getVisibleLeafColumns();
    const lines: CsvValue[][] = [
      shownColumns.map((column) => String(column.columnDef.header ?? column.id)),
    ];
    for (const row of visible) {
      lines.push(
        shownColumns.map((column) => {
          const value = column.accessorFn?.(row, row) as string | number | null | undefined;
          return typeof value === 'number' && Number.isNaN(value) ? null : value;
        }),
      );
    }
    // A byte order mark, so that spreadsheets read the names' accents as UTF-8.
    const blob = new Blob([`\uFEFF${csvText(lines)}`], { type: 'text/csv;charset=utf-8' });
    download(blob, t('rankings.file'));
  }

  if (!dataset) return null;
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const headers = table.getHeaderGroups()[0]?.headers ?? [];

  return (
    <section className="rankings" aria-labelledby="rankings-title">
      <h2 id="rankings-title">{t('rankings.title')}</h2>
      <div className="rankings-controls">
        <label>
          <span>{t('rankings.filter')}</span>
          <input
            type="search"
            data-testid="rankings-filter"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
        {rows &&
          labels &&
          FILTER_COLUMNS.map((column) => (
            <label key={column}>
              <span>{t(`rankings.${column}`)}</span>
              <select
                data-testid={`rankings-${column}`}
                value={filters[column]}
                onChange={(event) => setFilters({ ...filters, [column]: event.target.value })}
              >
                <option value={ALL}>{t('rankings.all')}</option>
                {options[column].map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
          ))}
        <button type="button" data-testid="rankings-export" disabled={!rows} onClick={exportCsv}>
          {t('rankings.export')}
        </button>
      </div>
      <p className="note" aria-live="polite">
        {rows
          ? t('rankings.shown', {
              shown: formatCount(visible.length, language),
              total: formatCount(count, language),
            })
          : t('rankings.preparing')}
      </p>
      <div className="rankings-scroll" ref={scroller}>
        <table
          role="grid"
          data-testid="rankings-table"
          data-rows={rows ? visible.length : undefined}
          aria-labelledby="rankings-title"
          aria-rowcount={visible.length + 1}
          style={{ '--measure-columns': rows?.measures.length ?? 0 } as CSSProperties}
        >
          <thead>
            <tr aria-rowindex={1}>
              {headers.map((header) => {
                const { column } = header;
                const definition = (column.columnDef.meta as { definition?: string } | undefined)
                  ?.definition;
                const direction = column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    data-column={column.id}
                    className={definition ? 'measure' : undefined}
                    aria-sort={
                      direction === 'asc'
                        ? 'ascending'
                        : direction === 'desc'
                          ? 'descending'
                          : 'none'
                    }
                  >
                    <button
                      type="button"
                      data-testid={`rankings-sort-${column.id}`}
                      aria-describedby={definition ? `rankings-definition-${column.id}` : undefined}
                      onClick={column.getToggleSortingHandler()}
                    >
                      {String(column.columnDef.header)}
                      <span aria-hidden="true" className="sort-mark">
                        {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                    {definition && (
                      <span
                        id={`rankings-definition-${column.id}`}
                        className="definition"
                        role="tooltip"
                      >
                        {definition}
                      </span>
                    )}
                  </th>
                );
              })}
              <th scope="col" className="row-action">
                <span className="visually-hidden">{t('edit.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {before > 0 && <tr aria-hidden="true" className="spacer" style={{ height: before }} />}
            {items.map((item, position) => {
              const row = visible[item.index]!;
              const core = coreRows[position];
              if (!core) return null;
              const id = rows!.ids[row]!;
              return (
                <RankingRow
                  key={row}
                  core={core}
                  row={row}
                  id={id}
                  at={item.index}
                  selected={id === selected}
                  mark={marks.organizations.get(id)}
                  tabbable={item.index === Math.min(active, visible.length - 1)}
                  columns={columns}
                  onFocusAt={setActive}
                  onMove={onMove}
                />
              );
            })}
            {after > 0 && <tr aria-hidden="true" className="spacer" style={{ height: after }} />}
          </tbody>
        </table>
        {rows && visible.length === 0 && <p className="note">{t('rankings.empty')}</p>}
      </div>
    </section>
  );
}
