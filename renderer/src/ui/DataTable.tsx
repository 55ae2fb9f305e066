import { useMemo, useRef, useState, type ReactNode } from 'react';
import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type ColumnFiltersState,
  type FilterFn,
  type RowData,
  type SortingFn,
  type SortingState,
  type Table,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { DataRow, EmptyRow, SpacerRow, TableFrame, TableToolbar, textOf } from './tableParts';

declare module '@tanstack/react-table' {
  interface FilterFns {
    equals: FilterFn<unknown>;
  }
  interface SortingFns {
    natural: SortingFn<unknown>;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- merged declarations must repeat TanStack's type parameters
  interface ColumnMeta<TData extends RowData, TValue> {
    /**
     * The text the search box matches for this column: what the user sees (a Dutch label, a
     * formatted date), where the value itself is a code ("uit_dienst") or not text at all.
     */
    searchText?: (row: TData) => string;
    /**
     * A column sized by its content (dates, badges, numbers, buttons): never narrowed or cut.
     * Other columns share the rest of the width and cut long text with an ellipsis, the whole
     * text in a tooltip; so a table always fits its container, at 1366 px and at 1920 px alike.
     */
    fit?: boolean;
    /** Share of the free width for a flexible column, relative to the others (default 1): "Wat" gets more than "Wie". */
    grow?: number;
  }
}

export interface DataTableProps<T> {
  /** Accessible name of the table, e.g. "Partnerorganisaties". */
  label: string;
  data: T[];
  columns: ColumnDef<T, unknown>[];
  getRowId: (row: T) => string;
  onRowClick?: (row: T) => void;
  selectedId?: string | null;
  /** Filters set by the screen (selects above the table), as TanStack column filters. */
  columnFilters?: ColumnFiltersState;
  initialSorting?: SortingState;
  searchPlaceholder?: string;
  toolbar?: ReactNode;
  emptyText?: string;
  rowClassName?: (row: T) => string | undefined;
  /** Height of the scroll area; rows outside it are not rendered, so thousands stay smooth. */
  maxHeight?: number;
}

const ROW_HEIGHT = 44;
const VIRTUALISE_FROM = 150;
/** A stable default: a new [] on every render makes TanStack reset its state, render again, forever. */
const NO_FILTERS: ColumnFiltersState = [];
const NO_SORTING: SortingState = [];

/** Plain text of a cell value; objects have no text a user could have seen. */
/**
 * Case- and accent-insensitive, so "cafe" finds "Café" as a chair would expect. Plain ASCII (most
 * text) skips the Unicode work; its only diacritics are ^ and `.
 */
const normalise = (value: string) =>
  // eslint-disable-next-line no-control-regex -- the ASCII range, on purpose
  /^[\x00-\x7f]*$/.test(value)
    ? value.replace(/[\^`]/g, '').toLowerCase()
    : value
        .normalize('NFD')
        .replace(/\p{Diacritic}/gu, '')
        .toLowerCase();
/**
 * Global search: "contains" over the text the user sees in each column (`meta.searchText`), or
 * the value itself for plain text columns. The query is normalised once per search
 * (`resolveFilterValue`), each cell's text once per row object and column (`cache`): with
 * thousands of rows, every keystroke otherwise normalises tens of thousands of strings twice.
 */
function searchFilter<T>(table: () => Table<T> | undefined): FilterFn<T> {
  const cache = new WeakMap<object, WeakMap<object, string>>();
  const fn: FilterFn<T> = (row, columnId, query: string) => {
    const column = table()?.getColumn(columnId);
    const compute = () => {
      const searchText = column?.columnDef.meta?.searchText;
      return normalise(searchText ? searchText(row.original) : textOf(row.getValue(columnId)));
    };
    const key = row.original;
    if (!column || typeof key !== 'object' || key === null) return compute().includes(query);
    let texts = cache.get(column.columnDef);
    if (!texts) cache.set(column.columnDef, (texts = new WeakMap()));
    let text = texts.get(key);
    if (text === undefined) texts.set(key, (text = compute()));
    return text.includes(query);
  };
  fn.resolveFilterValue = (value: unknown) => normalise(String(value));
  return fn;
}
/** Dutch, case-insensitive, numbers by value ("Actie 2" before "Actie 10"). */
const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });
/**
 * The default sort. TanStack's own "alphanumeric" (its choice for any text with a digit) splits
 * both strings with a regex on every comparison: a quarter second for a few thousand rows.
 */
export const naturalSort: SortingFn<unknown> = (a, b, columnId) => {
  const x = a.getValue(columnId);
  const y = b.getValue(columnId);
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  // Yes/no columns (e.g. the attendance obligation): no before yes.
  if (typeof x === 'boolean' || typeof y === 'boolean') return Number(x === true) - Number(y === true);
  return collator.compare(textOf(x), textOf(y));
};
/** Every column with a value takes part in the search (TanStack only looks at the first row's type). */
const searchable = <T,>(column: { accessorFn?: unknown; columnDef: ColumnDef<T, unknown> }) => column.accessorFn !== undefined || column.columnDef.meta?.searchText !== undefined;
/** Column filter: exact match, or one of an array of values. */
export const equalsFilter: FilterFn<unknown> = (row, columnId, filter) =>
  Array.isArray(filter) ? filter.includes(row.getValue(columnId)) : row.getValue(columnId) === filter;

const SORTING_FNS = { natural: naturalSort };
/** Content-sized: said so in meta, or a display column without a value (buttons). */
/** Columns sort with `naturalSort` unless they say otherwise (stable object: no recomputation). */
const DEFAULT_COLUMN: Partial<ColumnDef<unknown, unknown>> = { sortingFn: 'natural' };

export function DataTable<T>({
  label,
  data,
  columns,
  getRowId,
  onRowClick,
  selectedId,
  columnFilters = NO_FILTERS,
  initialSorting = NO_SORTING,
  searchPlaceholder = 'Zoeken…',
  toolbar,
  emptyText = 'Geen gegevens.',
  rowClassName,
  maxHeight = 560,
}: DataTableProps<T>) {
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const [globalFilter, setGlobalFilter] = useState('');
  const tableRef = useRef<Table<T>>(undefined);
  const globalFilterFn = useMemo(() => searchFilter(() => tableRef.current), []);
  const table = useReactTable<T>({
    data,
    columns,
    getRowId,
    state: { sorting, globalFilter, columnFilters },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    globalFilterFn,
    getColumnCanGlobalFilter: searchable,
    filterFns: { equals: equalsFilter as FilterFn<T> },
    sortingFns: SORTING_FNS as { natural: SortingFn<T> },
    defaultColumn: DEFAULT_COLUMN as Partial<ColumnDef<T, unknown>>,
    // No pagination here; without this TanStack resets the page index whenever the data changes.
    autoResetPageIndex: false,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });
  tableRef.current = table;
  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  // Short lists render every row; only long ones (the overviews) are virtualised.
  const virtual = rows.length > VIRTUALISE_FROM;
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  // Before the first measurement (and in tests without layout) render a first screenful.
  const visible = virtual && items.length > 0 ? items : rows.slice(0, virtual ? 30 : rows.length).map((_, index) => ({ index, start: index * ROW_HEIGHT, end: (index + 1) * ROW_HEIGHT }));
  const first = visible[0];
  const last = visible[visible.length - 1];
  const padTop = virtual && first ? first.start : 0;
  const padBottom = virtual && last ? virtualizer.getTotalSize() - last.end : 0;
  const searchId = useMemo(() => `zoek-${label.toLowerCase().replace(/[^a-z]+/g, '-')}`, [label]);
  const columnCount = table.getVisibleLeafColumns().length;

  return (
    <div className="wo-datatable">
      <TableToolbar
        label={label}
        searchId={searchId}
        search={globalFilter}
        onSearch={setGlobalFilter}
        placeholder={searchPlaceholder}
        filters={toolbar}
        count={rows.length === data.length ? `${data.length} ${data.length === 1 ? 'rij' : 'rijen'}` : `${rows.length} van ${data.length} rijen`}
      />
      <TableFrame label={label} table={table} scrollRef={scrollRef} maxHeight={maxHeight}>
        <SpacerRow height={padTop} columns={columnCount} />
        {visible.map(({ index }) => {
          const row = rows[index];
          if (!row) return null;
          return (
            <DataRow
              key={row.id}
              row={row.original}
              cells={row.getVisibleCells()}
              selected={selectedId != null && row.id === selectedId}
              onRowClick={onRowClick}
              rowClassName={rowClassName}
              height={ROW_HEIGHT}
            />
          );
        })}
        <SpacerRow height={padBottom} columns={columnCount} />
        {rows.length === 0 ? <EmptyRow text={data.length === 0 ? emptyText : 'Geen rijen die aan het filter voldoen.'} columns={columnCount} /> : null}
      </TableFrame>
    </div>
  );
}
