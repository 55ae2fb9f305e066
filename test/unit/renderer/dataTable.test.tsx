// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ColumnDef } from '@tanstack/react-table';
import { afterEach, describe, expect, it } from 'vitest';
import { DataTable } from '../../../renderer/src/ui/DataTable';

interface Row {
  id: number;
  what: string;
  status: 'open' | 'uit_dienst' | 'afgerond';
}

const STATUS: Record<Row['status'], string> = { open: 'Open', uit_dienst: 'Uit dienst', afgerond: 'Afgerond' };

const columns: ColumnDef<Row, unknown>[] = [
  { id: 'what', header: 'Wat', accessorFn: (r) => r.what },
  { id: 'status', header: 'Status', accessorFn: (r) => r.status, cell: (c) => STATUS[c.row.original.status], meta: { searchText: (r) => STATUS[r.status] } },
];

const rows: Row[] = [
  { id: 1, what: 'Actie 10: hek repareren', status: 'open' },
  { id: 2, what: 'Actie 2: bankje bij café De Hoek', status: 'uit_dienst' },
  { id: 3, what: 'Actie 1: zwerfvuil Molenweg', status: 'afgerond' },
];

/** The first cell of each body row, top to bottom: what the user reads. */
const order = () =>
  screen
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

const show = (data: Row[] = rows) => render(<DataTable label="Acties" data={data} columns={columns} getRowId={(r) => String(r.id)} emptyText="Nog geen acties." />);
const search = (text: string) => fireEvent.change(screen.getByLabelText('Zoeken in acties'), { target: { value: text } });

afterEach(cleanup);

describe('DataTable', () => {
  it('sorts by the clicked header, numbers by value, and the other way round on a second click', () => {
    show();
    expect(order()).toEqual(['Actie 10: hek repareren', 'Actie 2: bankje bij café De Hoek', 'Actie 1: zwerfvuil Molenweg']);
    const header = screen.getByRole('columnheader', { name: /Wat/ });
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(order()).toEqual(['Actie 1: zwerfvuil Molenweg', 'Actie 2: bankje bij café De Hoek', 'Actie 10: hek repareren']);
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(order()).toEqual(['Actie 10: hek repareren', 'Actie 2: bankje bij café De Hoek', 'Actie 1: zwerfvuil Molenweg']);
  });

  it('sorts a coded column by its value, and shows the Dutch label', () => {
    show();
    fireEvent.click(within(screen.getByRole('columnheader', { name: /Status/ })).getByRole('button'));
    expect(order()).toEqual(['Actie 1: zwerfvuil Molenweg', 'Actie 10: hek repareren', 'Actie 2: bankje bij café De Hoek']);
    expect(screen.getByText('Uit dienst')).toBeTruthy();
  });

  it('searches the Dutch label the user sees, not the stored code, ignoring case and accents', () => {
    show();
    search('uit dienst');
    expect(order()).toEqual(['Actie 2: bankje bij café De Hoek']);
    expect(screen.getByText('1 van 3 rijen')).toBeTruthy();
    search('uit_dienst');
    expect(screen.queryAllByRole('rowheader')).toEqual([]);
    search('CAFE DE');
    expect(order()).toEqual(['Actie 2: bankje bij café De Hoek']);
    search('');
    expect(order()).toHaveLength(3);
    expect(screen.getByText('3 rijen')).toBeTruthy();
  });

  it('says why it is empty: no data at all, or nothing that matches the search', () => {
    const view = show([]);
    expect(screen.getByText('Nog geen acties.')).toBeTruthy();
    view.unmount();
    show();
    search('fietsenstalling');
    expect(screen.getByText('Geen rijen die aan het filter voldoen.')).toBeTruthy();
    expect(screen.queryByText('Nog geen acties.')).toBeNull();
  });
});
