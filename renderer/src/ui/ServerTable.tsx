import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { getCoreRowModel, useReactTable, type ColumnDef, type FilterFn, type SortingFn, type SortingState, type Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { equalsFilter, naturalSort } from './DataTable';
import { DataRow, EmptyRow, SpacerRow, TableFrame, TableToolbar } from './tableParts';

export interface ServerTableProps<T> {
  /** Accessible name of the table, e.g. "Acties". */
  label: string;
  columns: ColumnDef<T, unknown>[];
  getRowId: (row: T) => string;
  /** Rows in the filtered list; null while the first answer is on its way. */
  total: number | null;
  /** The row at a position of the sorted list, if it has arrived. */
  rowAt: (index: number) => T | undefined;
  /** The table shows these positions: the caller fetches what is missing. */
  onRange: (first: number, last: number) => void;
  /** Changes whenever rows arrive, so the visible ones render. */
  version: number;
  /** Changes with every new filter, search or sort (usePagedQuery's listKey): the list starts at the top. */
  listKey: string;
  /** The sort the back end applies, as TanStack sorting state (a column id per sort key). */
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  search: string;
  onSearchChange: (text: string) => void;
  onRowClick?: (row: T) => void;
  selectedId?: string | null;
  searchPlaceholder?: string;
  toolbar?: ReactNode;
  emptyText?: string;
  rowClassName?: (row: T) => string | undefined;
  maxHeight?: number;
}

const ROW_HEIGHT = 44;
/** Before the scroll area is measured: a first screenful. */
const FIRST_ROWS = 20;

/**
 * A table over a list the back end filters, sorts and pages (TanStack Table in manual mode):
 * TanStack Virtual lays out all `total` rows, and only the rows in view are rendered and asked
 * for. Rows not yet arrived show as a quiet placeholder of the same height.
 */
export function ServerTable<T>({
  label,
  columns,
  getRowId,
  total,
  rowAt,
  onRange,
  version,
  listKey,
  sorting,
  onSortingChange,
  search,
  onSearchChange,
  onRowClick,
  selectedId,
  searchPlaceholder = 'Zoeken…',
  toolbar,
  emptyText = 'Geen gegevens.',
  rowClassName,
  maxHeight = 600,
}: ServerTableProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = total ?? 0;
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const measured = virtualizer.getVirtualItems();
  const items = measured.length > 0 ? measured : Array.from({ length: Math.min(FIRST_ROWS, count) }, (_, index) => ({ index, start: index * ROW_HEIGHT, end: (index + 1) * ROW_HEIGHT }));
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (count > 0) onRange(first, last);
  }, [first, last, count, onRange]);
  // A new filter, search or sort starts at the top of the list.
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [listKey]);

  // Only the rows in view go through TanStack: cells render with the column definitions.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` says when rowAt has new rows
  const shown = useMemo(() => items.map((item) => ({ item, row: rowAt(item.index) })), [first, last, count, version, rowAt]);
  const data = useMemo(() => shown.flatMap((s) => (s.row ? [s.row] : [])), [shown]);
  const table = useReactTable<T>({
    data,
    columns,
    getRowId,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => onSortingChange(typeof updater === 'function' ? updater(sorting) : updater),
    // Registered for every table (DataTable's module augmentation); the back end sorts and filters here.
    filterFns: { equals: equalsFilter as FilterFn<T> },
    sortingFns: { natural: naturalSort as SortingFn<T> },
    manualSorting: true,
    manualFiltering: true,
    manualPagination: true,
    sortDescFirst: false,
    getCoreRowModel: getCoreRowModel(),
  });
  const tableRows = new Map(table.getRowModel().rows.map((r) => [r.id, r]));
  const firstItem = items[0];
  const lastItem = items.at(-1);
  const padTop = firstItem ? firstItem.start : 0;
  const padBottom = lastItem ? Math.max(0, count * ROW_HEIGHT - lastItem.end) : 0;
  const columnCount = table.getVisibleLeafColumns().length;
  const searchId = useId();

  return (
    <div className="wo-datatable">
      <TableToolbar
        label={label}
        searchId={searchId}
        search={search}
        onSearch={onSearchChange}
        placeholder={searchPlaceholder}
        filters={toolbar}
        count={total === null ? 'Laden…' : `${total} ${total === 1 ? 'rij' : 'rijen'}`}
      />
      <TableFrame label={label} table={table} scrollRef={scrollRef} maxHeight={maxHeight} rowCount={total ?? undefined}>
        <SpacerRow height={padTop} columns={columnCount} />
        {shown.map(({ item, row }) => {
          const tableRow = row ? tableRows.get(getRowId(row)) : undefined;
          if (!row || !tableRow) {
            return (
              <tr key={`laden-${item.index}`} className="utrecht-table__row wo-row--loading" aria-hidden="true" style={{ height: ROW_HEIGHT }}>
                <td colSpan={columnCount} className="utrecht-table__cell wo-muted">
                  Laden…
                </td>
              </tr>
            );
          }
          return (
            <DataRow
              key={tableRow.id}
              row={row}
              cells={tableRow.getVisibleCells()}
              selected={selectedId != null && tableRow.id === selectedId}
              onRowClick={onRowClick}
              rowClassName={rowClassName}
              rowIndex={item.index + 2}
              height={ROW_HEIGHT}
            />
          );
        })}
        <SpacerRow height={padBottom} columns={columnCount} />
        {total === 0 ? <EmptyRow text={search ? 'Geen rijen die aan de zoekopdracht voldoen.' : emptyText} columns={columnCount} /> : null}
      </TableFrame>
    </div>
  );
}
