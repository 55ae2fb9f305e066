// @vitest-environment happy-dom
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../contract';
import type { MeetingSummary } from '../../../contract/schemas/meetings';
import { queryClient } from '../../../renderer/src/api/queryClient';
import { MeetingsScreen } from '../../../renderer/src/features/meetings/MeetingsScreen';
import { todayIso } from '../../../renderer/src/ui/format';

/**
 * Overleggen asks the back end for a window (meeting:page) and shows it: the request carries the
 * screen's filters and sort, the line between komende and afgelopen sits where the back end's
 * count of upcoming meetings says, and each empty list says why it is empty, in Dutch.
 */
const today = todayIso();
const year = Number(today.slice(0, 4));
const counts = { agendaItems: 7, members: 5, present: 0, guests: 0, signals: 0, actions: 0, decisions: 0 };
const meeting = (id: number, date: string, status: MeetingSummary['status']): MeetingSummary => ({
  id,
  teamId: 1,
  teamName: 'WCT Molenwijk',
  wijkId: 1,
  wijkName: 'Molenwijk',
  date,
  startTime: '19:30',
  endTime: '21:00',
  place: `Wijkcentrum De Wieken, zaal ${id}`,
  chairId: null,
  chairName: null,
  secretaryId: null,
  secretaryName: null,
  status,
  currentItemId: null,
  startedAt: null,
  finishedAt: null,
  revision: 0,
  createdAt: `${year - 1}-01-01T10:00:00Z`,
  counts,
});
const upcoming = [meeting(3, `${year + 1}-01-14`, 'gepland'), meeting(4, `${year + 1}-02-11`, 'gepland')];
const past = [meeting(2, `${year - 1}-11-17`, 'afgerond'), meeting(1, `${year - 1}-10-20`, 'afgerond')];

/** The back end as the screen sees it: every meeting:page request is kept; `empty` answers with none. */
function bridge({ empty = false } = {}) {
  const requests: { filter: Record<string, unknown>; sort: unknown; offset: number }[] = [];
  window.api = {
    invoke: (channel: string, payload: unknown): Promise<Result<unknown>> => {
      if (channel === 'wijk:list') return Promise.resolve({ ok: true, data: [{ id: 1, name: 'Molenwijk', code: null, buurten: [] }] });
      if (channel === 'meeting:page') {
        const request = payload as (typeof requests)[number];
        requests.push(request);
        const rows = empty ? [] : [...upcoming, ...past];
        return Promise.resolve({ ok: true, data: { rows: rows.slice(request.offset), offset: request.offset, total: rows.length, upcoming: empty ? 0 : upcoming.length } });
      }
      return Promise.resolve({ ok: false, error: { code: 'internal', message: `Niet in deze test: ${channel}` } });
    },
  };
  return requests;
}

const show = () =>
  render(
    <QueryClientProvider client={queryClient}>
      <MeetingsScreen />
    </QueryClientProvider>,
  );
const rowOf = (place: string) => screen.getByText(place).closest('tr')!;

afterEach(() => {
  cleanup();
  queryClient.clear();
  delete window.api;
});

describe('Overleggen (MeetingsScreen) over meeting:page', () => {
  it('asks for recent years in its own order, and marks the komende and where the afgelopen begin', async () => {
    const requests = bridge();
    show();
    await screen.findByText('Wijkcentrum De Wieken, zaal 3');
    expect(requests[0]).toEqual({ filter: { from: `${year - 1}-01-01` }, sort: { key: 'upcoming', dir: 'asc' }, offset: 0, limit: 60 });
    expect(screen.getByText('4 rijen')).toBeTruthy();
    expect(rowOf('Wijkcentrum De Wieken, zaal 3').className).toContain('wo-meetings__row--upcoming');
    expect(rowOf('Wijkcentrum De Wieken, zaal 2').className).toContain('wo-meetings__row--first-past');
    expect(rowOf('Wijkcentrum De Wieken, zaal 2').className).not.toContain('wo-meetings__row--upcoming');
    expect(rowOf('Wijkcentrum De Wieken, zaal 1').className).not.toContain('first-past');
    // A planned meeting keeps its invitation and planning buttons on the row.
    expect(within(rowOf('Wijkcentrum De Wieken, zaal 3')).getByRole('button', { name: /Uitnodiging \(\.ics\) voor het overleg Molenwijk/ })).toBeTruthy();
    expect(within(rowOf('Wijkcentrum De Wieken, zaal 3')).getByRole('button', { name: /wijzigen$/ })).toBeTruthy();
  });

  it('sends the filters, the search words and a column sort to the back end; no line when sorted otherwise', async () => {
    const requests = bridge();
    show();
    await screen.findByText('Wijkcentrum De Wieken, zaal 3');
    fireEvent.change(screen.getByLabelText('Periode'), { target: { value: 'alle' } });
    await waitFor(() => expect(requests.at(-1)?.filter).toEqual({}));
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'afgerond' } });
    await waitFor(() => expect(requests.at(-1)?.filter).toEqual({ status: 'afgerond' }));
    fireEvent.change(screen.getByLabelText('Wijk'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('Zoeken in overleggen'), { target: { value: ' wieken 2025 ' } });
    await waitFor(() => expect(requests.at(-1)?.filter).toEqual({ status: 'afgerond', wijkId: 1, text: 'wieken 2025' }));
    fireEvent.click(within(screen.getByRole('columnheader', { name: /Datum/ })).getByRole('button'));
    await waitFor(() => expect(requests.at(-1)?.sort).toEqual({ key: 'date', dir: 'asc' }));
    await screen.findByText('Wijkcentrum De Wieken, zaal 2');
    expect(rowOf('Wijkcentrum De Wieken, zaal 2').className).not.toContain('first-past');
  });

  it('says why the list is empty: nothing since last year, nothing at all, or nothing that matches', async () => {
    bridge({ empty: true });
    show();
    expect(await screen.findByText(`Geen overleggen vanaf ${year - 1}. Plan er een met ‘Overleg plannen’, of kies bij Periode ‘Alle jaren’.`)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Periode'), { target: { value: 'alle' } });
    expect(await screen.findByText('Nog geen overleggen. Plan het eerste met ‘Overleg plannen’.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'gepland' } });
    expect(await screen.findByText('Geen overleggen die aan het filter voldoen.')).toBeTruthy();
  });
});
