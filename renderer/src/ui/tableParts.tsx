import type { ReactNode, RefObject } from 'react';
import { flexRender, type Cell, type Column, type Table } from '@tanstack/react-table';

/**
 * What DataTable (rows in memory) and ServerTable (rows paged by the back end) draw alike: the
 * sortable header with the column widths, and a row's cells. One place for how a table fits.
 */

/** A column sized by its content (see ColumnMeta.fit); columns without an accessor (buttons) too. */
export const fits = <T,>(column: Column<T, unknown> | { accessorFn?: unknown; columnDef: { meta?: { fit?: boolean } } }) =>
  column.columnDef.meta?.fit ?? column.accessorFn === undefined;

export const textOf = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : Array.isArray(value) ? value.map(textOf).join(' ') : '';

/** The header row: content-sized columns whole, the others sharing the width by their `grow`. */
export function TableHead<T>({ table }: { table: Table<T> }) {
  const totalGrow = table
    .getVisibleLeafColumns()
    .filter((c) => !fits(c))
    .reduce((sum, c) => sum + (c.columnDef.meta?.grow ?? 1), 0);
  return (
    <thead className="utrecht-table__header">
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id} className="utrecht-table__row">
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            return (
              <th
                key={header.id}
                scope="col"
                className={fits(header.column) ? 'utrecht-table__header-cell wo-col--fit' : 'utrecht-table__header-cell'}
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                style={fits(header.column) ? undefined : { width: `${(((header.column.columnDef.meta?.grow ?? 1) / totalGrow) * 100).toFixed(1)}%` }}
              >
                {header.column.getCanSort() ? (
                  <button type="button" className="wo-sort" onClick={header.column.getToggleSortingHandler()}>
                    {flexRender(header.column.columnDef.header, header.getContext())}
                    <span aria-hidden="true" className="wo-sort__icon">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                    </span>
                  </button>
                ) : (
                  flexRender(header.column.columnDef.header, header.getContext())
                )}
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}

/**
 * The cells of one row. Flexible columns cut long text; the whole text stays one hover (and one
 * screen reader) away. The first cell names the row; with a row action it is the button.
 */
export function RowCells<T>({ cells, original, onRowClick }: { cells: Cell<T, unknown>[]; original: T; onRowClick: ((row: T) => void) | undefined }): ReactNode {
  return cells.map((cell, i) => {
    const fit = fits(cell.column);
    const content = flexRender(cell.column.columnDef.cell, cell.getContext());
    const title = fit ? undefined : (cell.column.columnDef.meta?.searchText?.(original) ?? (textOf(cell.getValue()) || undefined));
    const className = fit ? 'utrecht-table__cell wo-col--fit' : 'utrecht-table__cell wo-col--flex';
    const inner = fit ? (
      content
    ) : (
      <div className="wo-cell" title={title}>
        {content}
      </div>
    );
    return i === 0 ? (
      <th key={cell.id} scope="row" className={`${className} wo-cell--first`}>
        {onRowClick ? (
          <button
            type="button"
            className="wo-rowbutton"
            title={title}
            onClick={(e) => {
              e.stopPropagation();
              onRowClick(original);
            }}
          >
            {content}
          </button>
        ) : (
          inner
        )}
      </th>
    ) : (
      <td key={cell.id} className={className}>
        {inner}
      </td>
    );
  });
}

/** Above the table: the search box, the screen's own filters, and how many rows there are. */
export function TableToolbar({
  label,
  searchId,
  search,
  onSearch,
  placeholder,
  filters,
  count,
}: {
  label: string;
  searchId: string;
  search: string;
  onSearch: (text: string) => void;
  placeholder: string;
  filters: ReactNode;
  count: string;
}) {
  return (
    <div className="wo-datatable__toolbar">
      <div className="wo-search">
        <label className="utrecht-form-label" htmlFor={searchId}>
          {/* Only the first letter: names inside the label ("WCT Molenwijk") keep their capitals. */}
          Zoeken in {label.charAt(0).toLowerCase() + label.slice(1)}
        </label>
        <input id={searchId} type="search" className="utrecht-textbox utrecht-textbox--html-input" placeholder={placeholder} value={search} onChange={(e) => onSearch(e.target.value)} />
      </div>
      {filters}
      <p className="wo-datatable__count" aria-live="polite">
        {count}
      </p>
    </div>
  );
}

/** The scrolling table with its caption and header; `children` are the body's rows. */
export function TableFrame<T>({
  label,
  table,
  scrollRef,
  maxHeight,
  rowCount,
  children,
}: {
  label: string;
  table: Table<T>;
  scrollRef: RefObject<HTMLDivElement | null>;
  maxHeight: number;
  rowCount?: number;
  children: ReactNode;
}) {
  return (
    <div className="utrecht-table-container wo-datatable__scroll" ref={scrollRef} style={{ maxHeight }} tabIndex={0} role="region" aria-label={label}>
      <table className="utrecht-table utrecht-table--html-table wo-table" aria-rowcount={rowCount}>
        <caption className="wo-visually-hidden">{label}</caption>
        <TableHead table={table} />
        <tbody className="utrecht-table__body">{children}</tbody>
      </table>
    </div>
  );
}

/** The space of the rows above or below the rendered window (virtualised tables). */
export const SpacerRow = ({ height, columns }: { height: number; columns: number }) =>
  height > 0 ? (
    <tr aria-hidden="true">
      <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
    </tr>
  ) : null;

/** The one row of an empty list. */
export const EmptyRow = ({ text, columns }: { text: string; columns: number }) => (
  <tr className="utrecht-table__row">
    <td colSpan={columns} className="utrecht-table__cell wo-empty">
      {text}
    </td>
  </tr>
);

/** A data row: clickable and selectable when the screen opens rows, with the screen's own classes. */
export function DataRow<T>({
  row,
  cells,
  selected,
  onRowClick,
  rowClassName,
  rowIndex,
  height,
}: {
  row: T;
  cells: Cell<T, unknown>[];
  selected: boolean;
  onRowClick: ((row: T) => void) | undefined;
  rowClassName: ((row: T) => string | undefined) | undefined;
  rowIndex?: number;
  height: number;
}) {
  return (
    <tr
      className={['utrecht-table__row', onRowClick ? 'wo-row--clickable' : '', selected ? 'wo-row--selected' : '', rowClassName?.(row) ?? ''].join(' ')}
      aria-selected={onRowClick ? selected : undefined}
      aria-rowindex={rowIndex}
      onClick={onRowClick ? () => onRowClick(row) : undefined}
      style={{ height }}
    >
      <RowCells cells={cells} original={row} onRowClick={onRowClick} />
    </tr>
  );
}
