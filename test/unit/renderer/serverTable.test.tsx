// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ColumnDef } from '@tanstack/react-table';
import { ServerTable } from '../../../renderer/src/ui/ServerTable';

interface Row {
  id: number;
  what: string;
}
const columns: ColumnDef<Row, unknown>[] = [{ id: 'what', accessorKey: 'what', header: 'Wat' }];
const rows = Array.from({ length: 500 }, (_, i) => ({ id: i + 1, what: `Actie ${i + 1}` }));

function table(listKey: string) {
  return (
    <ServerTable<Row>
      label="Acties"
      columns={columns}
      getRowId={(r) => String(r.id)}
      total={rows.length}
      rowAt={(i) => rows[i]}
      onRange={() => undefined}
      version={1}
      listKey={listKey}
      sorting={[]}
      onSortingChange={() => undefined}
      search=""
      onSearchChange={() => undefined}
    />
  );
}

afterEach(cleanup);

describe('a table over a list the back end pages', () => {
  it('starts at the top when the list answers to a new filter, also one the table itself does not know (a wijk, a status)', () => {
    const { rerender } = render(table('{"filter":{}}'));
    const scroller = screen.getByRole('region', { name: 'Acties' });
    scroller.scrollTop = 4000;
    rerender(table('{"filter":{}}'));
    expect(scroller.scrollTop).toBe(4000);
    rerender(table('{"filter":{"wijkId":2}}'));
    expect(scroller.scrollTop).toBe(0);
  });
});
